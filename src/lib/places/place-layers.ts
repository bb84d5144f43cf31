/**
 * The places' layers: a circle and a name for each place, sized and shown by its feature-state
 * `p` for the year (2 an event that year, 1 it matters, 0 hidden; see places.ts).
 * https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const PLACE_LAYERS = {
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

/** The two layers, drawn over the countries from the `places` source. */
export function placeLayers(font: string): LayerSpecification[] {
	return [
		{
			id: PLACE_LAYERS.places,
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
			id: PLACE_LAYERS.placeLabels,
			type: 'symbol',
			source: 'places',
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [font],
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
	];
}
