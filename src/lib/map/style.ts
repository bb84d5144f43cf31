/**
 * The atlas's whole MapLibre style, built in code: no tile, glyph or sprite server.
 * https://maplibre.org/maplibre-style-spec/
 *
 * Recolouring never touches the style: each polity's feature-state `c` holds its class index for
 * the year, and every year-dependent paint property reads it (year-paint.ts); `h` hides the class
 * while a tour scene asks the room. Labels show by
 * their feature-state too, as the build placed them (label-layers.ts). The places' dots come from
 * place-layers.ts.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { PLACE_LAYERS, placeLayers } from '$lib/map/place-layers';
import { LAST_YEAR } from '$lib/years/years';
import { HATCH_IMAGE, QUESTION_IMAGE } from './patterns';
import { CONTESTED_MARK, markBand, zoomRamp } from '$lib/relations/contested-mark';
import { yearPaint, type RecolourStrategy } from './year-paint';
import { LABEL_LAYERS, labelLayers } from './label-layers';

export const FONT = 'Noto Sans Regular';

export const SEA_COLOUR = '#c9d6df';
export const BORDER_COLOUR = '#5b5b5b';

export const LAYERS = {
	fill: 'polity-fill',
	hatch: 'polity-dependent-hatch',
	hidden: 'polity-hidden',
	contestedCasing: 'polity-contested-casing',
	contested: 'polity-contested-keyline',
	border: 'polity-border',
	selected: 'polity-selected',
	...LABEL_LAYERS,
	disputedCasing: 'disputed-casing',
	disputed: 'disputed-outline',
	...PLACE_LAYERS
} as const;

export interface AtlasStyleInput {
	polities: FeatureCollection;
	labels: FeatureCollection;
	places?: FeatureCollection;
	disputed?: FeatureCollection;
	/** Absolute URL of the label font (woff2), shipped with the site. */
	fontUrl: string;
	/** The year first shown (global state default). */
	year?: number;
	recolour?: RecolourStrategy;
}

export function atlasStyle({
	polities,
	labels,
	places = { type: 'FeatureCollection', features: [] },
	disputed = { type: 'FeatureCollection', features: [] },
	fontUrl,
	year = LAST_YEAR,
	recolour = 'feature-state'
}: AtlasStyleInput): StyleSpecification {
	const paint = yearPaint(recolour);
	return {
		version: 8,
		name: 'Orbit: Asia and Moscow',
		state: { year: { default: year } },
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
			// A state a tour scene hides while it asks the room: "?" marks on the neutral.
			{
				id: LAYERS.hidden,
				type: 'fill',
				source: 'polities',
				paint: { 'fill-pattern': QUESTION_IMAGE, 'fill-opacity': paint.hiddenOpacity }
			},
			// The contested mark (contested-mark.ts): a dashed keyline inside the border. The build
			// rewinds outer rings counter-clockwise (RFC 7946, geodata/steps/planar.ts), so a
			// positive offset, to the right of the ring's direction on screen, falls inside the state,
			// and inside a hole's clockwise ring it falls on the state's side too.
			{
				id: LAYERS.contestedCasing,
				type: 'line',
				source: 'polities',
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': CONTESTED_MARK.light,
					'line-width': zoomRamp(markBand),
					'line-offset': zoomRamp(CONTESTED_MARK.inset),
					'line-opacity': paint.contestedOpacity
				}
			},
			{
				id: LAYERS.contested,
				type: 'line',
				source: 'polities',
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': CONTESTED_MARK.dark,
					'line-width': zoomRamp(CONTESTED_MARK.width),
					'line-offset': zoomRamp(CONTESTED_MARK.inset),
					'line-dasharray': CONTESTED_MARK.dash,
					'line-opacity': paint.contestedOpacity
				}
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
			...placeLayers(),
			...labelLayers(FONT)
		]
	};
}

export type { RecolourStrategy };
