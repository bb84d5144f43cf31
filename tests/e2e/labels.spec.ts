/**
 * The names MapLibre draws are the boxes the build placed. Every year at a phone, a laptop and a
 * 1920 × 1080 projector is checked for overlaps in Node (tests/unit/map/label-overlaps.test.ts),
 * from the placed labels and MapLibre's rules for a box (tests/support/label-model.ts). Here, for
 * a covering set of years at each size, the boxes MapLibre holds for the drawn names
 * (support/label-boxes.ts) must be those boxes, name by name, within a pixel; the dots too. The
 * drawn boxes are checked for overlaps as well, and presenter mode on its own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import {
	releaseSharedPage,
	expect,
	MAIN_MAP,
	sharedPage,
	test,
	visit,
	waitForMap
} from './fixtures';
import { boxesOverlap, drawnLabels, type DrawnDot, type DrawnLabel } from './support/label-boxes';
import { loadFont } from '../../geodata/build';
import type { LabelData } from '../../src/lib/map/labels';
import type { PlaceRecord } from '../../src/lib/places/records';
import { allYears } from '../../src/lib/years/years';
import {
	SCREENS,
	collisions,
	defaultView,
	modelLabels,
	type MapView,
	type ModelDot,
	type ModelLabel,
	type Screen
} from '../support/label-model';

// What the site was built from (`npm run geodata`, then the site build).
const generated = (name: string) =>
	JSON.parse(readFileSync(resolve('src/lib/generated', name), 'utf8')) as unknown;
const data = generated('labels.json') as LabelData;
const places = generated('places.json') as PlaceRecord[];
const font = loadFont();

/** Within this many pixels on every side, a drawn box is the computed one. */
const TOLERANCE = 1.5;

/** Drawn names with no computed box at their place, and computed ones not drawn. */
function unmatched(drawn: DrawnLabel[], computed: ModelLabel[]): string[] {
	const left = [...computed];
	const problems: string[] = [];
	for (const d of drawn) {
		const i = left.findIndex(
			(m) => m.text === d.text && m.box.every((v, k) => Math.abs(v - d.box[k]) <= TOLERANCE)
		);
		if (i >= 0) left.splice(i, 1);
		else problems.push(`drawn, not computed: "${d.text}" at ${d.box.map(Math.round).join(',')}`);
	}
	for (const m of left)
		problems.push(`computed, not drawn: "${m.text}" at ${m.box.map(Math.round).join(',')}`);
	return problems;
}

/** Dots drawn where no computed dot is, or of another size, and computed dots not drawn. */
function unmatchedDots(drawn: DrawnDot[], computed: ModelDot[]): string[] {
	const left = [...computed];
	const problems: string[] = [];
	for (const d of drawn) {
		const i = left.findIndex(
			(m) =>
				m.place === d.place &&
				Math.hypot(m.x - d.x, m.y - d.y) <= TOLERANCE &&
				Math.abs(m.r - d.r) < 0.01
		);
		if (i >= 0) left.splice(i, 1);
		else problems.push(`dot drawn, not computed: ${d.place}`);
	}
	// The computed dots reach 100 px past the map; MapLibre reports the ones on it.
	return problems;
}

/** A key per distinct name and place, so the covering years show each one at least once. */
const keyOf = (l: ModelLabel) => `${l.kind}:${l.text}:${l.box.map(Math.round).join(',')}`;

/**
 * The years a size is checked in the browser: greedily, the year showing the most names and
 * positions not yet seen, `count` of them (they cover most of the 81 years' names: the rest
 * differ by one event's place), plus the year whose set changes most from the year before.
 */
function coveringYears(screen: Screen, view: MapView, count: number): number[] {
	const sets = new Map(
		allYears().map((y) => [
			y,
			new Set(modelLabels(data, places, font, y, view, screen.map).labels.map(keyOf))
		])
	);
	const seen = new Set<string>();
	const years: number[] = [];
	for (let i = 0; i < count; i++) {
		const [year] = [...sets].sort(
			([, a], [, b]) =>
				[...b].filter((k) => !seen.has(k)).length - [...a].filter((k) => !seen.has(k)).length
		)[0];
		years.push(year);
		for (const k of sets.get(year)!) seen.add(k);
	}
	const change = (y: number) => {
		const [a, b] = [sets.get(y - 1)!, sets.get(y)!];
		return [...a].filter((k) => !b.has(k)).length + [...b].filter((k) => !a.has(k)).length;
	};
	const mostChanged = allYears()
		.slice(1)
		.sort((a, b) => change(b) - change(a))[0];
	return [...new Set([...years, mostChanged - 1, mostChanged])].sort((a, b) => a - b);
}

/** The map's view and size as MapLibre framed it. */
function framing(page: Page) {
	return page.locator(MAIN_MAP).evaluate((el) => {
		const map = (el as HTMLElement & { atlasMap: import('maplibre-gl').Map }).atlasMap;
		const canvas = map.getCanvas();
		const { left = 0, right = 0, top = 0, bottom = 0 } = map.getPadding();
		return {
			width: parseFloat(canvas.style.width),
			height: parseFloat(canvas.style.height),
			padding: { left, right, top, bottom },
			zoom: map.getZoom(),
			center: map.getCenter().toArray() as [number, number]
		};
	});
}

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

for (const screen of SCREENS) {
	const { width, height } = screen.viewport;
	test(`the drawn names are the placed boxes, no two overlapping, ${screen.name} ${width}x${height}`, async () => {
		const view = defaultView(screen.map);
		const years = coveringYears(screen, view, 5);
		await page.setViewportSize(screen.viewport);
		// A fresh load: the default view is framed when the map is made.
		await page.goto(`/?year=${years[0]}`);
		await waitForMap(page, years[0]);
		// The default view the Node check uses is the one on screen (framed for screen.map).
		const framed = await framing(page);
		expect(framed.width).toBe(screen.map.width);
		expect(framed.zoom).toBeCloseTo(view.zoom, 6);
		expect(framed.center[0]).toBeCloseTo(view.center[0], 6);
		expect(framed.center[1]).toBeCloseTo(view.center[1], 6);

		const slider = page.getByRole('slider', { name: 'Year' });
		let last: DrawnLabel[] = [];
		for (const year of years) {
			if (year !== years[0]) {
				await slider.fill(String(year));
				await waitForMap(page, year);
			}
			const drawn = await drawnLabels(page, MAIN_MAP);
			// The map's box settles a few pixels shorter after it is framed (the year chart comes
			// after the first frame; the view stays), and MapLibre places names anew only now and
			// then: the boxes are computed for the size they were placed at, the dots (projected
			// at every frame) for the size the map has now.
			const computed = modelLabels(data, places, font, year, view, drawn.placedFor);
			const resized =
				drawn.size.width !== drawn.placedFor.width || drawn.size.height !== drawn.placedFor.height;
			const dotsNow = resized
				? modelLabels(data, places, font, year, view, drawn.size).dots
				: computed.dots;
			expect(unmatched(drawn.labels, computed.labels), `names in ${year}`).toEqual([]);
			expect(unmatchedDots(drawn.dots, dotsNow), `dots in ${year}`).toEqual([]);
			expect(collisions(drawn.labels, drawn.dots), `overlaps in ${year}`).toEqual([]);
			expect(drawn.labels.length).toBeGreaterThan(screen.name === 'phone' ? 8 : 15);
			last = drawn.labels;
		}
		// The comparison can fail: the last year's drawn names are not another year's boxes.
		const other = years.at(-1)! - 1 === years.at(-2) ? years[0] : years.at(-1)! - 1;
		const placedFor = (await drawnLabels(page, MAIN_MAP)).placedFor;
		const otherBoxes = modelLabels(data, places, font, other, view, placedFor).labels;
		expect(unmatched(last, otherBoxes).length).toBeGreaterThan(0);
	});
}

test('presenter mode draws the labels larger, as placed, still without overlaps', async () => {
	const projector = SCREENS.find((s) => s.name === 'projector')!;
	await page.setViewportSize(projector.viewport);
	await visit(page, '/?scene=china/1');
	await waitForMap(page);
	const card = page.getByTestId('scene-card');
	await expect(card).toContainText('scene 1 of');
	// The height of the tallest one-line country name drawn: its type size, plus padding.
	const tallest = async () =>
		Math.max(
			...(await drawnLabels(page, MAIN_MAP)).labels
				.filter((l) => l.kind === 'country' && !l.text.includes('\n'))
				.map((l) => l.box[3] - l.box[1])
		);
	const before = await tallest();
	expect(before).toBeGreaterThan(10);
	await card.getByRole('button', { name: 'Presenter mode' }).click();
	await expect(page.getByRole('banner')).toBeHidden();
	await expect.poll(tallest, { timeout: 30_000 }).toBeGreaterThan(before * 1.15);
	await waitForMap(page);
	const drawn = await drawnLabels(page, MAIN_MAP);
	const overlapping = drawn.labels.flatMap((a, i) =>
		drawn.labels
			.slice(i + 1)
			.flatMap((b) => (boxesOverlap(a.box, b.box) ? [`${a.text} / ${b.text}`] : []))
	);
	expect(overlapping).toEqual([]);
	// And they are the presenter set, at presenter size, where the build placed them.
	const framed = await framing(page);
	const year = Number(await page.locator(MAIN_MAP).getAttribute('data-year'));
	const size = { ...drawn.placedFor, padding: framed.padding };
	const computed = modelLabels(data, places, font, year, framed, size, true);
	expect(unmatched(drawn.labels, computed.labels)).toEqual([]);
	await card.getByRole('button', { name: 'End tour' }).click();
});
