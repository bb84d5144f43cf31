/**
 * Every page passes the audits Lighthouse runs (accessibility, best practices, SEO), checked with
 * axe and in the page (tests/e2e/support/audits.ts): on the map, the state panel, a popup, the
 * tour editor, the embed, /method, /data and the source notes. One page for the file, each test
 * taking it to its address as Back or Forward would (or loading it, for another page).
 */
import type { Page } from '@playwright/test';
import { releaseSharedPage, expect, sharedPage, test, visit, waitForMap } from './fixtures';
import {
	auditViolations,
	metaDescription,
	visibleTextSizes,
	watchConsoleErrors
} from './support/audits';

// The map canvas is drawn pixels: its text alternative is the summary, table and panels.
const CANVAS = '.maplibregl-canvas-container';

/** Every page Lighthouse must give 100 on accessibility, best practices and SEO. */
const MAP_PAGES = ['/', '/embed'];
// The tours' own pages share the reading pages' layout; Lighthouse is run on them by hand
// (tests/tools/lighthouse.ts), not here, to keep the suite's time.
const READING_PAGES = ['/method', '/data', '/sources/diplomat-2021', '/sources/mazyrin-2012'];

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

test('the map page passes the audits, with a state panel and a place popup open', async () => {
	test.setTimeout(90_000); // the file's first load of the map, and a full axe run
	const logged = watchConsoleErrors(page);
	await visit(page, '/?year=1975&state=IND&place=new-delhi#map=3/42/95');
	await waitForMap(page, 1975);
	await expect(page.getByTestId('state-panel')).toBeVisible();
	await expect(page.getByTestId('place-popup')).toBeVisible();
	expect(await auditViolations(page, { exclude: [CANVAS] })).toEqual([]);
	logged.stop();
	expect(logged.errors).toEqual([]);
});

// The tour editor and a shared tour's scene card are audited in tour-editor.spec.ts, on the
// tour that spec builds (the same audits, from ./support/audits).

test('the embed passes them, with no text under 12 px', async () => {
	const logged = watchConsoleErrors(page);
	await page.goto('/embed?year=1985');
	await waitForMap(page, 1985);
	expect(await auditViolations(page, { exclude: [CANVAS] })).toEqual([]);
	// The legend is open at this size: its classes are among the text read.
	const texts = await visibleTextSizes(page);
	expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['Ally', 'Orbit atlas ↗']));
	expect(texts.filter((t) => t.size < 12).map((t) => `${t.size}px: ${t.text}`)).toEqual([]);
	logged.stop();
	expect(logged.errors).toEqual([]);
});

for (const path of READING_PAGES) {
	test(
		`${path} passes the audits, on a wide screen and on a phone`,
		{ tag: '@no-map' },
		async () => {
			const logged = watchConsoleErrors(page);
			await page.goto(path);
			test.setTimeout(90_000); // a long page (/method), audited twice
			expect(await auditViolations(page), 'at 1280 × 800').toEqual([]);
			// Lighthouse audits a phone's screen: where links wrap there, every target must still
			// be 24 px, or 24 px apart.
			const wide = page.viewportSize()!;
			await page.setViewportSize({ width: 375, height: 667 });
			expect(await auditViolations(page, { only: ['target-size'] }), 'at 375 × 667').toEqual([]);
			await page.setViewportSize(wide);
			logged.stop();
			expect(logged.errors).toEqual([]);
		}
	);
}

// The page metadata (src/hooks.server.ts) on every page, read from the HTML a crawler gets.
test('every page has a meta description', { tag: '@no-map' }, async ({ request }) => {
	const missing: string[] = [];
	// /quiz is audited in quiz.spec.ts, on the question its test answers.
	for (const path of [...MAP_PAGES, ...READING_PAGES, '/quiz']) {
		const description = metaDescription(await (await request.get(path)).text());
		if (!description?.trim()) missing.push(path);
	}
	expect(missing, 'pages without a <meta name="description">').toEqual([]);
});
