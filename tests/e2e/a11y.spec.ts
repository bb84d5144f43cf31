/**
 * No serious or critical axe violation on the map, the state panel, a popup, the tour editor,
 * the embed and the source notes. One page for the file, each test taking it to its address as
 * Back or Forward would (or loading it, for another page).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { releaseSharedPage, expect, sharedPage, test, visit, waitForMap } from './fixtures';

/** Serious and critical axe violations, as "rule: target" lines a reader can act on. */
async function seriousViolations(page: Page, exclude: string[] = []) {
	let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
	for (const selector of exclude) builder = builder.exclude(selector);
	const { violations } = await builder.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

// The map canvas is drawn pixels: its text alternative is the summary, table and panels.
const CANVAS = '.maplibregl-canvas-container';

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

test('the map page has no serious or critical axe violations', async () => {
	await visit(page, '/?year=1985#map=3/42/95');
	await waitForMap(page, 1985);
	expect(await seriousViolations(page, [CANVAS])).toEqual([]);
});

test('the state panel and a place popup have none either', async () => {
	await visit(page, '/?year=1975&state=IND&place=new-delhi');
	await waitForMap(page, 1975);
	await expect(page.getByTestId('state-panel')).toBeVisible();
	await expect(page.getByTestId('place-popup')).toBeVisible();
	expect(await seriousViolations(page, [CANVAS])).toEqual([]);
});

test('the tour editor, with a scene and a shared tour playing, has none', async () => {
	test.setTimeout(90_000); // several steps and a full axe run; each step waits on the page
	await visit(page, '/?year=1979&place=cam-ranh-bay');
	await waitForMap(page, 1979);
	await page.locator('summary', { hasText: 'Tours' }).click();
	await page.getByRole('button', { name: 'Make your own tour…' }).click();
	const editor = page.getByTestId('tour-editor');
	await editor.getByRole('button', { name: 'Add the map as scene 1' }).click();
	await editor.getByLabel('Note').fill('A note for the room.');
	await editor.getByRole('button', { name: 'Play from scene 1' }).click();
	await expect(page.getByTestId('scene-card')).toContainText('scene 1 of 1');
	expect(await seriousViolations(page, [CANVAS])).toEqual([]);
});

test('the embed and the source notes have none', async () => {
	await page.goto('/embed?year=1985');
	await waitForMap(page, 1985);
	expect(await seriousViolations(page, [CANVAS])).toEqual([]);
	await page.goto('/sources/diplomat-2021');
	expect(await seriousViolations(page)).toEqual([]);
});
