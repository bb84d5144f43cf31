import { describe, expect, it } from 'vitest';
import {
	bitIn,
	bitsIn,
	labelChanges,
	labelCollection,
	shownIn,
	type LabelData
} from '$lib/map/labels';
import {
	COUNTRY_TEXT,
	EVENT_DOT,
	EVENT_RIM,
	LABEL_ZOOMS,
	PLACE_DOT,
	PLACE_OFFSET_EM,
	PLACE_RIM,
	PLACE_TEXT,
	PRESENTER_SCALE,
	PRESENTER_ZOOM_SHIFT,
	SEA_TEXT,
	bandOf,
	sizeAt
} from '$lib/map/label-sizes';

const data: LabelData = {
	features: [
		['country', 'Aaaa', 100, 30, 'center'],
		['place', 'Here', 100, 30, 'left']
	],
	shown: ['0.1 25.3 47.0', '25.2']
};

describe('labels as the page reads them', () => {
	it('reads a candidate’s bits in a year from its runs', () => {
		expect(bitsIn(data.shown[0], 1945)).toBe('1');
		expect(bitsIn(data.shown[0], 1969)).toBe('1');
		expect(bitsIn(data.shown[0], 1970)).toBe('3');
		expect(bitsIn(data.shown[0], 2025)).toBe('0');
		expect(bitsIn(data.shown[1], 1950)).toBe('0');
	});

	it('shows, per year and band, the candidates whose bit is set', () => {
		expect(shownIn(data, 1950, 0)).toEqual([true, false]);
		expect(shownIn(data, 1970, 0)).toEqual([true, false]);
		expect(shownIn(data, 1970, 1)).toEqual([true, true]);
		expect(shownIn(data, 1992, 1)).toEqual([false, true]);
		expect(bitIn('10', 4)).toBe(true);
		expect(bitIn('10', 0)).toBe(false);
		expect(bitIn('1', 9)).toBe(false);
	});

	it('writes only the candidates that change', () => {
		expect(labelChanges(null, [true, false])).toEqual([
			{ id: 0, s: true },
			{ id: 1, s: false }
		]);
		expect(labelChanges([true, false], [true, true])).toEqual([{ id: 1, s: true }]);
	});

	it('makes one point per candidate, its id its index', () => {
		const fc = labelCollection(data);
		expect(fc.features.map((f) => f.id)).toEqual([0, 1]);
		expect(fc.features[1].properties).toEqual({ kind: 'place', text: 'Here', anchor: 'left' });
	});
});

describe('label sizes', () => {
	const zooms = Array.from({ length: 91 }, (_, i) => i / 10);

	it('reach 16 px for a country and 14 px for a place at the 1920x1080 default view (zoom 2.46)', () => {
		expect(sizeAt(COUNTRY_TEXT, 2.46)).toBeGreaterThanOrEqual(15.6);
		expect(sizeAt(PLACE_TEXT, 2.46)).toBeGreaterThanOrEqual(14);
	});

	it('grow more slowly than the map, so a set placed at a zoom holds at every higher zoom', () => {
		for (const stops of [COUNTRY_TEXT, PLACE_TEXT, SEA_TEXT, EVENT_DOT, PLACE_DOT])
			for (const z0 of zooms)
				for (const z of zooms.filter((z) => z > z0))
					expect(sizeAt(stops, z) / sizeAt(stops, z0)).toBeLessThanOrEqual(2 ** (z - z0) + 1e-9);
	});

	it('let presenter mode use the set placed half a zoom lower', () => {
		// There the map is 2^0.5 smaller and a label at least this much of its size at z.
		for (const z of zooms.filter((z) => z >= PRESENTER_ZOOM_SHIFT))
			for (const stops of [COUNTRY_TEXT, PLACE_TEXT, SEA_TEXT])
				expect(
					2 ** PRESENTER_ZOOM_SHIFT * sizeAt(stops, z - PRESENTER_ZOOM_SHIFT)
				).toBeGreaterThanOrEqual(PRESENTER_SCALE * sizeAt(stops, z));
		// The dots, drawn as much larger, keep clear of them the same way.
		for (const z of zooms.filter((z) => z >= PRESENTER_ZOOM_SHIFT))
			for (const [dot, rim] of [
				[EVENT_DOT, EVENT_RIM],
				[PLACE_DOT, PLACE_RIM]
			] as const)
				expect(
					2 ** PRESENTER_ZOOM_SHIFT * (sizeAt(dot, z - PRESENTER_ZOOM_SHIFT) + rim)
				).toBeGreaterThanOrEqual(PRESENTER_SCALE * sizeAt(dot, z) + rim);
		expect(bandOf(2.46, true)).toBe(bandOf(1.96));
	});

	it('start a place’s name clear of its dot at every zoom', () => {
		for (const z of zooms)
			expect(PLACE_OFFSET_EM * sizeAt(PLACE_TEXT, z)).toBeGreaterThan(
				sizeAt(EVENT_DOT, z) + EVENT_RIM
			);
	});

	it('finds the band of a zoom', () => {
		expect(bandOf(0)).toBe(0);
		expect(bandOf(0.76)).toBe(LABEL_ZOOMS.indexOf(0.75));
		expect(bandOf(1.93)).toBe(LABEL_ZOOMS.indexOf(1.75));
		expect(bandOf(12)).toBe(LABEL_ZOOMS.length - 1);
	});
});
