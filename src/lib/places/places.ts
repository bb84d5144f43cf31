/**
 * Places on the map and their events (generated from geodata/places.json), and the pure lookups
 * the map, the popup and the year chart's event marks need. The places and their event dates
 * come bundled; the events' texts and citations are fetched on first use (`placeTexts`).
 */
import data from '$lib/generated/places-index.json';
import textsUrl from '$lib/generated/place-texts.json?url';
import { lazyJson } from '$lib/data/lazy.svelte';
import {
	eventYear,
	placeState,
	type EventText,
	type PlaceIndexRecord,
	type PlaceTexts
} from './records';

/** A place as the first view has it (its events' texts come later: `placeTexts`). */
export type PlaceRecord = PlaceIndexRecord;
export type PlaceEvent = PlaceRecord['events'][number];
export { eventYear, placeState, type EventText };

export const PLACES = data as unknown as PlaceRecord[];

/** Per place id, its other names and its events' texts in the order of `place.events`. */
export const placeTexts = lazyJson<Record<string, PlaceTexts>>(textsUrl, 'the events’ texts');

/** An event's summary and citations: undefined while they load. */
export function eventText(place: PlaceRecord, event: PlaceEvent): EventText | undefined {
	return placeTexts.value?.[place.id]?.events[place.events.indexOf(event)];
}

/** A place's names in other languages (local, Russian): undefined while they load. */
export function placeNames(place: PlaceRecord): PlaceTexts['names'] | undefined {
	return placeTexts.value?.[place.id]?.names;
}

export function placeById(
	id: string,
	places: readonly PlaceRecord[] = PLACES
): PlaceRecord | undefined {
	return places.find((p) => p.id === id);
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

/** Every dated event, for the marks under the slider's year chart, in date order. */
export function allEvents(places: readonly PlaceRecord[] = PLACES) {
	return places
		.flatMap((place) => place.events.map((event) => ({ place, event, year: eventYear(event) })))
		.sort(
			(a, b) => a.event.date.localeCompare(b.event.date) || a.place.id.localeCompare(b.place.id)
		);
}
