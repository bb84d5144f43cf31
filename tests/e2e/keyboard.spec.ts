import type { Locator, Page } from '@playwright/test';
import { expect, releaseSharedPage, sharedPage, test, waitForMap } from './fixtures';

/**
 * The whole path from the keyboard alone, as a lecturer without a mouse would take it: no
 * clicks and no programmatic focus, only Tab, arrows, Enter and typing. Every stop Tab reaches
 * on the way must show where focus is. Each test loads its page (Tab starts from the top of a
 * new document), in the tab the file shares.
 */

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

/** Presses Tab until `target` has focus; every element passed on the way must show its focus. */
async function tabTo(page: Page, target: Locator, max = 90) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		// Where focus is, whether it shows, and whether it is the target: one look per key.
		const { where, visible, reached } = await target.evaluate((goal) => {
			const el = document.activeElement;
			// Past the last stop, focus leaves the page for the browser's own controls.
			if (!el || el === document.body) return { where: null, visible: false, reached: false };
			const s = getComputedStyle(el);
			const outline =
				s.outlineStyle !== 'none' && (s.outlineStyle === 'auto' || parseFloat(s.outlineWidth) >= 2);
			return {
				where: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
				visible: outline || s.boxShadow !== 'none',
				reached: goal === el
			};
		});
		if (where) expect(visible, `focus on ${where} is visible`).toBe(true);
		if (reached) return;
	}
	throw new Error(`Tab did not reach ${target} in ${max} presses`);
}

test('slider, play, state panel, places list, popup and source link, by keyboard alone', async () => {
	await page.goto('/?year=1985');
	await waitForMap(page, 1985);

	// The slider: arrows step the year and the map follows.
	const slider = page.getByRole('slider', { name: 'Year' });
	await tabTo(page, slider);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveValue('1987');
	await waitForMap(page, 1987);

	// Play and pause.
	const play = page.getByRole('button', { name: 'Play', exact: true });
	await tabTo(page, play);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeFocused();
	await expect(slider).not.toHaveValue('1987');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	const year = Number(await slider.inputValue());
	await waitForMap(page, year);

	// A state, chosen by typing in the picker, opens its panel with cited reasons. Its first
	// letter: a select's type-ahead forgets after a second between keys, which a busy machine can
	// take to deliver each one (then "Vietnam" ends on a state with an "a"); V is only Vietnam.
	const picker = page.getByRole('combobox', { name: 'State' });
	await tabTo(page, picker);
	await page.keyboard.type('V');
	const panel = page.getByTestId('state-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`Vietnam in ${year}`);
	// Tab reaches into the panel: its first link, to a cited paragraph.
	await tabTo(page, panel.getByRole('link').first());

	// The places list opens from its summary; a place opens its popup, which takes focus.
	await tabTo(page, page.locator('summary', { hasText: 'Places' }));
	await page.keyboard.press('Enter');
	await tabTo(
		page,
		page.locator('details.places').getByRole('button', { name: 'Cam Ranh Bay', exact: true })
	);
	await page.keyboard.press('Enter');
	const popup = page.getByTestId('place-popup');
	await expect(popup.getByRole('heading', { name: 'Cam Ranh Bay' })).toBeVisible();
	await expect(popup).toBeFocused();

	// From the popup, its source note: the page opens at the cited paragraph.
	await tabTo(page, popup.getByRole('link', { name: 'Source note' }).first());
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/sources\/(diplomat-2021|mazyrin-2012)#[a-z0-9-]+$/);
	const id = new URL(page.url()).hash.slice(1);
	await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('the embed: legend, slider and credit, by keyboard alone', async () => {
	await page.goto('/embed?year=1985');
	await waitForMap(page, 1985);
	const legend = page.locator('details.embed-legend');
	await expect(legend).toHaveAttribute('open', '');
	await tabTo(page, legend.locator('summary'));
	await page.keyboard.press('Enter');
	await expect(legend).not.toHaveAttribute('open');
	await page.keyboard.press('Enter');
	await expect(legend.getByText('Ally')).toBeVisible();

	const slider = page.getByRole('slider', { name: 'Year' });
	await tabTo(page, slider);
	await page.keyboard.press('End');
	await waitForMap(page, 2025);
	await tabTo(page, page.getByRole('link', { name: /Orbit atlas/ }));
});
