import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import type { Page } from '@playwright/test';
import { expect, releaseSharedPage, sharedPage, test } from './fixtures';

// A browser without WebGL: software rendering off, no GPU (locked-down lecture-hall machines).
test.use({
	launchOptions: {
		executablePath: CHROMIUM_PATH,
		args: [
			...CHROMIUM_ARGS.filter((a) => !a.includes('swiftshader')),
			'--disable-gpu',
			'--disable-software-rasterizer'
		]
	}
});

// One tab for the file's loads (in this WebGL-less browser).
let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

test(
	'without WebGL the page says so and shows the year as a table the slider still drives',
	{
		tag: '@no-map'
	},
	async () => {
		await page.goto('/?year=1985');
		const fallback = page.getByTestId('map-fallback');
		await expect(fallback.getByRole('alert')).toContainText('WebGL');
		// Said once: one alert, not one from the page and another from the map.
		await expect(page.getByRole('alert')).toHaveCount(1);
		const table = fallback.getByTestId('year-table');
		await expect(table.getByRole('caption')).toContainText('1985');
		await expect(table.getByRole('row', { name: /Soviet Union/ })).toContainText('Moscow');
		await expect(table.getByRole('columnheader', { name: 'Why' })).toBeVisible();

		const slider = page.getByRole('slider', { name: 'Year' });
		await slider.focus();
		await page.keyboard.press('PageUp');
		await expect(table.getByRole('caption')).toContainText('1995');
		await expect(table.getByRole('row', { name: /Kazakhstan/ })).not.toContainText('Moscow');
		await expect(page).toHaveURL(/year=1995/);
	}
);

test('the embed falls back to the table too', { tag: '@no-map' }, async () => {
	await page.goto('/embed?year=1965');
	await expect(page.getByTestId('map-fallback').getByRole('alert')).toContainText('WebGL');
	await expect(page.getByRole('alert')).toHaveCount(1);
	await expect(
		page.getByTestId('year-table').getByRole('row', { name: /South Vietnam/ })
	).toBeVisible();
});
