/** Loads geodata/tours.json: schema, then every place and state a scene names must exist. */
import { readFileSync } from 'node:fs';
import { DataError, parseWith } from '../src/lib/data/validate.ts';
import { toursFileSchema, type Tour } from '../src/lib/tours/schema.ts';
import { isDrawnAlone, type DrawnSpans } from '../src/lib/tours/drawn-spans.ts';

export function validateTours(
	file: string,
	value: unknown,
	known: { places: Set<string>; states: Set<string>; drawn?: DrawnSpans }
): Tour[] {
	const tours = parseWith(toursFileSchema, file, value);
	const problems: string[] = [];
	const ids = new Set<string>();
	tours.forEach((tour, t) => {
		if (ids.has(tour.id)) problems.push(`[${t}].id: "${tour.id}" is used twice`);
		ids.add(tour.id);
		tour.scenes.forEach((scene, s) => {
			if (scene.place && !known.places.has(scene.place)) {
				problems.push(
					`[${t}].scenes[${s}].place: no place "${scene.place}" in geodata/places.json`
				);
			}
			scene.ask?.forEach((state, i) => {
				if (!known.states.has(state)) {
					problems.push(`[${t}].scenes[${s}].ask[${i}]: "${state}" is not a coded state`);
				} else if (known.drawn && !isDrawnAlone(known.drawn, state, scene.year)) {
					problems.push(
						`[${t}].scenes[${s}].ask[${i}]: "${state}" has no shape of its own on the map in ${scene.year}, so there is nothing to hide`
					);
				}
			});
			scene.states.forEach((state, i) => {
				if (!known.states.has(state)) {
					problems.push(`[${t}].scenes[${s}].states[${i}]: "${state}" is not a coded state`);
				}
			});
		});
	});
	if (problems.length) throw new DataError(file, problems);
	return tours;
}

export function loadTours(known: {
	places: Set<string>;
	states: Set<string>;
	drawn?: DrawnSpans;
}): Tour[] {
	const text = readFileSync(new URL('./tours.json', import.meta.url), 'utf8');
	return validateTours('geodata/tours.json', JSON.parse(text), known);
}
