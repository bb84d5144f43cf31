import { describe, expect, inject, it } from 'vitest';
import {
	breakLines,
	bitsToHex,
	labelBox,
	measure,
	placeLabels,
	type FontMetrics,
	type PlaceInput
} from '../../../geodata/steps/labels';
import { bitIn, bitsIn, type LabelData } from '../../../src/lib/map/labels';
import { COUNTRY_TEXT, LABEL_ZOOMS, PLACE_TEXT, sizeAt } from '../../../src/lib/map/label-sizes';
import { FIRST_YEAR, LAST_YEAR } from '../../../src/lib/years/years';

/** A monospace stand-in: every glyph 12 units (half an em) wide, none for '€'. */
const mono: FontMetrics = { advance: (c) => (c === '€' ? undefined : 12) };

const square = (lon: number, lat: number, d: number) => ({
	type: 'Polygon' as const,
	coordinates: [
		[
			[lon - d, lat - d],
			[lon + d, lat - d],
			[lon + d, lat + d],
			[lon - d, lat + d],
			[lon - d, lat - d]
		]
	]
});

const place = (
	id: string,
	coordinates: [number, number],
	state: (y: number) => number
): PlaceInput => ({
	id,
	name: id,
	coordinates,
	stateIn: state
});

/** Which texts show in a year and band. */
function shown(data: LabelData, year: number, band: number): string[] {
	return data.features.flatMap((f, i) => (bitIn(bitsIn(data.shown[i], year), band) ? [f[1]] : []));
}

describe('label placement', () => {
	it('breaks long names into two balanced lines, at " / " or before "(" first', () => {
		expect(breakLines('Cam Ranh Bay', 18)).toBe('Cam Ranh Bay');
		expect(breakLines('Bolshoy Ussuriysky / Heixiazi Island', 18)).toBe(
			'Bolshoy Ussuriysky /\nHeixiazi Island'
		);
		expect(breakLines('Viskuli (Belavezha Forest)', 18)).toBe('Viskuli\n(Belavezha Forest)');
		expect(breakLines('United Arab Emirates', 12)).toBe('United Arab\nEmirates');
	});

	it('measures in ems from the font, and names the file when a glyph is missing', () => {
		expect(measure('abcd', mono, 'x')).toEqual([2, 1.2]);
		expect(measure('ab\nabcdef', mono, 'x')).toEqual([3, 2.4]);
		expect(() => measure('5€', mono, 'geodata/places.json x name')).toThrow(
			/geodata\/places.json x name: .*"€"/
		);
	});

	it('encodes a band as bit band % 4 of the (band >> 2)-th hex digit from the right', () => {
		const bits = '1000' + '0100' + '0011';
		const hex = bitsToHex(bits);
		expect(hex).toBe('c21');
		const set = [...bits].map((_, band) => bitIn(hex, band));
		expect(set).toEqual([...bits].map((b) => b === '1'));
	});

	it("gives an event place's name priority over a country's, and moves a name off a dot", () => {
		const countries = [
			{ iso: 'AAA', name: 'Aaaa', start: 1945, end: 2026, geometry: square(100, 30, 3) }
		];
		// An event in 1970 right at the country's centre; the name moves or gives way.
		const places = [place('Here', [100, 30], (y) => (y === 1970 ? 2 : 0))];
		const data = placeLabels(countries, places, [], mono);
		const band = LABEL_ZOOMS.indexOf(2);
		expect(shown(data, 1960, band)).toEqual(['Aaaa']);
		expect(shown(data, 1970, band)).toContain('Here');
		// Every shown name clears the dot and the other name.
		for (const year of [1960, 1970]) {
			const visible = data.features.filter((_, i) => bitIn(bitsIn(data.shown[i], year), band));
			const boxes = visible.map((f) =>
				labelBox(
					{ x: f[2], y: f[3], anchor: f[4] },
					measure(f[1], mono, ''),
					sizeAt(f[0] === 'place' ? PLACE_TEXT : COUNTRY_TEXT, 2),
					2
				)
			);
			if (boxes.length === 2) {
				const [a, b] = boxes;
				expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]).toBe(false);
			}
		}
	});

	it('tries a place name right, left, below, then above its dot', () => {
		// Two event places side by side on a line: the second cannot go right of its dot into
		// the first one's name... it goes where there is room.
		const places = [place('West', [100, 30], () => 2), place('East', [101.5, 30], () => 2)];
		const data = placeLabels([], places, [], mono);
		const band = LABEL_ZOOMS.indexOf(4);
		const anchors = data.features.flatMap((f, i) =>
			bitIn(bitsIn(data.shown[i], 1950), band) ? [`${f[1]}:${f[4]}`] : []
		);
		expect(anchors).toContain('East:left');
		expect(anchors.some((a) => a.startsWith('West:') && a !== 'West:left')).toBe(true);
	});

	it('drops a sea name while a place standing for the same sea shows its own', () => {
		const seas = [
			{ id: 'south-china-sea', text: 'South China Sea', coordinates: [114, 15] as [number, number] }
		];
		const places = [place('south-china-sea', [113.5, 12.5], (y) => (y === 2016 ? 2 : 0))];
		const data = placeLabels([], places, seas, mono);
		const band = LABEL_ZOOMS.indexOf(3);
		expect(shown(data, 2000, band)).toEqual(['South China Sea']);
		expect(shown(data, 2016, band)).toEqual(['south-china-sea']);
	});
});

describe('the built labels', () => {
	const data = JSON.parse(inject('geodata')['labels.json']) as LabelData;

	it('name the seas the sources name, with both names where the name is disputed', () => {
		const seas = data.features.filter((f) => f[0] === 'sea').map((f) => f[1]);
		expect(seas).toContain('Sea of Japan\n(East Sea)');
		for (const s of ['Sea of Okhotsk', 'South China Sea', 'Taiwan\nStrait'])
			expect(seas).toContain(s);
	});

	it('show the USSR until 1991 and Russia from 1992, at every band where either shows', () => {
		const index = (name: string) =>
			data.features.map((f, i) => (f[1] === name ? i : -1)).filter((i) => i >= 0);
		const anyIn = (ids: number[], year: number, band: number) =>
			ids.some((i) => bitIn(bitsIn(data.shown[i], year), band));
		const band = LABEL_ZOOMS.indexOf(2);
		expect(anyIn(index('Soviet Union'), 1991, band)).toBe(true);
		expect(anyIn(index('Soviet Union'), 1992, band)).toBe(false);
		expect(anyIn(index('Russia'), 1991, band)).toBe(false);
		expect(anyIn(index('Russia'), 1992, band)).toBe(true);
	});

	it('show at most one position of each name at a time', () => {
		for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 5)
			for (let band = 0; band < LABEL_ZOOMS.length; band++) {
				const seen = new Map<string, number>();
				data.features.forEach((f, i) => {
					if (!bitIn(bitsIn(data.shown[i], year), band)) return;
					const key = `${f[0]}:${f[1]}:${f[0] === 'place' ? `${f[2]},${f[3]}` : ''}`;
					seen.set(key, (seen.get(key) ?? 0) + 1);
				});
				for (const [key, n] of seen)
					if (f0(key) === 'place') expect(n, `${year} ${band} ${key}`).toBe(1);
			}
	});
});

const f0 = (key: string) => key.split(':')[0];
