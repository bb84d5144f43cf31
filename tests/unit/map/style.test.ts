import { describe, expect, it } from 'vitest';
import {
	createExpression,
	latest,
	validateStyleMin,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';

import { HIDDEN_COLOUR, RELATION_CLASSES, UNCODED_COLOUR } from '$lib/codebook/classes';
import {
	HATCH_IMAGE,
	QUESTION_GLYPH,
	QUESTION_IMAGE,
	hatchImage,
	questionImage
} from '$lib/map/patterns';
import { LAYERS, atlasStyle } from '$lib/map/style';
import { yearPaint } from '$lib/map/year-paint';

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

describe('states hidden while a tour scene asks the room (feature-state h)', () => {
	const colour = latest.paint_fill['fill-color'] as StylePropertySpecification;
	const opacity = latest.paint_fill['fill-opacity'] as StylePropertySpecification;
	const codes = '-0u5' + '3'.repeat(77);

	it.each(['feature-state', 'global-state'] as const)(
		'%s: a hidden polity is the neutral under "?" marks, with no hatch or contested mark',
		(strategy) => {
			const paint = yearPaint(strategy);
			// Dependent (7), contested: what the hatch and the keyline would give away.
			const shown = { state: { c: 7, k: true }, properties: { codes }, global: { year: 1948 } };
			const hidden = { ...shown, state: { ...shown.state, h: true } };
			expect(hex(evaluate(paint.fillColour, colour, shown))).not.toBe(HIDDEN_COLOUR);
			expect(hex(evaluate(paint.fillColour, colour, hidden))).toBe(HIDDEN_COLOUR);
			expect(evaluate(paint.hiddenOpacity, opacity, shown)).toBe(0);
			expect(evaluate(paint.hiddenOpacity, opacity, hidden)).toBe(1);
			expect(evaluate(paint.contestedOpacity, opacity, hidden)).toBe(0);
			if (strategy === 'feature-state') {
				expect(evaluate(paint.hatchOpacity, opacity, shown)).toBe(1);
				expect(evaluate(paint.contestedOpacity, opacity, shown)).toBe(1);
			}
			expect(evaluate(paint.hatchOpacity, opacity, hidden)).toBe(0);
		}
	);

	it('draws the "?" only on polities drawn that year', () => {
		const { hiddenOpacity } = yearPaint('feature-state');
		expect(evaluate(hiddenOpacity, opacity, { state: { c: -1, h: true } })).toBe(0);
	});

	it('draws the "?" pattern in its own layer, over the hatch, under the borders', () => {
		const ids = style.layers.map((l) => l.id);
		const layer = style.layers.find((l) => l.id === LAYERS.hidden) as {
			paint: Record<string, unknown>;
		};
		expect(layer.paint['fill-pattern']).toBe(QUESTION_IMAGE);
		expect(ids.indexOf(LAYERS.hidden)).toBeGreaterThan(ids.indexOf(LAYERS.hatch));
		expect(ids.indexOf(LAYERS.hidden)).toBeLessThan(ids.indexOf(LAYERS.border));
	});

	it('the "?" pattern is unlike the hatch: dark marks with a pale keyline, not diagonals', () => {
		const q = questionImage();
		const dark = (img: { data: Uint8Array }) => {
			let n = 0;
			for (let i = 0; i < img.data.length; i += 4) if (img.data[i + 3] === 255) n++;
			return n;
		};
		const glyph = QUESTION_GLYPH.join('').split('#').length - 1;
		expect(dark(q)).toBe(2 * glyph); // two whole question marks a tile
		// Each dark pixel's row in the hatch repeats one step over; the "?" tile has whole empty rows.
		const rowEmpty = (y: number) =>
			Array.from({ length: q.width }, (_, x) => q.data[(y * q.width + x) * 4 + 3]).every(
				(a) => a === 0
			);
		expect(Array.from({ length: q.height }, (_, y) => y).some(rowEmpty)).toBe(true);
		expect(HATCH_IMAGE).not.toBe(QUESTION_IMAGE);
		expect(hatchImage().width).not.toBe(q.width);
	});
});

describe('label layers', () => {
	const layer = (id: string) => style.layers.find((l) => l.id === id)!;

	it('draw country, sea and place names from the labels source, over the places’ dots', () => {
		const ids = style.layers.map((l) => l.id);
		for (const id of [LAYERS.labels, LAYERS.seaLabels, LAYERS.placeLabels]) {
			expect(layer(id)).toMatchObject({ type: 'symbol', source: 'labels' });
			expect(ids.indexOf(id)).toBeGreaterThan(ids.indexOf(LAYERS.places));
		}
	});

	it('show a name only when its feature-state says the build placed it', () => {
		const l = layer(LAYERS.labels) as { paint: Record<string, unknown> };
		const spec = latest.paint_symbol['text-opacity'] as StylePropertySpecification;
		expect(evaluate(l.paint['text-opacity'], spec, { state: { s: true } })).toBe(1);
		expect(evaluate(l.paint['text-opacity'], spec, { state: { s: false } })).toBe(0);
		expect(evaluate(l.paint['text-opacity'], spec, {})).toBe(0);
	});

	it('never let MapLibre hide or move a name: placement is decided at build time', () => {
		for (const id of [LAYERS.labels, LAYERS.seaLabels, LAYERS.placeLabels]) {
			const { layout } = layer(id) as { layout: Record<string, unknown> };
			expect(layout['text-allow-overlap']).toBe(true);
			expect(layout['text-ignore-placement']).toBe(true);
		}
	});
});
