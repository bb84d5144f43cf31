/**
 * The contested-reading mark as a user sees it: a dashed keyline just inside a contested state's
 * border that leaves its interior to the class colour, its swatch in the legend, and its row in
 * an exported slide's legend. One page for the file; each test starts from its address, as Back
 * or Forward would take it there.
 */
import { PNG } from 'pngjs';
import { relationClass } from '../../src/lib/codebook/classes';
import {
	MAIN_MAP,
	releaseSharedPage,
	expect,
	offsetFromCentre,
	sharedPage,
	test,
	visit,
	waitForMap,
	type View
} from './fixtures';
import type { Page } from '@playwright/test';

// India is a partner in both years; its coding is contested in 1979 and not in 2000
// (src/lib/generated/polities.topo.json, codes 'c' and '2').
const VIEW: View = { zoom: 4, lat: 22, lon: 79 };
const PARTNER = relationClass('partner').colour;

type Pixel = [number, number, number];
const channels = (hex: string): Pixel =>
	[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Pixel;
const near = (a: Pixel, b: Pixel, tolerance = 30) =>
	a.every((v, i) => Math.abs(v - b[i]) <= tolerance);
/**
 * The mark's dark dashes or its light casing, allowing for antialiasing of a line little more
 * than a pixel wide. Neither the border (#5b5b5b at 90%), the partner fill nor the sea is this
 * dark or this light.
 */
const isMark = ([r, g, b]: Pixel) => Math.max(r, g, b) < 90 || Math.min(r, g, b) > 215;

/** The map's pixels along a parallel, from India's interior west past its coast into the sea. */
async function rayWest(page: Page, lat: number, fromLon: number, toLon: number): Promise<Pixel[]> {
	const box = (await page.locator(MAIN_MAP).boundingBox())!;
	const at = (lon: number) => {
		const { dx, dy } = offsetFromCentre(lon, lat, VIEW);
		return { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy };
	};
	const [start, end] = [at(fromLon), at(toLon)];
	// Only the row the ray runs along is captured.
	const clip = { x: Math.floor(end.x), y: Math.round(start.y), height: 1 };
	const png = PNG.sync.read(
		await page.screenshot({
			clip: { ...clip, width: Math.ceil(start.x) + 1 - clip.x },
			animations: 'disabled'
		})
	);
	const scale = png.height;
	const pixels: Pixel[] = [];
	for (
		let x = Math.round((start.x - clip.x) * scale);
		x >= Math.round((end.x - clip.x) * scale);
		x--
	) {
		const i = x * 4;
		pixels.push([png.data[i], png.data[i + 1], png.data[i + 2]]);
	}
	return pixels;
}

/** Where the ray first leaves the class colour: the interior before it, the edge after. */
function split(pixels: Pixel[], fill: Pixel) {
	const exit = pixels.findIndex((p) => !near(p, fill, 40));
	expect(exit, 'the ray leaves the state').toBeGreaterThan(20);
	return { interior: pixels.slice(0, exit - 6), edge: pixels.slice(exit, exit + 8) };
}

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

test('a contested state carries the keyline inside its border and keeps its colour inside', async () => {
	const fill = channels(PARTNER);
	await visit(page, `/?year=1979#map=${VIEW.zoom}/${VIEW.lat}/${VIEW.lon}`);
	await waitForMap(page, 1979);
	// Several parallels: a dashed line leaves gaps, so one ray may cross the coast in one.
	const lats = [19.5, 20, 20.5, 21, 21.5];
	const rays = async () => {
		const out = [];
		for (const lat of lats) out.push(split(await rayWest(page, lat, 78, 66), fill));
		return out;
	};
	const contested = await rays();
	const marked = contested.filter((r) => r.edge.some(isMark)).length;
	expect(marked, 'the mark just inside the coast').toBeGreaterThanOrEqual(3);
	for (const { interior } of contested) {
		const coloured = interior.filter((p) => near(p, fill)).length;
		expect(coloured / interior.length).toBeGreaterThan(0.95);
	}

	// The same state and class in a year without a contested reading: no mark at its edge.
	await page.getByRole('slider', { name: 'Year' }).fill('2000');
	await waitForMap(page, 2000);
	for (const plain of await rays())
		expect(plain.edge.some(isMark), 'no mark when nothing is contested').toBe(false);
});

test('the legend shows the mark as a swatch with its count', async () => {
	await visit(page, '/?year=1979');
	await waitForMap(page, 1979);
	const row = page.locator('li', { hasText: 'Dashed inner edge: contested reading' });
	await expect(row).toBeVisible();
	await expect(row.locator('.count')).toHaveText(/^\d+\s*contested this year$/);
	const png = PNG.sync.read(await row.locator('svg').screenshot());
	const pixels: Pixel[] = [];
	for (let i = 0; i < png.data.length; i += 4)
		pixels.push([png.data[i], png.data[i + 1], png.data[i + 2]]);
	expect(
		pixels.some((p) => Math.max(...p) < 70),
		'dark dashes'
	).toBe(true);
	expect(
		pixels.some((p) => Math.min(...p) > 235),
		'light casing'
	).toBe(true);
	expect(
		pixels.some((p) => near(p, channels(PARTNER), 12)),
		'a class colour beneath'
	).toBe(true);
});

test('an exported slide has the contested mark in its legend', async () => {
	test.slow(); // an offscreen map draws the slide
	await visit(page, '/?year=1979#map=3/42/95');
	await waitForMap(page, 1979);
	await page.getByText('Image', { exact: true }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 30_000 }),
		page.getByRole('button', { name: 'Slide, 1920 × 1080 PNG' }).click()
	]);
	const fs = await import('node:fs/promises');
	const png = PNG.sync.read(await fs.readFile((await download.path())!));
	// The legend's swatch column (x 48-74 at 1920 wide) inside its panel, bottom left (y 700 to
	// the source line): only the contested swatch has dark pixels there, on the partner colour.
	const rows: number[] = [];
	for (let y = 700; y < 1040; y++) {
		const line: Pixel[] = [];
		for (let x = 48; x <= 74; x++) {
			const i = (y * png.width + x) * 4;
			line.push([png.data[i], png.data[i + 1], png.data[i + 2]]);
		}
		if (line.some((p) => Math.max(...p) < 70) && line.some((p) => near(p, channels(PARTNER), 12)))
			rows.push(y);
	}
	expect(rows.length).toBeGreaterThanOrEqual(3);
	expect(rows.at(-1)! - rows[0]).toBeLessThan(30);
});
