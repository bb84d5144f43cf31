/**
 * What a year (an outline, the states hidden) writes to a map: the feature-state of only the polities and places
 * whose value changes. Shared by the map on screen and the offscreen one that exports images.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PLACES, placeStateChanges } from '$lib/places/places';
import { stateChanges, type PolityRecord } from './polities';
import { bandOf } from './label-sizes';
import { labelChanges, shownIn, type LabelData } from './labels';
import type { RecolourStrategy } from './year-paint';

/** Features that mirror the polities' state (the coastline detail, map/detail.ts, once loaded). */
export interface PolityMirror {
	writeYear(
		map: MapLibreMap,
		polities: readonly PolityRecord[],
		from: number | null,
		to: number
	): void;
	writeFlag(
		map: MapLibreMap,
		polities: readonly PolityRecord[],
		flag: PolityFlag,
		states: readonly string[]
	): void;
}

/**
 * A polity's feature-state flags, each set on the polities of a list of coded states:
 * `selected` outlines them (a selection, a tour scene's states), `h` hides their class (a tour
 * scene asking the room; year-paint.ts).
 */
export type PolityFlag = 'selected' | 'h';

/** Takes the map from year `from` (null: nothing written yet) to `to`. */
export function writeYear(
	map: MapLibreMap,
	polities: readonly PolityRecord[],
	from: number | null,
	to: number,
	recolour: RecolourStrategy = 'feature-state',
	mirror?: PolityMirror | null
) {
	if (recolour === 'global-state') {
		map.setGlobalStateProperty('year', to);
	} else {
		for (const { id, c, k } of stateChanges(polities, from, to)) {
			map.setFeatureState({ source: 'polities', id }, { c, k });
		}
		mirror?.writeYear(map, polities, from, to);
	}
	for (const { id, p } of placeStateChanges(PLACES, from, to)) {
		map.setFeatureState({ source: 'places', id }, { p });
	}
}

/** Sets `flag` on the polities of the given coded states, and clears it on every other. */
export function writeFlag(
	map: MapLibreMap,
	polities: readonly PolityRecord[],
	flag: PolityFlag,
	states: readonly string[],
	mirror?: PolityMirror | null
) {
	for (const p of polities) {
		map.setFeatureState({ source: 'polities', id: p.id }, { [flag]: states.includes(p.state) });
	}
	mirror?.writeFlag(map, polities, flag, states);
}

/** Outlines the polities of the given coded states (a selection, a tour scene's states). */
export function writeOutline(
	map: MapLibreMap,
	polities: readonly PolityRecord[],
	states: readonly string[],
	mirror?: PolityMirror | null
) {
	writeFlag(map, polities, 'selected', states, mirror);
}

/** Hides the classes of the given coded states (a tour scene asking the room); [] shows all. */
export function writeHidden(
	map: MapLibreMap,
	polities: readonly PolityRecord[],
	states: readonly string[],
	mirror?: PolityMirror | null
) {
	writeFlag(map, polities, 'h', states, mirror);
}

/** The labels a map shows: for which year and zoom band, and one flag per candidate. */
export interface LabelsShown {
	year: number;
	band: number;
	flags: boolean[];
}

/**
 * Shows the labels the build placed for `year` at the map's zoom (presenter mode looks half a
 * zoom lower: its labels are larger). Writes only the candidates that change; returns what shows.
 */
export function writeLabels(
	map: MapLibreMap,
	labels: LabelData,
	shown: LabelsShown | null,
	year: number,
	presenting = false
): LabelsShown {
	const band = bandOf(map.getZoom(), presenting);
	if (shown && shown.year === year && shown.band === band) return shown;
	const flags = shownIn(labels, year, band);
	for (const { id, s } of labelChanges(shown?.flags ?? null, flags)) {
		map.setFeatureState({ source: 'labels', id }, { s });
	}
	return { year, band, flags };
}
