/**
 * Places and source notes as the site reads them. Per place, a per-year code computed here:
 * '2' an event falls in that year, '1' within the years the place matters, '0' otherwise.
 * Per source paragraph, the "see on the map" links: every place event that cites it.
 */
import { FIRST_YEAR, LAST_YEAR } from '../../src/lib/relations/classes.ts';
import { parseCitation, type SourceId } from '../../src/lib/sources/sources.ts';
import type { Place, SourceNotes } from '../places-schema.ts';

export interface PlaceRecord extends Place {
	codes: string;
}

export interface MapLink {
	place: string;
	name: string;
	year: number;
}

export interface NoteRecord {
	summary: string;
	fragment: { start: string; end: string };
	map: MapLink[];
}

export const eventYear = (date: string) => Number(date.slice(0, 4));

export function placeCodes(place: Place): string {
	const eventYears = new Set(place.events.map((e) => eventYear(e.date)));
	let codes = '';
	for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
		if (eventYears.has(year)) codes += '2';
		else if (year >= place.years.from && year <= place.years.to) codes += '1';
		else codes += '0';
	}
	return codes;
}

export function placeRecords(places: Place[]): PlaceRecord[] {
	return places.map((p) => ({
		...p,
		events: [...p.events].sort((a, b) => a.date.localeCompare(b.date)),
		codes: placeCodes(p)
	}));
}

/** The places as the first view needs them: each event's date and states, not its text. */
export type PlaceIndexRecord = Omit<PlaceRecord, 'events'> & {
	events: Pick<PlaceRecord['events'][number], 'date' | 'states'>[];
};

export function placeIndex(records: PlaceRecord[]): PlaceIndexRecord[] {
	return records.map((p) => ({
		...p,
		events: p.events.map((e) => ({ date: e.date, states: e.states }))
	}));
}

/** Each place's event texts, in the same order as its (date-sorted) events: fetched on demand. */
export function placeTexts(
	records: PlaceRecord[]
): Record<string, Pick<PlaceRecord['events'][number], 'summary' | 'citations'>[]> {
	return Object.fromEntries(
		records.map((p) => [
			p.id,
			p.events.map((e) => ({ summary: e.summary, citations: e.citations }))
		])
	);
}

/** Each source's notes, with the map links derived from the places that cite each paragraph. */
export function noteRecords(
	notes: Record<SourceId, SourceNotes>,
	places: Place[]
): Record<SourceId, Record<string, NoteRecord>> {
	const links = new Map<string, MapLink[]>();
	for (const place of places)
		for (const event of place.events)
			for (const raw of event.citations) {
				const c = parseCitation(raw);
				if ('error' in c || c.kind !== 'source') continue;
				const key = `${c.source}#${c.paragraph}`;
				const list = links.get(key) ?? [];
				const link = { place: place.id, name: place.name, year: eventYear(event.date) };
				if (!list.some((l) => l.place === link.place && l.year === link.year)) list.push(link);
				links.set(key, list);
			}
	const out = {} as Record<SourceId, Record<string, NoteRecord>>;
	for (const [source, file] of Object.entries(notes) as [SourceId, SourceNotes][]) {
		out[source] = {};
		for (const [paragraph, note] of Object.entries(file.notes)) {
			out[source][paragraph] = { ...note, map: links.get(`${source}#${paragraph}`) ?? [] };
		}
	}
	return out;
}
