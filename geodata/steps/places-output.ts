/**
 * Places and source notes as the site reads them. Per place, a per-year code computed here:
 * '2' an event falls in that year, '1' within the years the place matters, '0' otherwise.
 * Per source paragraph, the "see on the map" links: every place event that cites it.
 */
import { FIRST_YEAR, LAST_YEAR } from '../../src/lib/years/years.ts';
import { parseCitation, type SourceId } from '../../src/lib/sources/sources.ts';
import type { Place } from '../../src/lib/places/schema.ts';
import {
	eventYear,
	placeState,
	type PlaceTexts,
	type PlaceIndexRecord,
	type PlaceRecord
} from '../../src/lib/places/records.ts';
import type { MapLink, NoteRecord, SourceNotes } from '../../src/lib/sources/schema.ts';

/** The place's state in every year, for the downloads (the site derives it: `placeState`). */
export function placeCodes(place: Place): string {
	let codes = '';
	for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) codes += placeState(place, year);
	return codes;
}

export function placeRecords(places: Place[]): PlaceRecord[] {
	return places.map((p) => ({
		...p,
		events: [...p.events].sort((a, b) => a.date.localeCompare(b.date)),
		codes: placeCodes(p)
	}));
}

export function placeIndex(records: PlaceRecord[]): PlaceIndexRecord[] {
	return records.map((record) => {
		const p: Partial<PlaceRecord> = { ...record };
		delete p.codes;
		delete p.names;
		return {
			...(p as Omit<PlaceRecord, 'codes'>),
			events: record.events.map((e) => ({ date: e.date, states: e.states }))
		};
	});
}

/** Each place's event texts, in the same order as its (date-sorted) events: fetched on demand. */
export function placeTexts(records: PlaceRecord[]): Record<string, PlaceTexts> {
	return Object.fromEntries(
		records.map((p) => [
			p.id,
			{
				names: p.names,
				events: p.events.map((e) => ({ summary: e.summary, citations: e.citations }))
			}
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
				const link = { place: place.id, name: place.name, year: eventYear(event) };
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
