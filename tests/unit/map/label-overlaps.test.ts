/**
 * No name overlaps another or covers a place's dot, for every year at a phone, a laptop and a
 * 1920 × 1080 projector, each in its default view: computed from the labels the geodata build
 * placed, with the boxes MapLibre gives them (tests/support/label-model.ts). The browser test
 * (tests/e2e/labels.spec.ts) proves, for a covering set of years, that MapLibre draws exactly
 * these boxes.
 */
import { describe, expect, inject, it } from 'vitest';
import { loadFont } from '../../../geodata/build';
import type { LabelData } from '$lib/map/labels';
import type { PlaceRecord } from '$lib/places/records';
import { allYears } from '$lib/years/years';
import { bandOf } from '$lib/map/label-sizes';
import {
	SCREENS,
	collisions,
	defaultView,
	layoutTextSize,
	modelLabels
} from '../../support/label-model';

const files = inject('geodata');
const data = JSON.parse(files['labels.json']) as LabelData;
const places = JSON.parse(files['places.json']) as PlaceRecord[];
const font = loadFont();

describe('labels in the default view, every year', () => {
	for (const screen of SCREENS) {
		const view = defaultView(screen.map);
		it(`no name overlaps another or a dot, ${screen.name} ${screen.viewport.width}x${screen.viewport.height}`, () => {
			const problems: string[] = [];
			let most = 0;
			for (const year of allYears()) {
				const { labels, dots } = modelLabels(data, places, font, year, view, screen.map);
				most = Math.max(most, labels.length);
				problems.push(...collisions(labels, dots).map((p) => `${year}: ${p}`));
			}
			expect(problems).toEqual([]);
			// The check saw names: a map with none would pass it.
			expect(most).toBeGreaterThan(screen.name === 'phone' ? 8 : 25);
		});
	}

	it('finds an overlap when there is one: the set placed for a larger map, drawn at a phone’s zoom', () => {
		const phone = SCREENS.find((s) => s.name === 'phone')!;
		const view = defaultView(phone.map);
		// The projector's set at the phone's zoom: placed for a map three times as wide, it crowds.
		const projectorBand = bandOf(defaultView(SCREENS.at(-1)!.map).zoom);
		const problems = allYears().flatMap((year) => {
			const shown = modelLabels(data, places, font, year, view, phone.map, false, projectorBand);
			return collisions(shown.labels, shown.dots);
		});
		expect(problems.length).toBeGreaterThan(10);
	});

	it('names the states in type readable from the back of a hall at 1920 × 1080', () => {
		const projector = SCREENS.find((s) => s.name === 'projector')!;
		const view = defaultView(projector.map);
		const { labels } = modelLabels(data, places, font, 1979, view, projector.map);
		const names = labels.map((l) => l.text.replace('\n', ' '));
		for (const name of ['Soviet Union', 'China', 'India', 'Japan', 'Mongolia'])
			expect(names).toContain(name);
		// A one-line name's box is its line height (1.2 em) plus 2 px padding each side.
		const china = labels.find((l) => l.text === 'China')!;
		expect((china.box[3] - china.box[1] - 4) / 1.2).toBeGreaterThanOrEqual(16);
		const place = labels.find((l) => l.kind === 'place' && !l.text.includes('\n'));
		expect(place, 'a place named in 1979').toBeTruthy();
		expect((place!.box[3] - place!.box[1] - 4) / 1.2).toBeGreaterThanOrEqual(14);
		expect(layoutTextSize('country', view.zoom)).toBeGreaterThanOrEqual(16);
	});
});
