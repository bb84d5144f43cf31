/** The published events (/data/events.csv): one row per event of every place. */
import type { PlaceRecord } from './records';

export const EVENT_COLUMNS = [
	'place',
	'place_name',
	'lon',
	'lat',
	'kind',
	'date',
	'summary',
	'states',
	'citations'
] as const;

export type EventRow = Record<(typeof EVENT_COLUMNS)[number], string | number>;

export function eventRows(places: readonly PlaceRecord[]): EventRow[] {
	return places.flatMap((p) =>
		p.events.map((e) => ({
			place: p.id,
			place_name: p.name,
			lon: p.coordinates[0],
			lat: p.coordinates[1],
			kind: p.kind,
			date: e.date,
			summary: e.summary,
			states: e.states.join(' '),
			citations: e.citations.join(' | ')
		}))
	);
}
