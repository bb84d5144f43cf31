/**
 * Places: a click, an address, the keyboard and the year chart's events open a place's popup,
 * which cites and links its source; the source notes page those links land on. One page for the
 * map's tests; each starts from its address, as Back or Forward would take it there.
 */
import type { Page } from '@playwright/test';
import {
	MAIN_MAP,
	releaseSharedPage,
	dismissNotices,
	expect,
	offsetFromCentre,
	sharedPage,
	test,
	visit,
	waitForMap
} from './fixtures';
import { boxCoversDot, drawnLabels } from './support/label-boxes';

const popup = (page: Page) => page.getByTestId('place-popup');

type Box = { left: number; top: number; right: number; bottom: number };
const meet = (a: Box, b: Box) =>
	Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0 &&
	Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0;

/**
 * What is wrong with where the open popup stands, in words: outside the map, over a map control,
 * over the scene card, or over its own place's dot (as MapLibre drew it).
 */
async function popupProblems(page: Page, place: string): Promise<string[]> {
	const at = await page.evaluate((selector) => {
		const box = (el: Element) => {
			const { left, top, right, bottom } = el.getBoundingClientRect();
			return { left, top, right, bottom };
		};
		const map = document.querySelector(selector)!;
		const shown = map.querySelector('.maplibregl-popup');
		const card = document.querySelector('[data-testid="scene-card"]');
		return {
			map: box(map),
			popup: shown && box(shown),
			content: shown && box(shown.querySelector('.maplibregl-popup-content')!),
			card: card && box(card),
			controls: [...map.querySelectorAll('.maplibregl-ctrl')]
				.map(box)
				.filter((b) => b.right > b.left && b.bottom > b.top)
		};
	}, MAIN_MAP);
	if (!at.popup || !at.content) return ['no popup'];
	const problems: string[] = [];
	const { map, popup: p } = at;
	if (p.left < map.left || p.top < map.top || p.right > map.right || p.bottom > map.bottom)
		problems.push(`the popup ${JSON.stringify(p)} leaves the map ${JSON.stringify(map)}`);
	for (const c of at.controls) if (meet(p, c)) problems.push(`the popup is over a control`);
	if (at.card && meet(p, at.card)) problems.push('the popup and the scene card overlap');
	const dot = (await drawnLabels(page, MAIN_MAP)).dots.find((d) => d.place === place);
	if (!dot) problems.push(`no dot for ${place}`);
	else {
		const c = at.content;
		const inMap = [c.left - map.left, c.top - map.top, c.right - map.left, c.bottom - map.top];
		if (boxCoversDot(inMap, dot, 0)) problems.push('the popup covers its own dot');
	}
	return problems;
}

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

test('clicking Cam Ranh Bay in 1985 opens a popup that cites and links the source', async () => {
	const view = { zoom: 5, lat: 13, lon: 107 };
	await visit(page, '/?year=1985#map=5/13/107');
	await waitForMap(page, 1985);
	const box = (await page.getByTestId('atlas-map').boundingBox())!;
	const { dx, dy } = offsetFromCentre(109.2, 11.95, view);
	await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);

	await expect(popup(page).getByRole('heading', { name: 'Cam Ranh Bay' })).toBeVisible();
	const note = popup(page).getByRole('link', { name: 'Source note' }).first();
	await expect(note).toHaveAttribute(
		'href',
		/^\/sources\/(diplomat-2021|mazyrin-2012)#[a-z]+-\d+$/
	);
	const original = popup(page).getByRole('link', { name: 'Original passage' }).first();
	await expect(original).toHaveAttribute('href', /^https:\/\/thediplomat\.com\/.*#:~:text=.+,.+/);
	await expect(page).toHaveURL(/[?&]place=cam-ranh-bay/);
	// The state under the place is not selected by the same click.
	await expect(page.getByTestId('state-panel')).toHaveCount(0);

	// Escape closes it and the address forgets it.
	await page.keyboard.press('Escape');
	await expect(popup(page)).toHaveCount(0);
	await expect(page).not.toHaveURL(/place=/);
});

test('?place= opens a popup, in our words, with a citation line', async () => {
	await visit(page, '/?year=1993&place=etorofu-iturup');
	await waitForMap(page, 1993);
	await expect(popup(page).getByRole('heading', { name: /Etorofu/ })).toBeVisible();
	await expect(popup(page)).toContainText(/Итуруп|Iturup/);
	await expect(
		popup(page)
			.getByText(/japan-\d+/)
			.first()
	).toBeVisible();
	await expect(popup(page).getByRole('button', { name: 'Copy citation' }).first()).toBeVisible();
});

test('an unknown ?place= is ignored with a notice', async () => {
	await dismissNotices(page);
	await visit(page, '/?year=1985&place=atlantis');
	await expect(page.getByTestId('notice')).toContainText('not a place');
	await waitForMap(page, 1985);
	await expect(popup(page)).toHaveCount(0);
});

test('every place is reachable from the keyboard, and the popup takes focus', async () => {
	await visit(page, '/?year=1991');
	await waitForMap(page, 1991);
	await page.getByText(/^Places/).click();
	await page
		.getByRole('button', { name: 'Viskuli / Belavezha' })
		.or(page.getByRole('button', { name: /Viskuli/ }))
		.first()
		.focus();
	await page.keyboard.press('Enter');
	await expect(popup(page).getByRole('heading', { name: /Viskuli|Belavezha/ })).toBeVisible();
	// Focus lands on the popup, so a screen reader starts at the place's name.
	await expect(popup(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(popup(page)).toHaveCount(0);
});

test('an event tick jumps to its year and opens its place', async () => {
	await visit(page, '/?year=2000');
	await waitForMap(page, 2000);
	const tick = page.getByRole('button', { name: /^1988-03-14: Johnson South Reef/ });
	await tick.click();
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1988');
	await expect(popup(page).getByRole('heading', { name: 'Johnson South Reef' })).toBeVisible();
});

test('at 1280 × 800 and 1920 × 1080 a scene’s popup keeps off its card, inside the map', async () => {
	for (const size of [
		{ width: 1280, height: 800 },
		{ width: 1920, height: 1080 }
	]) {
		await page.setViewportSize(size);
		// Cam Ranh Bay beside the card; Zhenbao at the map's right edge, the card across (China's
		// first scene asks the room: its popup opens with the answer, the card at its tallest).
		for (const [scene, place, year] of [
			['vietnam/4', 'cam-ranh-bay', 1988],
			['china/1/answer', 'zhenbao-damansky', 1969]
		] as const) {
			await visit(page, `/?scene=${scene}`);
			await waitForMap(page, year);
			await expect(page.getByTestId('scene-card')).toContainText(`scene ${scene.split('/')[1]} of`);
			await expect(popup(page)).toBeVisible();
			await expect
				.poll(() => popupProblems(page, place), `${scene} at ${size.width} × ${size.height}`)
				.toEqual([]);
		}
	}
	await page.setViewportSize({ width: 1280, height: 800 });
});

test('a long popup fits in the map at 1280 × 800 and its last event scrolls into view', async () => {
	// The address: opened below the dot, its second event was cut off by the controls.
	await visit(page, '/?year=1985&place=cam-ranh-bay#map=7.5/11.9/109.2');
	await waitForMap(page, 1985);
	const events = popup(page).locator('li');
	// Its texts have come (they are fetched on first use).
	await expect(popup(page).locator('.summary.loading')).toHaveCount(0);
	expect(await events.count()).toBeGreaterThanOrEqual(2);
	await expect.poll(() => popupProblems(page, 'cam-ranh-bay')).toEqual([]);
	// It scrolls within itself, from the keyboard, to its last event.
	await popup(page).focus();
	await page.keyboard.press('End');
	await expect
		.poll(() => popup(page).evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop))
		.toBeLessThanOrEqual(1);
	await expect(events.last()).toBeInViewport();
	const last = (await events.last().boundingBox())!;
	const map = (await page.locator(MAIN_MAP).boundingBox())!;
	expect(last.y + last.height).toBeLessThanOrEqual(map.y + map.height);
});

test(
	'the source notes page has an anchored note for every paragraph and scrolls to #japan-4',
	{
		tag: '@no-map'
	},
	async ({ page }) => {
		await page.goto('/sources/diplomat-2021#japan-4');
		const note = page.locator('#japan-4');
		await expect(note).toBeInViewport();
		await expect(note.getByRole('link', { name: 'Original passage' })).toHaveAttribute(
			'href',
			/#:~:text=/
		);
		await expect(note.getByRole('link', { name: /See on the map/ }).first()).toHaveAttribute(
			'href',
			/\?year=\d{4}&place=/
		);
		await expect(page.locator('article.note')).toHaveCount(61);

		await page.goto('/sources/mazyrin-2012');
		await expect(page.locator('article.note')).toHaveCount(4);
		await expect(page.locator('#mazyrin-2')).toBeVisible();
	}
);
