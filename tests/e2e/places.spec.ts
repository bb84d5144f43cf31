/**
 * Places: a click, an address, the keyboard and the year chart's events open a place's popup,
 * which cites and links its source; the source notes page those links land on. One page for the
 * map's tests; each starts from its address, as Back or Forward would take it there.
 */
import type { Page } from '@playwright/test';
import {
	releaseSharedPage,
	dismissNotices,
	expect,
	offsetFromCentre,
	sharedPage,
	test,
	visit,
	waitForMap
} from './fixtures';

const popup = (page: Page) => page.getByTestId('place-popup');

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
