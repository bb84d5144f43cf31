/**
 * The reveal.js example deck (static/reveal-example.html) with the real reveal.js and the
 * orbit-reveal.js plugin, on another origin than the atlas it embeds: localhost and 127.0.0.1
 * are different origins. One deck for the file: the second test goes on from where the first
 * leaves it, with the clicker, as a lecture would.
 */
import type { FrameLocator, Page } from '@playwright/test';
import { releaseSharedPage, expect, sharedPage, test } from './fixtures';

/** The deck on localhost and the atlas it embeds on 127.0.0.1: two origins, one server. */
function deckUrl(baseURL: string | undefined): string {
	const { port } = new URL(baseURL ?? 'http://127.0.0.1:4173');
	return `http://localhost:${port}/reveal-example.html?atlas=http://127.0.0.1:${port}`;
}

/** The slide reveal.js shows. */
const present = (page: Page) => page.locator('.reveal .slides > section.present');

/** The embedded map of a slide. */
const mapOf = (page: Page, slide: string) => page.frameLocator(`#${slide} iframe`);

/** The embedded map as stamped by the atlas: idle, and showing `year`. */
async function waitForYear(frame: FrameLocator, year: number) {
	await frame
		.locator(`[data-testid="atlas-map"][data-idle="true"][data-year="${year}"]`)
		.waitFor({ timeout: 30_000 });
}

/** The deck's own idea of keyboard focus: the tag of its active element. */
const activeTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName);

/** Resolves once every message posted to the deck's window before this call was handled. */
async function flushMessages(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				addEventListener('message', function done(event) {
					if (event.data !== 'reveal-spec:flush') return;
					removeEventListener('message', done);
					resolve();
				});
				postMessage('reveal-spec:flush', '*');
			})
	);
}

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

test('each slide drives its map, and PageDown keeps moving the deck while a place opens', async ({
	baseURL
}) => {
	test.slow(); // up to three maps load at once, in software WebGL
	await page.goto(deckUrl(baseURL));
	await expect(present(page)).toHaveId('alliance-1950');
	await waitForYear(mapOf(page, 'alliance-1950'), 1950);
	// The plugin's event: the map reported the state the slide asked for.
	await expect(page.locator('#alliance-1950')).toHaveAttribute('data-orbit-shown', '1950');

	// Only the deck's own maps may move it: the same message from anywhere else is ignored.
	await page.evaluate(() => postMessage({ type: 'orbit:key', key: 'PageDown' }, '*'));
	await flushMessages(page);
	await expect(present(page)).toHaveId('alliance-1950');

	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/#\/zhenbao-1969$/);
	await expect(present(page)).toHaveId('zhenbao-1969');
	const ussuri = mapOf(page, 'zhenbao-1969');
	await waitForYear(ussuri, 1969);
	await expect(ussuri.getByTestId('place-popup')).toBeVisible();
	await expect(ussuri.getByTestId('place-popup')).toContainText('Zhenbao');
	await expect(page.locator('#zhenbao-1969')).toHaveAttribute('data-orbit-shown', '1969');

	// A map told what to show by its deck must not take the keyboard: the lecturer's clicker
	// (PageDown) has to keep reaching the deck.
	expect(await activeTag(page), 'keyboard focus stays in the deck').not.toBe('IFRAME');
	await page.keyboard.press('PageDown');
	await expect(present(page)).toHaveId('cam-ranh-1979');
	const camRanh = mapOf(page, 'cam-ranh-1979');
	await waitForYear(camRanh, 1979);
	await expect(camRanh.getByTestId('place-popup')).toContainText('Cam Ranh Bay');

	// Back to a slide whose map still shows it: the slide hears orbit:shown again at once.
	await page.locator('#zhenbao-1969').evaluate((slide) => delete slide.dataset.orbitShown);
	await page.keyboard.press('PageUp');
	await expect(present(page)).toHaveId('zhenbao-1969');
	await expect(page.locator('#zhenbao-1969')).toHaveAttribute('data-orbit-shown', '1969');
});

test('a key pressed on a map that the map does not use moves the deck', async ({ baseURL }) => {
	test.slow(); // up to three maps load at once, in software WebGL
	// The deck as the first test leaves it (on the Zhenbao slide), or freshly opened there.
	if (!page.url().startsWith(deckUrl(baseURL)))
		await page.goto(`${deckUrl(baseURL)}#/zhenbao-1969`);
	await expect(present(page)).toHaveId('zhenbao-1969');
	// The clicker moves on to Cam Ranh, whose slide hears its map's orbit:shown.
	await page.locator('#cam-ranh-1979').evaluate((slide) => delete slide.dataset.orbitShown);
	await page.keyboard.press('PageDown');
	await expect(present(page)).toHaveId('cam-ranh-1979');
	const camRanh = mapOf(page, 'cam-ranh-1979');
	await waitForYear(camRanh, 1979);
	await expect(page.locator('#cam-ranh-1979')).toHaveAttribute('data-orbit-shown', '1979');
	// The slide asked for the formal reading too, and was told once its map showed it.
	await expect(camRanh.getByTestId('atlas-map')).toHaveAttribute('data-reading', 'formal');
	await expect(camRanh.locator('#legend-title')).toContainText('formal reading');

	// A question from the audience: the lecturer clicks into the map, on the sea west of Luzon (no
	// state there; the click closes the popup and gives the map the keyboard). The position is
	// taken on the iframe in the deck, which reveal.js zooms to fit the window...
	const frame = page.locator('#cam-ranh-1979 iframe');
	const box = (await frame.boundingBox())!;
	await frame.click({ position: { x: box.width * 0.8, y: box.height * 0.45 } });
	expect(await activeTag(page), 'the click put focus in the map').toBe('IFRAME');
	// ...and the clicker's next PageDown reaches the map, which hands it to the deck.
	await page.keyboard.press('PageDown');
	await expect(present(page)).toHaveId('beijing-1989');
	await expect(page).toHaveURL(/#\/beijing-1989$/);

	// The map that had focus is hidden now: the keyboard is the deck's again.
	expect(await activeTag(page), 'focus left the hidden map').not.toBe('IFRAME');
	// A slide with only a scene hears orbit:shown by the scene, once its year is drawn.
	const beijing = mapOf(page, 'beijing-1989');
	await expect(page.locator('#beijing-1989')).toHaveAttribute('data-orbit-shown', 'china/2', {
		timeout: 30_000
	});
	expect(await beijing.getByTestId('atlas-map').getAttribute('data-year')).toBe('1989');
	await expect(beijing.getByTestId('scene-card')).toContainText('Gorbachev');
	await page.keyboard.press('PageDown');
	await expect(present(page)).toHaveId('after-ussr-1992');
	await waitForYear(mapOf(page, 'after-ussr-1992'), 1992);
});
