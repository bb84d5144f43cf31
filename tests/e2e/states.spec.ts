/**
 * States: a click or an address opens a state's panel, its years and both readings; the year's
 * table; what a settled year announces; the downloads. One page for the file; each test starts
 * from its address, as Back or Forward would take it there.
 */
import type { Page } from '@playwright/test';
import {
	releaseSharedPage,
	expect,
	offsetFromCentre,
	sharedPage,
	test,
	visit,
	waitForMap,
	type View
} from './fixtures';

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

async function clickPlace(page: Page, lon: number, lat: number, view: View) {
	const box = (await page.getByTestId('atlas-map').boundingBox())!;
	const { dx, dy } = offsetFromCentre(lon, lat, view);
	await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
}

const panelTitle = (page: Page) =>
	page.getByTestId('state-panel').getByRole('heading', { level: 2 });

test('1965 draws two Vietnams and a Pakistan that includes Bangladesh', async () => {
	const view = { zoom: 4, lat: 18, lon: 98 };
	await visit(page, `/?year=1965#map=4/18/98`);
	await waitForMap(page, 1965);
	await clickPlace(page, 104.6, 21.7, view); // Yen Bai province, clear of the Hanoi marker
	await expect(panelTitle(page)).toHaveText('North Vietnam in 1965');
	await clickPlace(page, 107.9, 12.7, view); // the Central Highlands
	await expect(panelTitle(page)).toHaveText('South Vietnam in 1965');
	await clickPlace(page, 90.4, 23.8, view); // Dhaka
	await expect(panelTitle(page)).toHaveText('Pakistan in 1965');

	// In 1975 Dhaka is in Bangladesh.
	await page.getByRole('slider', { name: 'Year' }).focus();
	await page.keyboard.press('PageUp');
	await waitForMap(page, 1975);
	await clickPlace(page, 90.4, 23.8, view);
	await expect(panelTitle(page)).toHaveText('Bangladesh in 1975');
});

test('the timeline panel opens from a click and steps through the years', async () => {
	const view = { zoom: 3, lat: 42, lon: 95 };
	await visit(page, `/?year=1985#map=3/42/95`);
	await waitForMap(page, 1985);
	await clickPlace(page, 100, 35, view); // China
	const panel = page.getByTestId('state-panel');
	await expect(panelTitle(page)).toHaveText('China in 1985');
	const strip = panel.getByRole('toolbar');
	await expect(strip.getByRole('button')).toHaveCount(81);

	// Clicking a year in the strip moves the whole atlas there.
	await strip.getByRole('button', { name: /^1969:/ }).click();
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1969');
	await expect(panelTitle(page)).toHaveText('China in 1969');
	await expect(panel.getByText('Conflict', { exact: true })).toBeVisible();
	await waitForMap(page, 1969);

	// The strip is one tab stop; arrows move the year.
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1970');
	await expect(strip.getByRole('button', { name: /^1970:/ })).toBeFocused();
});

test('?state= opens the panel with both readings of a contested year', async () => {
	await visit(page, '/?year=1975&state=IND');
	await waitForMap(page, 1975);
	const panel = page.getByTestId('state-panel');
	await expect(panelTitle(page)).toHaveText('India in 1975');
	await expect(panel.getByRole('heading', { name: 'Coded as' })).toBeVisible();
	await expect(panel.getByRole('heading', { name: 'Contested reading' })).toBeVisible();
	await expect(panel.getByRole('link', { name: /india-\d+/ }).first()).toBeVisible();
	// The strip marks the contested years.
	await expect(panel.getByRole('button', { name: /^1975: .*contested/ })).toBeVisible();
});

test('the year table lists every coded state and opens one', async () => {
	await visit(page, '/?year=1985');
	await waitForMap(page, 1985);
	await page.getByRole('button', { name: 'Table of all states' }).click();
	const table = page.getByTestId('year-table');
	await expect(table.getByRole('caption')).toContainText('1985');
	await expect(table.getByRole('row', { name: /Soviet Union/ })).toContainText('Moscow');
	expect(await table.getByRole('row').count()).toBeGreaterThan(20);
	await table.getByRole('button', { name: 'Mongolia' }).click();
	await expect(panelTitle(page)).toHaveText('Mongolia in 1985');
	await page.getByRole('button', { name: 'Back to the map' }).click();
	await expect(table).toHaveCount(0);
});

test('a settled year is announced with what changed', async () => {
	await visit(page, '/?year=1991');
	await waitForMap(page, 1991);
	await page.getByRole('button', { name: 'Next year' }).click();
	// The page's announcement (the year chart under the slider has a live readout of its own).
	await expect(page.locator('[aria-live="polite"]:not(.year-chart *)')).toContainText(
		/Changed since 1991: .*Kazakhstan from moscow/
	);
});

test('the CSV and JSON downloads cover every coded state', async () => {
	await visit(page, '/?year=1985');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Data (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('relations.csv');
	const csv = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
	const lines = csv.trimEnd().split('\r\n');
	expect(lines[0]).toBe(
		'state,name,year,class,rule,formal_class,formal_rule,judgement,records,contested_class,confidence,reason,citations,interval_from,interval_to,contested_by,contested_reason,contested_citations'
	);
	expect(lines.filter((l) => l.startsWith('VNM,')).length).toBe(81);

	const response = await page.request.get('/data/relations.json');
	const data = (await response.json()) as {
		rows: { state: string; year: number; class: string }[];
	};
	expect(data.rows.find((r) => r.state === 'KAZ' && r.year === 1991)?.class).toBe('moscow');

	const events = await (await page.request.get('/data/events.csv')).text();
	expect(events.split('\r\n')[0]).toBe(
		'place,place_name,lon,lat,kind,date,summary,states,citations'
	);
	expect(events).toContain('cam-ranh-bay,Cam Ranh Bay,');
	const places = (await (await page.request.get('/data/places.json')).json()) as {
		places: { id: string }[];
	};
	expect(places.places.length).toBeGreaterThanOrEqual(30);
});
