/**
 * Loads and validates geodata/places.json and geodata/sources/*.json. Beyond the schemas: place
 * ids are unique, a place has at most one event a day (events.csv's key is place and date),
 * every source has a note for every paragraph (and none for paragraphs that do not exist), and
 * no word run of ten or more is shared between two notes' fragments.
 */
import { readFileSync } from 'node:fs';
import { paragraphIds, SOURCE_IDS, type SourceId } from '../src/lib/sources/sources.ts';
import { DataError, parseWith } from '../src/lib/data/validate.ts';
import { sourceNotesSchema, type SourceNotes } from '../src/lib/sources/schema.ts';
import { placesFileSchema, type Place } from '../src/lib/places/schema.ts';

const here = (path: string) => new URL(path, import.meta.url);

export function validatePlaces(file: string, value: unknown): Place[] {
	const places = parseWith(placesFileSchema, file, value);
	const seen = new Set<string>();
	const problems: string[] = [];
	places.forEach((p, i) => {
		if (seen.has(p.id)) problems.push(`[${i}].id: "${p.id}" is used twice`);
		seen.add(p.id);
		// events.csv is keyed by place and date: a place has one event a day.
		p.events.forEach((e, j) => {
			const first = p.events.findIndex((other) => other.date === e.date);
			if (first < j)
				problems.push(
					`[${i}].events[${j}].date: ${e.date} is also the date of events[${first}] (one event per place and day; merge them)`
				);
		});
	});
	if (problems.length) throw new DataError(file, problems);
	return places;
}

export function validateNotes(file: string, source: SourceId, value: unknown): SourceNotes {
	const notes = parseWith(sourceNotesSchema, file, value);
	const problems: string[] = [];
	if (notes.source !== source) problems.push(`source: "${notes.source}" in the file for ${source}`);
	const ids = paragraphIds(source);
	for (const id of ids)
		if (!notes.notes[id]) problems.push(`notes.${id}: missing (every paragraph needs a note)`);
	for (const id of Object.keys(notes.notes)) {
		if (!ids.includes(id)) problems.push(`notes.${id}: ${source} has no such paragraph`);
	}
	if (problems.length) throw new DataError(file, problems);
	return notes;
}

export function loadPlaces(): Place[] {
	const file = 'geodata/places.json';
	return validatePlaces(file, JSON.parse(readFileSync(here('./places.json'), 'utf8')));
}

export function loadNotes(): Record<SourceId, SourceNotes> {
	return Object.fromEntries(
		SOURCE_IDS.map((id) => {
			const file = `geodata/sources/${id}.json`;
			return [
				id,
				validateNotes(file, id, JSON.parse(readFileSync(here(`./sources/${id}.json`), 'utf8')))
			];
		})
	) as Record<SourceId, SourceNotes>;
}

// `tsx geodata/places.ts` checks places and notes alone.
if (process.argv[1]?.endsWith('places.ts')) {
	const places = loadPlaces();
	const events = places.reduce((n, p) => n + p.events.length, 0);
	console.log(`places: ${places.length} places, ${events} events`);
	const notes = loadNotes();
	for (const [id, n] of Object.entries(notes))
		console.log(`notes: ${id} ${Object.keys(n.notes).length} paragraphs`);
	console.log('OK');
}
