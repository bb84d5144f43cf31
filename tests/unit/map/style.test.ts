import { describe, expect, it } from 'vitest';
import {
	createExpression,
	featureFilter,
	latest,
	validateStyleMin,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';

import { RELATION_CLASSES, UNCODED_COLOUR } from '$lib/relations/classes';
import { LAYERS, atlasStyle } from '$lib/map/style';
import { labelFilter, yearPaint } from '$lib/map/year-paint';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const style = atlasStyle({
	polities: empty,
	labels: empty,
	fontUrl: 'http://127.0.0.1/font.woff2'
});

function evaluate(
	expression: unknown,
	spec: StylePropertySpecification,
	{
		state = {},
		properties = {},
		global = {}
	}: {
		state?: Record<string, unknown>;
		properties?: Record<string, unknown>;
		global?: Record<string, unknown>;
	} = {}
) {
	const parsed = createExpression(expression, 'paint', spec, global);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	return parsed.value.evaluate(
		{ zoom: 3 } as never,
		{ type: 'Polygon', properties, geometry: [] } as never,
		state as never
	);
}

const hex = (c: { r: number; g: number; b: number; a: number }) =>
	'#' +
	[c.r, c.g, c.b]
		.map((v) =>
			Math.round((v / (c.a || 1)) * 255)
				.toString(16)
				.padStart(2, '0')
		)
		.join('');

describe('atlas style', () => {
	it('passes the MapLibre style validator', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('asks no server for tiles, glyphs or sprites', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
	});

	it('also validates with the global-state strategy', () => {
		const s = atlasStyle({
			polities: empty,
			labels: empty,
			fontUrl: 'x',
			recolour: 'global-state'
		});
		expect(validateStyleMin(s)).toEqual([]);
	});
});

describe('fill colour from feature-state', () => {
	const spec = latest.paint_fill['fill-color'] as StylePropertySpecification;
	const { fillColour, fillOpacity, hatchOpacity } = yearPaint('feature-state');

	it.each(RELATION_CLASSES.map((c, i) => [c.id, i, c.colour]))(
		'class %s (c=%i) is %s',
		(_, i, colour) => {
			expect(hex(evaluate(fillColour, spec, { state: { c: i } }))).toBe(colour);
		}
	);

	it('draws uncoded land in the neutral and hides polities not drawn this year', () => {
		expect(hex(evaluate(fillColour, spec, { state: { c: 8 } }))).toBe(UNCODED_COLOUR);
		const opacity = latest.paint_fill['fill-opacity'] as StylePropertySpecification;
		expect(evaluate(fillOpacity, opacity, { state: { c: -1 } })).toBe(0);
		expect(evaluate(fillOpacity, opacity, { state: {} })).toBe(0);
		expect(evaluate(fillOpacity, opacity, { state: { c: 3 } })).toBe(1);
	});

	it('hatches only dependent territories', () => {
		const opacity = latest.paint_fill['fill-opacity'] as StylePropertySpecification;
		expect(evaluate(hatchOpacity, opacity, { state: { c: 7 } })).toBe(1);
		expect(evaluate(hatchOpacity, opacity, { state: { c: 6 } })).toBe(0);
	});
});

describe('fill colour from global state', () => {
	const spec = latest.paint_fill['fill-color'] as StylePropertySpecification;
	const { fillColour } = yearPaint('global-state');
	// 1945 '-', 1946 '0', 1947 'u', 1948 '5', the rest '3'
	const codes = '-0u5' + '3'.repeat(77);

	it.each([
		[1946, RELATION_CLASSES[0].colour],
		[1947, UNCODED_COLOUR],
		[1948, RELATION_CLASSES[5].colour],
		[2025, RELATION_CLASSES[3].colour]
	])('reads the %i code from the feature', (year, colour) => {
		expect(hex(evaluate(fillColour, spec, { properties: { codes }, global: { year } }))).toBe(
			colour
		);
	});

	it('is transparent where the polity is not drawn', () => {
		const c = evaluate(fillColour, spec, { properties: { codes }, global: { year: 1945 } });
		expect(c.a).toBe(0);
	});
});

describe('label filter', () => {
	it('shows a label while its polity is drawn: start <= year < end', () => {
		const ussr = { type: 1, properties: { start: 1945, end: 1992 } };
		const kaz = { type: 1, properties: { start: 1992, end: 2026 } };
		const at = (year: number) => featureFilter(labelFilter, 'filter', { bordersYear: year });
		expect(at(1991).filter({ zoom: 3 } as never, ussr as never)).toBe(true);
		expect(at(1991).filter({ zoom: 3 } as never, kaz as never)).toBe(false);
		expect(at(1992).filter({ zoom: 3 } as never, ussr as never)).toBe(false);
		expect(at(1992).filter({ zoom: 3 } as never, kaz as never)).toBe(true);
	});

	it('is the filter of the labels layer', () => {
		const layer = style.layers.find((l) => l.id === LAYERS.labels);
		expect(layer && 'filter' in layer && layer.filter).toEqual(labelFilter);
	});
});
