/**
 * The places' dots, sized and shown by their feature-state
 * `p` for the year (2 an event that year, 1 it matters, 0 hidden; see places.ts).
 * https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { EVENT_DOT, EVENT_RIM, PLACE_DOT, PLACE_RIM, sizeAt } from '$lib/map/label-sizes';

export const PLACE_LAYERS = {
	places: 'place-circles'
} as const;

/** A place's feature-state `p`: 2 an event that year, 1 it matters, 0 hidden. */
const placeState: ExpressionSpecification = ['to-number', ['coalesce', ['feature-state', 'p'], 0]];

const byState = (event: number, other: number): ExpressionSpecification => [
	'match',
	placeState,
	2,
	event,
	1,
	other,
	0
];
/**
 * The dot grows with the zoom as the labels do (map/label-sizes.ts), an event's the most; times
 * `scale` in presenter mode (the labels placed for it keep clear of the larger dots: tested).
 */
export function placeRadius(scale = 1): ExpressionSpecification {
	const r = (v: number) => Math.round(v * scale * 100) / 100;
	return [
		'interpolate',
		['linear'],
		['zoom'],
		...EVENT_DOT.flatMap(([zoom, e]) => [zoom, byState(r(e), r(sizeAt(PLACE_DOT, zoom)))])
	] as ExpressionSpecification;
}
export const placeOpacity: ExpressionSpecification = ['match', placeState, 2, 1, 1, 0.85, 0];

/** The dots, drawn over the countries from the `places` source (names: map/label-layers.ts). */
export function placeLayers(): LayerSpecification[] {
	return [
		{
			id: PLACE_LAYERS.places,
			type: 'circle',
			source: 'places',
			paint: {
				'circle-radius': placeRadius(),
				'circle-color': '#1b1b3a',
				'circle-opacity': placeOpacity,
				'circle-stroke-color': ['match', placeState, 2, '#ffd24d', '#ffffff'],
				'circle-stroke-width': ['match', placeState, 2, EVENT_RIM, PLACE_RIM],
				'circle-stroke-opacity': placeOpacity
			}
		}
	];
}
