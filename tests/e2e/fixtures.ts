/**
 * Shared browser-test fixtures: every test fails on a page error, a CSP violation or a request
 * that leaves 127.0.0.1, on its own page and on any page its spec file shares; and helpers that
 * read what a user sees (pixels of the map, the year shown).
 */
import {
	test as base,
	expect,
	type Browser,
	type BrowserContextOptions,
	type Page,
	type TestInfo
} from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PNG } from 'pngjs';

export interface View {
	zoom: number;
	lat: number;
	lon: number;
}

/** Web Mercator with MapLibre's 512-pixel tiles: offset in CSS pixels from the map's centre. */
export function offsetFromCentre(lon: number, lat: number, view: View): { dx: number; dy: number } {
	const world = 512 * 2 ** view.zoom;
	const x = (l: number) => ((l + 180) / 360) * world;
	const y = (phi: number) =>
		((1 - Math.log(Math.tan(Math.PI / 4 + (phi * Math.PI) / 360)) / Math.PI) / 2) * world;
	return { dx: x(lon) - x(view.lon), dy: y(lat) - y(view.lat) };
}

export function hex([r, g, b]: number[]): string {
	return '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');
}

/** The atlas's origin (127.0.0.1 at E2E_PORT), and the same server as "another site" (localhost). */
export function origins(): { atlas: string; other: string } {
	const atlas = new URL(test.info().project.use.baseURL!).origin;
	return { atlas, other: atlas.replace('127.0.0.1', 'localhost') };
}

/** The page's own map, not the second map of a comparison. */
export const MAIN_MAP = '[data-testid="atlas-map"]:not([data-testid="compare-map"] *)';

/** The map as stamped by the page: idle, and showing `year`. */
export async function waitForMap(page: Page, year?: number) {
	const sel = year
		? `${MAIN_MAP}[data-idle="true"][data-year="${year}"]`
		: `${MAIN_MAP}[data-idle="true"][data-year]`;
	await page.locator(sel).waitFor({ timeout: 30_000 });
}

/**
 * The colour a user sees at a place: the most common colour in a small patch of a real
 * screenshot of the map, so a thin border or a letter of a label does not decide it. Only the
 * patch is captured (a clip around the place, not the whole map).
 */
export async function colourAt(page: Page, lon: number, lat: number, view: View): Promise<string> {
	const box = (await page.locator(MAIN_MAP).boundingBox())!;
	const { dx, dy } = offsetFromCentre(lon, lat, view);
	const cx = Math.round(box.width / 2 + dx);
	const cy = Math.round(box.height / 2 + dy);
	expect(
		cx > 3 && cx < box.width - 3 && cy > 3 && cy < box.height - 3,
		`${lon},${lat} is on screen`
	).toBe(true);
	return commonColour(
		await page.screenshot({
			clip: { x: box.x + cx - 3, y: box.y + cy - 3, width: 7, height: 7 },
			animations: 'disabled'
		})
	);
}

/** The most common colour of a screenshot (of a small patch). */
export function commonColour(screenshot: Buffer): string {
	const png = PNG.sync.read(screenshot);
	const tally = new Map<string, number>();
	for (let i = 0; i < png.data.length; i += 4) {
		const c = hex([png.data[i], png.data[i + 1], png.data[i + 2]]);
		tally.set(c, (tally.get(c) ?? 0) + 1);
	}
	return [...tally.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * The guard: what a page must never do. It collects page errors, requests that leave the machine
 * (127.0.0.1, or localhost as the "other site" of the embed tests) and Content-Security-Policy
 * violations in the page and in any frame it embeds.
 */
async function guard(page: Page): Promise<string[]> {
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (
			!['data:', 'blob:'].includes(url.protocol) &&
			!['127.0.0.1', 'localhost'].includes(url.hostname)
		) {
			problems.push(`request left 127.0.0.1: ${r.url()}`);
		}
	});
	await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(text));
	await page.addInitScript(() => {
		addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __reportCspViolation?: (t: string) => void })
				.__reportCspViolation;
			report?.(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
		});
	});
	return problems;
}

/** Every shared page's guard findings (`sharedPage`), checked at the end of each test. */
const shared = new Map<Page, string[]>();
/** The pages a worker keeps, by its browser and the context settings they were made with. */
const kept = new WeakMap<Browser, Map<string, Page>>();

/**
 * One page for the tests of a spec file (taken in its `beforeAll`, handed back in `afterAll` with
 * `releaseSharedPage`). The worker keeps it for its next file with the same context settings
 * (touch, pixel ratio): a file starts on a blank document at its viewport, so its first address
 * is a real load, in a tab that has loaded the site before (its cache warm, no new renderer).
 * Its guard is checked at the end of every test, so whatever happens on it counts against the
 * test that was running (or, between tests, against the next).
 */
export async function sharedPage(
	browser: Browser,
	testInfo: TestInfo,
	options: BrowserContextOptions = {}
): Promise<Page> {
	const use = testInfo.project.use;
	const { viewport, ...settings } = {
		baseURL: use.baseURL,
		viewport: use.viewport,
		serviceWorkers: use.serviceWorkers,
		hasTouch: use.hasTouch,
		isMobile: use.isMobile,
		deviceScaleFactor: use.deviceScaleFactor,
		...options
	};
	const key = JSON.stringify(settings);
	const pages = kept.get(browser) ?? new Map<string, Page>();
	kept.set(browser, pages);
	let page = pages.get(key);
	if (page && !page.isClosed()) {
		await page.goto('about:blank');
		// What the last file left in the sites' storage (a tour draft) is gone, as in a new tab.
		const cdp = await page.context().newCDPSession(page);
		const atlas = new URL(settings.baseURL!).origin;
		for (const origin of [atlas, atlas.replace('127.0.0.1', 'localhost')])
			await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage' });
		await cdp.detach();
		if (viewport) await page.setViewportSize(viewport);
		return page;
	}
	page = await (await browser.newContext({ ...settings, viewport })).newPage();
	shared.set(page, await guard(page));
	pages.set(key, page);
	return page;
}

/** The file is done with its shared page: what its guard found since the last test, and its routes. */
export async function releaseSharedPage(page: Page | undefined) {
	if (!page || page.isClosed()) return;
	const problems = (shared.get(page) ?? []).splice(0);
	await page.unrouteAll({ behavior: 'ignoreErrors' });
	expect(problems, 'the shared page, after its last test').toEqual([]);
}

/**
 * Takes a shared page to `address` as Back or Forward would: the address changes and the page
 * reads it (`popstate`), and MapLibre reads a changed `#map=` view (`hashchange`); returns once
 * any move that makes (a view, a tour's scene) has ended in an idle map. The year is the test's
 * to wait for (`waitForMap`). A page at another path (or none yet) loads the address.
 */
export async function visit(page: Page, address: string) {
	const here = page.url();
	const to = new URL(address, here.startsWith('http') ? here : test.info().project.use.baseURL);
	if (!here.startsWith('http') || new URL(here).pathname !== to.pathname) {
		await page.goto(to.href);
		return;
	}
	await page.evaluate(
		async ({ href, selector }) => {
			const map = (document.querySelector(selector) as HTMLElement & { atlasMap?: MapLibreMap })
				?.atlasMap;
			// Moves and idles in order, so a move that starts now is known to have ended.
			let tick = 0;
			let moved = 0;
			let idled = 0;
			const onMove = () => (moved = ++tick);
			const onIdle = () => (idled = ++tick);
			map?.on('movestart', onMove);
			map?.on('idle', onIdle);
			const hashChanged = location.hash !== new URL(href).hash;
			history.pushState(null, '', href);
			dispatchEvent(new PopStateEvent('popstate'));
			if (hashChanged) dispatchEvent(new HashChangeEvent('hashchange'));
			// A frame later the page has acted on the address: any move it makes has begun.
			await new Promise(requestAnimationFrame);
			while (map && moved > idled) await new Promise((resolve) => map.once('idle', resolve));
			map?.off('movestart', onMove);
			map?.off('idle', onIdle);
		},
		{ href: to.href, selector: MAIN_MAP }
	);
}

/** Closes every notice the page shows (a shared page's next test starts without them). */
export async function dismissNotices(page: Page) {
	const dismiss = page.getByRole('button', { name: 'Dismiss notice' });
	while ((await dismiss.count()) > 0) await dismiss.first().click();
}

export const test = base.extend<{ page: Page; sharedGuard: void }>({
	page: async ({ page }, use) => {
		const problems = await guard(page);
		await use(page);
		expect(problems).toEqual([]);
	},
	// The pages a spec file shares: what happened on them during this test.
	sharedGuard: [
		// eslint-disable-next-line no-empty-pattern -- Playwright asks for a pattern here
		async ({}, use) => {
			await use();
			const problems = [...shared.values()].flatMap((found) => found.splice(0));
			expect(problems).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
