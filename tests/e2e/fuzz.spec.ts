/**
 * Mangled addresses and hostile embed messages: every case must leave a valid, drawn view with
 * at most a notice, no page error, no CSP violation (the shared guard) and no script run.
 *
 * Each case is also read in Node by the parser it reaches (tests/unit/url/hostile-input.test.ts).
 * Here the page reads them: one page takes every address in turn as Back or Forward brings it
 * (the app reads the address on `popstate`, MapLibre the `#map=` view on `hashchange`), and the
 * nastiest addresses are also loaded fresh.
 */
import type { Page } from '@playwright/test';
import {
	releaseSharedPage,
	dismissNotices,
	expect,
	sharedPage,
	test,
	visit,
	waitForMap
} from './fixtures';
import { packTourPayload } from './support/tour-payload';
import {
	HOSTILE_ADDRESSES,
	HOSTILE_MESSAGES,
	HOSTILE_TOURS,
	MARKUP_TOUR,
	XSS
} from '../support/hostile-cases';

const YEAR = /^(194[5-9]|19[5-9]\d|20[01]\d|202[0-5])$/;
/** A sane view to come back to after an address that asked for a mad one. */
const HOME = '/?year=1985#map=3/42/95';

/** The page after a hostile address: a valid drawn year, at most a notice a parameter, no script. */
async function expectValidView(page: Page) {
	await waitForMap(page);
	await expect(page.locator('output.year')).toHaveText(YEAR);
	// At most one notice per parameter: year, state, place, compare, scene, reading.
	const notices = await page.getByTestId('notice').count();
	expect(notices).toBeLessThanOrEqual(6);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	// Markup in the address may be shown as text in a notice, never become elements.
	await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload]')).toHaveCount(0);
}

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	// What is checked here does not depend on the screen's size; a smaller map is drawn sooner in
	// software (about a quarter of the file's time, measured), and is still a laptop's layout.
	page = await sharedPage(browser, testInfo, { viewport: { width: 800, height: 500 } });
	await page.goto(HOME);
	await waitForMap(page, 1985);
});
test.afterAll(() => releaseSharedPage(page));

for (const address of HOSTILE_ADDRESSES) {
	test(`the address ${address.slice(0, 60)} still gives a valid view`, async () => {
		await dismissNotices(page);
		await visit(page, `/${address}`);
		await expectValidView(page);
		if (address.includes('#')) await visit(page, HOME);
	});
}

/**
 * Hostile tour links: each is refused with a notice that says why (every rejection has its unit
 * test in tests/unit/tours and tests/unit/url; these prove the page survives them).
 */
test('hostile tour links are refused with a reason, and the map still works', async () => {
	for (const [name, payload, reason] of HOSTILE_TOURS) {
		await dismissNotices(page);
		await visit(page, `/?year=1985&tour=${payload}`);
		await waitForMap(page, 1985);
		await expect(page.getByTestId('notice'), name).toContainText(reason);
		await expect(page.getByTestId('notice').first(), name).toContainText(
			'This tour link could not be opened'
		);
		await expect(page.getByTestId('scene-card'), name).toHaveCount(0);
	}
	expect(await page.evaluate(() => (({}) as { polluted?: boolean }).polluted)).toBeUndefined();
});

test('markup in a shared tour is shown as text, never run', async () => {
	await dismissNotices(page);
	await visit(page, `/?tour=${packTourPayload(MARKUP_TOUR)}`);
	await waitForMap(page, 1985);
	const card = page.getByTestId('scene-card');
	await expect(card).toContainText(XSS[0]);
	await expect(card).toContainText(`${XSS[1]} record of 1999`);
	await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload]')).toHaveCount(0);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	await visit(page, HOME);
	await expect(card).toHaveCount(0);
});

// Loaded fresh (a new document in the same tab, as a pasted link): the worst of the view and of
// the markup (whose every parameter the first read cannot use, and says so).
for (const [address, said] of [
	['?year=1985#map=1e400/NaN/-Infinity', false],
	[HOSTILE_ADDRESSES.find((a) => a.startsWith(`?year=${encodeURIComponent(XSS[1])}`))!, true]
] as const) {
	test(`the address ${address.slice(0, 60)}, loaded fresh, still gives a valid view`, async () => {
		// From another document, or an address that differs only in its hash would not load.
		await page.goto('about:blank');
		await page.goto(`/${address}`);
		await expectValidView(page);
		if (said) await expect(page.getByTestId('notice').first()).toBeVisible();
	});
}

test('hostile embed messages change nothing they should not, and run nothing', async () => {
	await page.goto('/embed?year=1985#map=3/42/95');
	await waitForMap(page, 1985);
	await page.evaluate((ms) => {
		for (const m of ms) window.postMessage(m, '*');
	}, HOSTILE_MESSAGES);
	await expect(page.getByTestId('notice').first()).toContainText(
		'Ignored part of an orbit:set message'
	);
	// A tour's text is refused as the address's is, saying why (the last one sent: not JSON).
	await expect(
		page.getByTestId('notice').filter({ hasText: 'This tour link could not be opened' })
	).toContainText('not JSON');
	await expect(page.getByTestId('scene-card')).toHaveCount(0);
	await expect(page.getByTestId('atlas-map')).toHaveAttribute('data-reading', 'assessed');
	await waitForMap(page, 1985);
	await expect(page.locator('output.year')).toHaveText('1985');
	expect(
		await page.evaluate(() => ({
			pwned: (window as unknown as { __pwned?: number }).__pwned,
			polluted: ({} as { polluted?: boolean }).polluted
		}))
	).toEqual({ pwned: undefined, polluted: undefined });

	// A good message after all that still works.
	await page.evaluate(() => window.postMessage({ type: 'orbit:set', year: 1995 }, '*'));
	await waitForMap(page, 1995);
});
