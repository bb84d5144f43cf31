/**
 * The atlas's whole MapLibre style, built in code: no tile, glyph or sprite server.
 * https://maplibre.org/maplibre-style-spec/
 *
 * Recolouring never touches the style: each polity's feature-state `c` holds its class index for
 * the year (see polities.ts), and every paint property below reads it. Labels are filtered by the
 * global state `bordersYear`, which changes only when a border does.
 */
import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	FilterSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { FIRST_YEAR, LAST_YEAR, RELATION_CLASSES } from '$lib/relations/classes';
import { STATE_NOT_CODED, STATE_NOT_DRAWN } from './polities';

export const FONT = 'Noto Sans Regular';
export const HATCH_IMAGE = 'hatch';
export const DOTS_IMAGE = 'contested-dots';

export const SEA_COLOUR = '#c9d6df';
/** Land the atlas does not code: neighbours outside Asia, or Asian states not yet coded. */
export const UNCODED_COLOUR = '#e4e0d7';
export const BORDER_COLOUR = '#5b5b5b';

export const LAYERS = {
	fill: 'polity-fill',
	hatch: 'polity-dependent-hatch',
	contested: 'polity-contested-dots',
	border: 'polity-border',
	selected: 'polity-selected',
	labels: 'polity-labels',
	disputedCasing: 'disputed-casing',
	disputed: 'disputed-outline',
	places: 'place-circles',
	placeLabels: 'place-labels'
} as const;

/** A place's feature-state `p`: 2 an event that year, 1 it matters, 0 hidden. */
const placeState: ExpressionSpecification = ['to-number', ['coalesce', ['feature-state', 'p'], 0]];

export const placeRadius: ExpressionSpecification = [
	'interpolate',
	['linear'],
	['zoom'],
	2,
	['match', placeState, 2, 6, 1, 3.5, 0],
	6,
	['match', placeState, 2, 9, 1, 6, 0]
];
export const placeOpacity: ExpressionSpecification = ['match', placeState, 2, 1, 1, 0.85, 0];
/** Labels for places with an event this year; from zoom 5, for every place that matters. */
export const placeLabelOpacity: ExpressionSpecification = [
	'step',
	['zoom'],
	['match', placeState, 2, 1, 0],
	5,
	['match', placeState, 2, 1, 1, 1, 0]
];

/**
 * How a slider step reaches the map. `feature-state` (the default): the page writes each changed
 * polity's class index into its feature-state. `global-state`: the page sets one global `year` and
 * each feature reads its class from its own per-year `codes` string. The bench measures both.
 */
export type RecolourStrategy = 'feature-state' | 'global-state';

/** The polity's class index this year, -1 when it is not drawn (or nothing was written yet). */
export function classState(strategy: RecolourStrategy): ExpressionSpecification {
	if (strategy === 'feature-state') {
		return ['to-number', ['coalesce', ['feature-state', 'c'], STATE_NOT_DRAWN]];
	}
	const code = yearCode();
	return [
		'match',
		code,
		'-',
		STATE_NOT_DRAWN,
		'u',
		STATE_NOT_CODED,
		...CONTESTED_LETTERS.flatMap((letter, i) => [letter, i]),
		['to-number', code]
	] as unknown as ExpressionSpecification;
}

const CONTESTED_LETTERS = RELATION_CLASSES.map((_, i) => String.fromCharCode(97 + i));

/** This year's character of the feature's `codes` (global-state strategy). */
function yearCode(): ExpressionSpecification {
	const index: ExpressionSpecification = ['-', ['global-state', 'year'], FIRST_YEAR];
	return ['slice', ['get', 'codes'], index, ['+', index, 1]];
}

/** Whether this year's coding carries a contested reading. */
export function contestedState(strategy: RecolourStrategy): ExpressionSpecification {
	if (strategy === 'feature-state') return ['boolean', ['feature-state', 'k'], false];
	return ['in', yearCode(), ['literal', CONTESTED_LETTERS.join('')]];
}

const dependentIndex = RELATION_CLASSES.findIndex((c) => c.id === 'dependent');

/** Every paint expression that depends on the year, for one strategy. */
export function yearPaint(strategy: RecolourStrategy) {
	const c = classState(strategy);
	const drawn: ExpressionSpecification = ['>=', c, 0];
	return {
		fillColour: [
			'match',
			c,
			...RELATION_CLASSES.flatMap((rc, i) => [i, rc.colour]),
			STATE_NOT_CODED,
			UNCODED_COLOUR,
			'rgba(0, 0, 0, 0)'
		] as unknown as ExpressionSpecification,
		fillOpacity: ['case', drawn, 1, 0] as ExpressionSpecification,
		hatchOpacity: ['case', ['==', c, dependentIndex], 1, 0] as ExpressionSpecification,
		contestedOpacity: [
			'case',
			['all', drawn, contestedState(strategy)],
			1,
			0
		] as ExpressionSpecification,
		borderOpacity: ['case', drawn, 0.9, 0] as ExpressionSpecification,
		selectedOpacity: [
			'case',
			['all', drawn, ['boolean', ['feature-state', 'selected'], false]],
			1,
			0
		] as ExpressionSpecification
	};
}

/** A polity's label shows while its borders do: start <= bordersYear < end. */
export const labelFilter: FilterSpecification = [
	'all',
	['<=', ['get', 'start'], ['global-state', 'bordersYear']],
	['>', ['get', 'end'], ['global-state', 'bordersYear']]
];

export interface AtlasStyleInput {
	polities: FeatureCollection;
	labels: FeatureCollection;
	places?: FeatureCollection;
	disputed?: FeatureCollection;
	/** Absolute URL of the label font (woff2), shipped with the site. */
	fontUrl: string;
	/** The year first shown (global state defaults). */
	year?: number;
	bordersYear?: number;
	recolour?: RecolourStrategy;
}

export function atlasStyle({
	polities,
	labels,
	places = { type: 'FeatureCollection', features: [] },
	disputed = { type: 'FeatureCollection', features: [] },
	fontUrl,
	year = LAST_YEAR,
	bordersYear = year,
	recolour = 'feature-state'
}: AtlasStyleInput): StyleSpecification {
	const paint = yearPaint(recolour);
	const textSize: DataDrivenPropertyValueSpecification<number> = [
		'interpolate',
		['linear'],
		['zoom'],
		2,
		10,
		6,
		15
	];
	return {
		version: 8,
		name: 'Orbit: Asia and Moscow',
		state: { year: { default: year }, bordersYear: { default: bordersYear } },
		'font-faces': { [FONT]: [{ url: fontUrl }] },
		sources: {
			polities: { type: 'geojson', data: polities, tolerance: 0.2 },
			labels: { type: 'geojson', data: labels },
			disputed: { type: 'geojson', data: disputed },
			places: { type: 'geojson', data: places }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': SEA_COLOUR } },
			{
				id: LAYERS.fill,
				type: 'fill',
				source: 'polities',
				paint: {
					'fill-color': paint.fillColour,
					'fill-opacity': paint.fillOpacity,
					'fill-antialias': true
				}
			},
			{
				id: LAYERS.hatch,
				type: 'fill',
				source: 'polities',
				paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': paint.hatchOpacity }
			},
			{
				id: LAYERS.contested,
				type: 'fill',
				source: 'polities',
				paint: { 'fill-pattern': DOTS_IMAGE, 'fill-opacity': paint.contestedOpacity }
			},
			{
				id: LAYERS.border,
				type: 'line',
				source: 'polities',
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': BORDER_COLOUR,
					'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 6, 1.2],
					'line-opacity': paint.borderOpacity
				}
			},
			{
				id: LAYERS.selected,
				type: 'line',
				source: 'polities',
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': '#111111',
					'line-width': 2.5,
					'line-opacity': paint.selectedOpacity
				}
			},
			{
				id: LAYERS.disputedCasing,
				type: 'line',
				source: 'disputed',
				paint: { 'line-color': '#ffffff', 'line-width': 3.5, 'line-opacity': 0.9 }
			},
			{
				id: LAYERS.disputed,
				type: 'line',
				source: 'disputed',
				paint: { 'line-color': '#111111', 'line-width': 1.6, 'line-dasharray': [2, 1.5] }
			},
			{
				id: LAYERS.labels,
				type: 'symbol',
				source: 'labels',
				filter: labelFilter,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [FONT],
					'text-size': textSize,
					'text-max-width': 7,
					'symbol-sort-key': ['-', 0, ['get', 'area']],
					'text-padding': 3
				},
				paint: {
					'text-color': '#1d1d1d',
					'text-halo-color': 'rgba(255, 255, 255, 0.85)',
					'text-halo-width': 1.4
				}
			},
			{
				id: LAYERS.places,
				type: 'circle',
				source: 'places',
				paint: {
					'circle-radius': placeRadius,
					'circle-color': '#1b1b3a',
					'circle-opacity': placeOpacity,
					'circle-stroke-color': ['match', placeState, 2, '#ffd24d', '#ffffff'],
					'circle-stroke-width': ['match', placeState, 2, 2.5, 1.2],
					'circle-stroke-opacity': placeOpacity
				}
			},
			{
				id: LAYERS.placeLabels,
				type: 'symbol',
				source: 'places',
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [FONT],
					'text-size': 12,
					'text-anchor': 'left',
					'text-offset': [0.8, 0],
					'text-max-width': 10,
					// Drawn over everything and never hidden by a country's name: at most a few show.
					'text-allow-overlap': true,
					'text-ignore-placement': true
				},
				paint: {
					'text-color': '#111111',
					'text-halo-color': '#ffffff',
					'text-halo-width': 1.6,
					'text-opacity': placeLabelOpacity
				}
			}
		]
	};
}

/**
 * The dots drawn over a state whose coding that year has a contested reading: a dark dot with a
 * light rim every 10 pixels, visible on every class colour yet quiet at continental scale.
 */
export function dotsImage(size = 10): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	const centre = (size - 1) / 2;
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const d = Math.hypot(x - centre, y - centre);
			const i = (y * size + x) * 4;
			if (d <= 1.0) data.set([20, 20, 20, 170], i);
			else if (d <= 1.8) data.set([255, 255, 255, 110], i);
		}
	return { width: size, height: size, data };
}

/** The hatch drawn over dependent territories: dark diagonals on the neutral, 8x8 pixels, RGBA. */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const on = (x + y) % size < 2;
			const i = (y * size + x) * 4;
			data.set(on ? [90, 84, 76, 200] : [0, 0, 0, 0], i);
		}
	return { width: size, height: size, data };
}
