/**
 * The label layers: country, sea and place names from the `labels` source, each shown when its
 * feature-state `s` says so (the build placed them so none overlaps another or a place's dot;
 * labels.ts). MapLibre draws every one it is given and hides none: placement is decided.
 * https://maplibre.org/maplibre-style-spec/layers/#symbol
 */
import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	LayerSpecification
} from 'maplibre-gl';
import {
	COUNTRY_TEXT,
	LINE_HEIGHT,
	PLACE_OFFSET_EM,
	PLACE_TEXT,
	PRESENTER_SCALE,
	SEA_TEXT,
	TEXT_PADDING,
	type Stops
} from './label-sizes';
import type { LabelKind } from './labels';

export const LABEL_LAYERS = {
	labels: 'polity-labels',
	seaLabels: 'sea-labels',
	placeLabels: 'place-labels'
} as const;

/** The ink and halo of each kind of label (checked against every fill in a test). */
export const LABEL_INK: Record<LabelKind, { text: string; halo: string; haloWidth: number }> = {
	country: { text: '#1a1a1a', halo: 'rgba(255, 255, 255, 0.9)', haloWidth: 1.6 },
	place: { text: '#111111', halo: '#ffffff', haloWidth: 1.8 },
	sea: { text: '#1f4866', halo: 'rgba(255, 255, 255, 0.75)', haloWidth: 1.2 }
};

const STOPS: Record<LabelKind, Stops> = { country: COUNTRY_TEXT, sea: SEA_TEXT, place: PLACE_TEXT };
const LAYER_OF: Record<LabelKind, string> = {
	country: LABEL_LAYERS.labels,
	sea: LABEL_LAYERS.seaLabels,
	place: LABEL_LAYERS.placeLabels
};

/** A kind's text size by zoom, times `scale` (presenter mode draws larger). */
export function textSize(kind: LabelKind, scale = 1): ExpressionSpecification {
	return [
		'interpolate',
		['linear'],
		['zoom'],
		...STOPS[kind].flatMap(([zoom, size]) => [zoom, Math.round(size * scale * 100) / 100])
	] as ExpressionSpecification;
}

/** The text sizes of every label layer, for reading or for presenting. */
export function labelSizes(presenting: boolean): [layer: string, size: ExpressionSpecification][] {
	const scale = presenting ? PRESENTER_SCALE : 1;
	return (Object.keys(LAYER_OF) as LabelKind[]).map((k) => [LAYER_OF[k], textSize(k, scale)]);
}

const offset: DataDrivenPropertyValueSpecification<[number, number]> = [
	'match',
	['get', 'anchor'],
	'left',
	['literal', [PLACE_OFFSET_EM, 0]],
	'right',
	['literal', [-PLACE_OFFSET_EM, 0]],
	'top',
	['literal', [0, PLACE_OFFSET_EM]],
	'bottom',
	['literal', [0, -PLACE_OFFSET_EM]],
	['literal', [0, 0]]
];

export function labelLayers(font: string): LayerSpecification[] {
	return (['sea', 'country', 'place'] as LabelKind[]).map((kind) => ({
		id: LAYER_OF[kind],
		type: 'symbol',
		source: 'labels',
		filter: ['==', ['get', 'kind'], kind],
		layout: {
			'text-field': ['get', 'text'],
			'text-font': [font],
			'text-size': textSize(kind),
			'text-anchor': ['get', 'anchor'],
			'text-offset': offset,
			'text-justify': kind === 'place' ? 'auto' : 'center',
			'text-line-height': LINE_HEIGHT,
			'text-padding': TEXT_PADDING,
			// Lines break only where the build broke them ('\n'), so its boxes are the drawn ones.
			'text-max-width': 100,
			'text-letter-spacing': 0,
			'text-allow-overlap': true,
			'text-ignore-placement': true
		},
		paint: {
			'text-color': LABEL_INK[kind].text,
			'text-halo-color': LABEL_INK[kind].halo,
			'text-halo-width': LABEL_INK[kind].haloWidth,
			'text-opacity': ['case', ['boolean', ['feature-state', 's'], false], 1, 0]
		}
	}));
}
