/**
 * The atlas in a lecture: driven from a page on another origin, its display options and play,
 * Back and Forward and Share, the Embed dialog, a comparison, tours stepped by a clicker, and the
 * slide PNG. Embeds framed by another origin, first loads and Back after a load have pages of
 * their own; the rest share one page, each test starting from its address as Back or Forward
 * would take it there.
 */
import type { Page } from '@playwright/test';
import { HIDDEN_COLOUR, RELATION_CLASSES } from '../../src/lib/codebook/classes';
import {
	releaseSharedPage,
	commonColour,
	expect,
	hex,
	MAIN_MAP,
	offsetFromCentre,
	origins,
	sharedPage,
	test,
	visit,
	waitForMap
} from './fixtures';
import { PNG } from 'pngjs';

const moscow = RELATION_CLASSES[0].colour;
const conflict = RELATION_CLASSES[5].colour;

/** Keys go to the page itself, as after a click on its background (no control has focus). */
const unfocus = (page: Page) =>
	page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

// One page for the file: the lecture page on another origin for the two tests that drive its
// embed (the second goes on from the first), loads where a test needs one, and otherwise each
// test's address as Back or Forward would bring it.
let shared: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	shared = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(shared));

/** The example lecture page on another origin (localhost), its embed on the atlas's (127.0.0.1). */
const lecturePage = () => `${origins().other}/embed-example.html?atlas=${origins().atlas}`;

test('a page on another origin drives the embed by postMessage and hears its state', async () => {
	const page = shared;
	// localhost and 127.0.0.1 are different origins: the lecture page embeds the atlas cross-origin.
	await page.goto(lecturePage());
	const frame = page.frameLocator('#atlas');
	await frame.locator('[data-testid="atlas-map"][data-idle="true"][data-year="1985"]').waitFor();
	// The embed announces itself on load.
	await expect(page.locator('body')).toHaveAttribute('data-last-year', '1985');

	await page.getByRole('button', { name: '1995, Asia' }).click();
	await expect(page.locator('body')).toHaveAttribute('data-last-year', '1995');
	await expect(page.locator('#log li').first()).toContainText('"type":"orbit:state","year":1995');
	await expect(page.locator('#log li').first()).toContainText('"zoom":3');
	await frame.locator('[data-testid="atlas-map"][data-idle="true"][data-year="1995"]').waitFor();
	await expect(frame.locator('output.year')).toHaveText('1995');

	// The map recoloured: Kazakhstan no longer shares the Soviet colour.
	const box = (await frame.getByTestId('atlas-map').boundingBox())!;
	const { dx, dy } = offsetFromCentre(67, 48, { zoom: 3, lat: 42, lon: 95 });
	const x = box.x + Math.round(box.width / 2 + dx);
	const y = box.y + Math.round(box.height / 2 + dy);
	// Only the pixel read is captured.
	const kaz = commonColour(await page.screenshot({ clip: { x, y, width: 1, height: 1 } }));
	expect(kaz).not.toBe(moscow);

	// A place opens its popup inside the embed.
	await page.getByRole('button', { name: 'Cam Ranh Bay, 1988' }).click();
	await expect(frame.getByTestId('place-popup')).toBeVisible();
	await expect(page.locator('#log li').first()).toContainText('"place":"cam-ranh-bay"');
});

test('a malformed orbit:set is answered with a notice and changes nothing else', async () => {
	const page = shared;
	// The lecture page as the test before leaves it (or freshly opened, when run alone).
	if (page.url() !== lecturePage()) await page.goto(lecturePage());
	const frame = page.frameLocator('#atlas');
	await frame.locator('[data-testid="atlas-map"][data-idle="true"][data-year]').waitFor();
	const year = (await frame.locator('output.year').textContent())!;
	await page.evaluate(() => {
		const w = (document.getElementById('atlas') as HTMLIFrameElement).contentWindow!;
		w.postMessage(
			{ type: 'orbit:set', year: '<script>alert(1)</script>', view: { zoom: 1e9 }, extra: 1 },
			'*'
		);
		w.postMessage('not even an object', '*');
		w.postMessage({ type: 'something-else', year: 1990 }, '*');
	});
	await expect(frame.getByTestId('notice')).toContainText('Ignored part of an orbit:set message');
	await expect(frame.locator('output.year')).toHaveText(year);
	await expect(frame.locator('[data-testid="atlas-map"]')).toHaveAttribute('data-year', year);
});

test('/embed takes display options and plays its range', async () => {
	const page = shared;
	await page.goto('/embed?year=1990&legend=0&autoplay=1990-1993&speed=4');
	await expect(page.locator('output.year')).toHaveText('1993', { timeout: 20_000 });
	await waitForMap(page, 1993);
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Relationship with Moscow' })).toHaveCount(0);

	await page.goto('/embed?year=1990&slider=0&speed=fast');
	await waitForMap(page, 1990);
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveCount(0);
	await expect(page.getByTestId('notice')).toContainText('speed=');
});

test('back and forward restore the selected state; Share copies the address', async () => {
	const page = shared;
	const context = page.context();
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// A real load (the last Back returns to it), which the later tests then take on from.
	await page.goto('/?year=1985#map=3/42/95');
	await waitForMap(page, 1985);
	await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Mongolia' });
	await expect(page).toHaveURL(/state=MNG/);
	await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'India' });
	await expect(page).toHaveURL(/state=IND/);
	await page.goBack();
	await expect(page).toHaveURL(/state=MNG/);
	await expect(page.getByTestId('state-panel').getByRole('heading', { level: 2 })).toHaveText(
		'Mongolia in 1985'
	);
	await page.goBack();
	await expect(page).not.toHaveURL(/state=/);
	await expect(page.getByTestId('state-panel')).toHaveCount(0);
	await page.goForward();
	await expect(page.getByTestId('state-panel').getByRole('heading', { level: 2 })).toHaveText(
		'Mongolia in 1985'
	);

	await page.getByText('Share', { exact: true }).click();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
	// The reader closes the Share menu (it would cover the next menu).
	await page.getByText('Share', { exact: true }).click();
	await expect(page.locator('details.menu[open]')).toHaveCount(0);
});

test('play walks through every year of the range; Space pauses and resumes', async () => {
	const page = shared;
	await visit(page, '/?year=1988#map=3/42/95');
	await waitForMap(page, 1988);
	await page.getByLabel('From').fill('1988');
	await page.getByLabel('From').blur();
	await page.getByLabel('to', { exact: true }).fill('1992');
	await page.getByLabel('to', { exact: true }).blur();
	await page.getByLabel('Speed').selectOption('4');
	// Every year the page shows, as it shows it (the page's own record, not a poll from here).
	await page.locator('output.year').evaluate((output) => {
		const seen = new Set<string>();
		new MutationObserver(() => seen.add(output.textContent ?? '')).observe(output, {
			childList: true,
			characterData: true,
			subtree: true
		});
		(window as unknown as { __yearsShown: Set<string> }).__yearsShown = seen;
	});
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.locator('output.year')).toHaveText('1992', { timeout: 20_000 });
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	const seen = await page.evaluate(() => [
		...(window as unknown as { __yearsShown: Set<string> }).__yearsShown
	]);
	for (const y of ['1989', '1990', '1991', '1992']) expect(seen, y).toContain(y);

	// Space toggles play when focus is on the map or the slider.
	await page.getByLabel('Speed').selectOption('0.5');
	await page.getByRole('slider', { name: 'Year' }).focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('the Embed dialog builds iframe code for the current view, with a live preview', async () => {
	const page = shared;
	await visit(page, '/?year=1979#map=3/42/95');
	await waitForMap(page, 1979);
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await expect(dialog).toBeVisible();
	const code = dialog.getByRole('textbox', { name: 'Code' });
	const src = `<iframe src="${origins().atlas}/embed?year=1979#map=3/42/95"`;
	await expect(code).toHaveValue(new RegExp(src.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
	await dialog.getByLabel('Legend').uncheck();
	await expect(code).toHaveValue(/legend=0/);
	await expect(dialog.frameLocator('iframe').locator('output.year')).toHaveText('1979');
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toHaveCount(0);
});

test('?compare=1985 beside 1995 lists Kazakhstan among the changes, with its reason', async () => {
	const page = shared;
	await visit(page, '/?year=1995&compare=1985#map=2.6/42/85');
	await page
		.locator(
			'[data-testid="compare-map"] [data-testid="atlas-map"][data-idle="true"][data-year="1985"]'
		)
		.waitFor();
	await waitForMap(page, 1995);
	const panel = page.getByTestId('compare-panel');
	await expect(panel.getByRole('heading')).toHaveText('What changed, 1985 → 1995');
	const kaz = panel.getByRole('listitem').filter({ hasText: 'Kazakhstan' });
	await expect(kaz).toContainText('Moscow →');
	await expect(kaz.locator('.reason')).not.toBeEmpty();
	// The two maps show the two years, in step.
	await expect(page.locator('.pane-year')).toHaveText(['1985', '1995']);
	await page.getByRole('button', { name: 'Stop comparing' }).click();
	await expect(page).not.toHaveURL(/compare=/);
	await expect(page.getByTestId('compare-map')).toHaveCount(0);
});

test('a tour steps with PageDown and PageUp, as a presentation clicker sends', async () => {
	const page = shared;
	// Scenes 2 to 5 of the China tour ask nothing (scene 1 asks: the test after the next).
	await visit(page, '/?scene=china/3');
	const card = page.getByTestId('scene-card');
	await expect(card).toContainText('scene 3 of');
	await waitForMap(page);
	await unfocus(page);
	const firstYear = (await page.locator('output.year').textContent())!;
	expect(firstYear).not.toBe('2025');
	await page.keyboard.press('PageDown');
	await expect(card).toContainText('scene 4 of');
	await expect(page).toHaveURL(/scene=china\/4/);
	await expect(page.locator('output.year')).not.toHaveText(firstYear);
	await page.keyboard.press('PageDown');
	await expect(card).toContainText('scene 5 of');
	await page.keyboard.press('PageUp');
	await expect(card).toContainText('scene 4 of');
	await expect(card.getByRole('link').first()).toHaveAttribute('href', /diplomat|http/);

	await card.getByRole('button', { name: 'Presenter mode' }).click();
	await expect(page.getByRole('banner')).toBeHidden();
	await page.keyboard.press('PageDown');
	await expect(card).toContainText('scene 5 of');
	await card.getByRole('button', { name: 'End tour' }).click();
	await expect(card).toHaveCount(0);
	await expect(page).not.toHaveURL(/scene=/);
});

test('a scene outlines the states its card names, and ending the tour clears them', async () => {
	const page = shared;
	// The map stamps what it outlined (as it stamps the year it drew).
	const map = page.getByTestId('atlas-map');
	await visit(page, '/?scene=china/2');
	await expect(page.getByTestId('scene-card')).toContainText('scene 2 of');
	await waitForMap(page); // on a busy machine the map may still be loading
	await unfocus(page);
	await expect(map).toHaveAttribute('data-outlined', 'CHN SUN');
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('scene-card')).toContainText('scene 3 of');
	await expect(map).toHaveAttribute('data-outlined', 'CHN');
	// A state the reader picks is outlined with the scene's.
	await page.getByRole('combobox', { name: 'State' }).selectOption('VNM');
	await expect(map).toHaveAttribute('data-outlined', 'VNM CHN');
	await page.getByRole('button', { name: 'End tour' }).click();
	await expect(map).toHaveAttribute('data-outlined', 'VNM');
});

/**
 * What a reader sees of China on the main map: the first of a few points in China that nothing
 * covers (the scene card grows when it reveals, a popup may open), projected by the map itself;
 * the most common colour of a 24-pixel patch there (the "?" pattern's tile), and how many of its
 * pixels are the near-black of the "?" marks.
 */
async function chinaPatch(page: Page) {
	const point = await page.evaluate((selector) => {
		const el = document.querySelector(selector) as HTMLElement & {
			atlasMap: import('maplibre-gl').Map;
		};
		const box = el.getBoundingClientRect();
		const inChina: [number, number][] = [
			[125, 48.5],
			[128, 47],
			[124, 42],
			[117, 41]
		];
		for (const lonLat of inChina) {
			const p = el.atlasMap.project(lonLat);
			const [x, y] = [box.x + p.x, box.y + p.y];
			const corners = [-12, 12].flatMap((dx) => [-12, 12].map((dy) => [x + dx, y + dy]));
			if (corners.every(([cx, cy]) => document.elementFromPoint(cx, cy)?.tagName === 'CANVAS'))
				return [x, y];
		}
		return null;
	}, MAIN_MAP);
	expect(point, 'a point in China that nothing covers').not.toBeNull();
	const [x, y] = point!;
	const shot = await page.screenshot({
		clip: { x: x - 12, y: y - 12, width: 24, height: 24 },
		animations: 'disabled'
	});
	const png = PNG.sync.read(shot);
	let marks = 0;
	for (let i = 0; i < png.data.length; i += 4)
		if (Math.max(png.data[i], png.data[i + 1], png.data[i + 2]) < 70) marks++;
	return { colour: commonColour(shot), marks };
}

test('an ask scene hides its state, PageDown reveals it, the next goes on, PageUp comes back', async () => {
	const page = shared;
	// China in 1969: at war with Moscow on the Ussuri (conflict), which the room is asked first.
	await visit(page, '/?scene=china/1');
	const card = page.getByTestId('scene-card');
	const hiddenDrawn = (states: string) =>
		page
			.locator(`${MAIN_MAP}[data-idle="true"][data-year="1969"][data-hidden="${states}"]`)
			.waitFor();
	await expect(card).toHaveAttribute('data-step', 'question');
	await expect(card.getByRole('heading', { level: 2 })).toHaveText(
		'How did China stand with Moscow in 1969?'
	);
	await hiddenDrawn('CHN');
	await unfocus(page);
	// China is the neutral under dark "?" marks, not its class's colour.
	const asked = await chinaPatch(page);
	expect(asked.colour).toBe(HIDDEN_COLOUR);
	expect(asked.marks).toBeGreaterThan(0);
	// The legend leaves China out of the conflict count, and says what the "?" is.
	const legend = page.locator('.side .legend');
	const count = async (label: string) =>
		Number(
			(await legend.locator('li').filter({ hasText: label }).locator('.count').textContent())!
				.trim()
				.split(' ')[0]
		);
	await expect(legend.getByTestId('legend-hidden')).toContainText('hidden, the room is asked');
	await expect(legend.locator('li').filter({ hasText: 'Conflict' }).locator('.count')).toHaveText(
		/^\d/
	);
	const conflictAsked = await count('Conflict');
	// What a screen reader hears names China as hidden, never its class or its change.
	const spoken = page.locator('.atlas > p[aria-live="polite"]');
	await expect(spoken).toContainText('China is hidden: the room is asked.');
	await expect(spoken).not.toContainText('China from');
	await expect(card).not.toContainText(/conflict/i);

	// PageDown reveals: the colour, the count, the class with its reason and citation.
	await page.keyboard.press('PageDown');
	await expect(card).toHaveAttribute('data-step', 'answer');
	await expect(page).toHaveURL(/scene=china\/1\/answer/);
	await hiddenDrawn('');
	expect((await chinaPatch(page)).colour).toBe(conflict);
	await expect(legend.getByTestId('legend-hidden')).toHaveCount(0);
	expect(await count('Conflict')).toBe(conflictAsked + 1);
	const answer = card.getByTestId('ask-answer');
	await expect(answer).toContainText('China: Conflict');
	await expect(answer).toContainText('Zhenbao');
	await expect(answer.locator('.citations li').first()).not.toBeEmpty();
	await expect(spoken).toContainText('China from');

	// The next PageDown goes on; PageUp comes back to the answer, then to the question.
	await page.keyboard.press('PageDown');
	await expect(card).toContainText('scene 2 of');
	await expect(page).toHaveURL(/scene=china\/2(&|$)/);
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/scene=china\/1\/answer/);
	await page.keyboard.press('PageUp');
	await expect(card).toHaveAttribute('data-step', 'question');
	await expect(page).toHaveURL(/scene=china\/1(&|$)/);
	await hiddenDrawn('CHN');
});

test('tours start from the menu', async () => {
	const page = shared;
	await visit(page, '/?year=2000');
	await waitForMap(page, 2000);
	await page.getByText('Tours', { exact: true }).click();
	await page
		.getByRole('button', { name: /Vietnam/i })
		.first()
		.click();
	await expect(page.getByTestId('scene-card')).toContainText('scene 1 of');
	await expect(page).toHaveURL(/scene=vietnam\/1/);
	// The menu stays open after a pick; the reader closes it (it would cover the next menu).
	await page.getByText('Tours', { exact: true }).click();
	await expect(page.locator('details.menu[open]')).toHaveCount(0);
});

test('a slide-ready PNG downloads at 1920x1080 with the map, legend and year drawn in', async () => {
	const page = shared;
	await visit(page, '/?year=1985#map=3/42/95');
	await waitForMap(page, 1985);
	await page.getByText('Image', { exact: true }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 30_000 }),
		page.getByRole('button', { name: 'Slide, 1920 × 1080 PNG' }).click()
	]);
	expect(download.suggestedFilename()).toBe('orbit-1985-1920x1080.png');
	const fs = await import('node:fs/promises');
	const png = PNG.sync.read(await fs.readFile((await download.path())!));
	expect([png.width, png.height]).toEqual([1920, 1080]);
	// Not blank: many colours, the Soviet red among them, and the legend's ally swatch.
	const colours = new Map<string, number>();
	for (let i = 0; i < png.data.length; i += 4 * 97) {
		const c = hex([png.data[i], png.data[i + 1], png.data[i + 2]]);
		colours.set(c, (colours.get(c) ?? 0) + 1);
	}
	expect(colours.size).toBeGreaterThan(30);
	expect((colours.get(moscow) ?? 0) / (png.data.length / 4 / 97)).toBeGreaterThan(0.05);

	// The same view at the screen's size.
	await page.getByText('Image', { exact: true }).click();
	const [screen] = await Promise.all([
		page.waitForEvent('download', { timeout: 30_000 }),
		page.getByRole('button', { name: 'Screen size PNG' }).click()
	]);
	const small = PNG.sync.read(await fs.readFile((await screen.path())!));
	expect([small.width, small.height]).toEqual([1280, 800]);
});
