import { RELATION_CLASSES } from '../../src/lib/codebook/classes';
import {
	MAIN_MAP,
	releaseSharedPage,
	colourAt,
	expect,
	offsetFromCentre,
	sharedPage,
	test,
	visit,
	waitForMap,
	type View
} from './fixtures';

/**
 * The coastline detail (Natural Earth 10m, src/lib/map/detail.ts) is fetched only when the map is
 * zoomed in past zoom 5, then drawn in each state's class colour for the year shown. One page
 * for the file: a first view, then each test's address as Back or Forward would bring it (zoom 4,
 * then the Kurils, where the detail is fetched). The detail refused has a page of its own.
 */
const colour = Object.fromEntries(RELATION_CLASSES.map((c) => [c.id, c.colour]));
/** The sea, as src/lib/map/style.ts paints it. */
const SEA_COLOUR = '#c9d6df';
const DETAIL = /\/detail\.topo\.[^/]*\.json$/;

type Page = import('@playwright/test').Page;

let shared: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	shared = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(shared));

/** The map idle with the detail in its style, showing `year`. */
async function waitForDetail(page: Page, year: number) {
	await page
		.locator(`${MAIN_MAP}[data-detail="shown"][data-idle="true"][data-year="${year}"]`)
		.waitFor({ timeout: 30_000 });
}

/** Every URL the page asked for until its map, taken to `url`, was drawn. */
async function requestsFor(page: Page, url: string, year: number): Promise<string[]> {
	const urls: string[] = [];
	const note = (r: import('@playwright/test').Request) => urls.push(new URL(r.url()).pathname);
	page.on('request', note);
	await visit(page, url);
	await waitForMap(page, year);
	page.off('request', note);
	return urls;
}

test('the first view does not ask for the detail', async () => {
	// The shared page's first address: a real first load.
	const urls = await requestsFor(shared, '/?year=1985', 1985);
	// The baseline: the first view's own data, and nothing of the detail.
	expect(urls.some((u) => /\/polities\.topo\.[^/]*\.json$/.test(u))).toBe(true);
	expect(urls.filter((u) => DETAIL.test(u) || /detail/i.test(u))).toEqual([]);
	await expect(shared.locator(MAIN_MAP)).not.toHaveAttribute('data-detail', /.*/);
});

test('a view at zoom 4 does not ask for the detail either', async () => {
	const urls = await requestsFor(shared, '/?year=1990#map=4/45/140', 1990);
	expect(urls.filter((u) => /detail/i.test(u))).toEqual([]);
	await expect(shared.locator(MAIN_MAP)).not.toHaveAttribute('data-detail', /.*/);
});

// Shibotsu (Zelyony), the largest of the Habomai islets: land in 10m, open sea in 50m, which has
// no island there (found by testing points against both generated files when writing this test).
const KURILS: View = { zoom: 7, lat: 43.8, lon: 146.5 };
const SHIBOTSU = [146.16, 43.51] as const;

test('zoomed in on the southern Kurils in 1980, the detail is fetched and drawn as the USSR', async () => {
	const page = shared;
	const fetched = page.waitForResponse((r) => DETAIL.test(new URL(r.url()).pathname));
	await visit(page, '/?year=1980#map=7/43.8/146.5');
	expect((await fetched).ok()).toBe(true);
	await waitForDetail(page, 1980);
	expect(await colourAt(page, ...SHIBOTSU, KURILS)).toBe(colour.moscow);
});

test('in 2020 the same detail is drawn as Russia', async () => {
	const page = shared;
	await visit(page, '/?year=2020#map=7/43.8/146.5');
	await waitForDetail(page, 2020);
	expect(await colourAt(page, ...SHIBOTSU, KURILS)).toBe(colour.moscow);
});

test('without the detail the coarse map shows sea where the islet is', async ({ page }) => {
	// The control for the test above: the colour there comes from the detail, not the 50m map.
	await page.route(DETAIL, (route) => route.abort());
	const failed = page.waitForEvent('requestfailed', (r) => DETAIL.test(new URL(r.url()).pathname));
	await page.goto('/?year=1980#map=7/43.8/146.5');
	await failed;
	await waitForMap(page, 1980);
	expect(await colourAt(page, ...SHIBOTSU, KURILS)).toBe(SEA_COLOUR);
});

// A stretch of Hokkaido's west coast by Ishikari Bay that 50m leaves as sea (found as above).
const HOKKAIDO: View = { zoom: 8, lat: 43.6, lon: 141.3 };
const ISHIKARI = [141.4, 43.72] as const;

test("the detail follows the year: Hokkaido's coast recolours with Japan's class", async () => {
	const page = shared;
	await visit(page, '/?year=1953#map=8/43.6/141.3');
	await waitForDetail(page, 1953);
	expect(await colourAt(page, ...ISHIKARI, HOKKAIDO)).toBe(colour['no-relations']);

	const slider = page.getByRole('slider', { name: 'Year' });
	await slider.focus();
	await page.keyboard.press('End');
	await waitForDetail(page, 2025);
	expect(await colourAt(page, ...ISHIKARI, HOKKAIDO)).toBe(colour.strained);
});

test('clicking detailed land selects its state', async () => {
	const page = shared;
	await visit(page, '/?year=2020#map=8/43.6/141.3');
	await waitForDetail(page, 2020);
	const box = (await page.locator(MAIN_MAP).boundingBox())!;
	const { dx, dy } = offsetFromCentre(...ISHIKARI, HOKKAIDO);
	await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
	await expect(page.locator(MAIN_MAP)).toHaveAttribute('data-outlined', 'JPN');
});
