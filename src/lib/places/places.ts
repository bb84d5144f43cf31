/**
 * Places on the map and their events (generated from geodata/places.json), and the pure lookups
 * the map, the popup and the event ticks need. The places and their event dates come bundled;
 * the events' texts and citations are fetched on first use (`placeTexts`).
 */
import data from '$lib/generated/places-index.json';
import textsUrl from '$lib/generated/place-texts.json?url';
import { lazyJson } from '$lib/data/lazy.svelte';
import type { PlaceIndexRecord } from '../../../geodata/steps/places-output';
import type { PlaceEvent as FullPlaceEvent } from '../../../geodata/places-schema';
import { FIRST_YEAR, LAST_YEAR } from '$lib/relations/classes';
import {
	SOURCES,
	citationLine,
	parseCitation,
	type Citation,
	type SourceCitation
} from '$lib/sources/sources';

export type PlaceRecord = PlaceIndexRecord;
export type PlaceEvent = PlaceRecord['events'][number];
export type EventText = Pick<FullPlaceEvent, 'summary' | 'citations'>;

export const PLACES = data as unknown as PlaceRecord[];

/** Per place id, its events' texts in the order of `place.events`. */
export const placeTexts = lazyJson<Record<string, EventText[]>>(textsUrl, 'the events’ texts');

/** An event's summary and citations: undefined while they load. */
export function eventText(place: PlaceRecord, event: PlaceEvent): EventText | undefined {
	return placeTexts.value?.[place.id]?.[place.events.indexOf(event)];
}

export function placeById(
	id: string,
	places: readonly PlaceRecord[] = PLACES
): PlaceRecord | undefined {
	return places.find((p) => p.id === id);
}

export const eventYear = (e: Pick<PlaceEvent, 'date'>) => Number(e.date.slice(0, 4));

/** Feature-state `p` of a place in a year: 2 an event that year, 1 it matters, 0 hidden. */
export function placeState(place: Pick<PlaceRecord, 'codes'>, year: number): number {
	if (year < FIRST_YEAR || year > LAST_YEAR) return 0;
	return Number(place.codes[year - FIRST_YEAR]);
}

/** The writes that take the places layer from one year to another (only what changes). */
export function placeStateChanges(
	places: readonly PlaceRecord[],
	from: number | null,
	to: number
): { id: number; p: number }[] {
	const out: { id: number; p: number }[] = [];
	places.forEach((place, id) => {
		const next = placeState(place, to);
		if (from === null || placeState(place, from) !== next) out.push({ id, p: next });
	});
	return out;
}

/** Events nearest the year first: that year's, then the closest before or after. */
export function eventsForYear(place: Pick<PlaceRecord, 'events'>, year: number): PlaceEvent[] {
	return [...place.events].sort(
		(a, b) =>
			Math.abs(eventYear(a) - year) - Math.abs(eventYear(b) - year) || a.date.localeCompare(b.date)
	);
}

/** Every dated event, for the ticks under the slider, in date order. */
export function allEvents(places: readonly PlaceRecord[] = PLACES) {
	return places
		.flatMap((place) => place.events.map((event) => ({ place, event, year: eventYear(event) })))
		.sort(
			(a, b) => a.event.date.localeCompare(b.event.date) || a.place.id.localeCompare(b.place.id)
		);
}

/**
 * The original passage: the publisher's address, with a URL text fragment (#:~:text=start,end)
 * where the source is a web page. A PDF gets its plain address.
 */
export function originalPassageUrl(
	c: SourceCitation,
	fragment?: { start: string; end: string }
): string {
	const source = SOURCES[c.source];
	if (!source.textFragments || !fragment) return source.url;
	// Text fragments reserve '-', ',' and '&' as syntax; encode them inside the terms.
	const term = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
	return `${source.url}#:~:text=${term(fragment.start)},${term(fragment.end)}`;
}

/** The text the "copy citation" button puts on the clipboard. */
export function citationText(c: Citation, place?: string): string {
	const line = citationLine(c);
	if (c.kind === 'record') return place ? `${line} (Orbit atlas: ${place})` : line;
	return `${line}. ${SOURCES[c.source].url}`;
}

export { parseCitation };
