import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { releaseSharedPage, expect, hex, sharedPage, test, visit, waitForMap } from './fixtures';
import { RELATION_CLASSES } from '../../src/lib/codebook/classes';

/**
 * The year chart under the slider: the states in each class, year by year, stacked. What it
 * says must be what the legend says, in both readings (every year is checked in Node, in
 * tests/unit/timeline/chart-legend.test.ts; here the page's own wiring, in a few years); a reader
 * reaches its years and its events from the keyboard and by pointing. One page for the file:
 * each test starts from its address, as Back or Forward would take it there.
 */

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

const FIRST = 1945;
const LAST = 2025;

const table = (page: Page) => page.getByRole('table', { name: /^States in each class by year/ });
const readout = (page: Page) => page.locator('.year-chart [aria-live="polite"]');
const legendCounts = (page: Page) =>
	page.locator('section.legend li:not(.note):not(.uncoded) .count');
/** The legend's eight counts as it shows them ("3", then " states this year" for screen readers). */
const legendSays = (counts: number[]) =>
	counts.map((n) => new RegExp(`^${n}\\s*states this year$`));

/** The chart's table as a screen reader gets it: year -> the eight counts, in legend order. */
async function tableRows(page: Page, reading: string): Promise<Map<number, number[]>> {
	await expect(table(page)).toHaveAccessibleName(
		`States in each class by year (${reading} reading)`
	);
	const head = table(page).locator('thead th');
	await expect(head).toHaveText(['Year', ...RELATION_CLASSES.map((c) => c.label)]);
	const rows = table(page).locator('tbody tr');
	await expect(rows).toHaveCount(LAST - FIRST + 1);
	const cells = await rows.evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => Number(c.textContent)))
	);
	return new Map(cells.map(([year, ...counts]) => [year, counts]));
}

/** "1979: 1 Moscow, 3 Ally, …", classes with no states left out, as the readout says it. */
const sentence = (year: number, counts: number[]) =>
	`${year}: ` +
	RELATION_CLASSES.flatMap((c, i) => (counts[i] ? [`${counts[i]} ${c.label}`] : [])).join(', ');

/** Years whose counts differ most from their neighbours', and the ends. */
const SPOT_YEARS = [FIRST, 1965, 1979, 1991, 1992, LAST];

test("both readings: the legend says the chart's counts, in the years checked", async () => {
	await visit(page, `/?year=${FIRST}`);
	await waitForMap(page, FIRST);
	const slider = page.getByRole('slider', { name: 'Year' });
	for (const reading of ['assessed', 'formal'] as const) {
		if (reading === 'formal') await page.getByRole('radio', { name: 'Formal' }).check();
		const rows = await tableRows(page, reading);
		// Every year has states, and the total is the legend's total too (nothing uncounted).
		for (const [year, counts] of rows)
			expect(
				counts.some((n) => n > 0),
				String(year)
			).toBe(true);
		// The legend as a reader sees it, a year at a time, moving the slider.
		for (const year of SPOT_YEARS) {
			await slider.fill(String(year));
			await expect(slider).toHaveValue(String(year));
			await expect(legendCounts(page), `${reading} legend in ${year}`).toHaveText(
				legendSays(rows.get(year)!)
			);
		}
	}
});

test('the chart follows a switch of reading, table and all', async () => {
	await visit(page, '/?year=1979');
	await waitForMap(page, 1979);
	const assessed = await tableRows(page, 'assessed');
	await page.getByRole('radio', { name: 'Formal' }).check();
	const formal = await tableRows(page, 'formal');
	expect([...formal.values()]).not.toEqual([...assessed.values()]);
	await expect(legendCounts(page)).toHaveText(legendSays(formal.get(1979)!));
});

test('the years by keyboard: one tab stop, arrows read a year aloud, Enter goes to it', async () => {
	await visit(page, '/?year=1979');
	await waitForMap(page, 1979);
	const rows = await tableRows(page, 'assessed');
	const years = page.getByRole('toolbar', { name: /^Counts by year/ });
	// The one stop is the year shown.
	await expect(years.locator('[tabindex="0"]')).toHaveCount(1);
	await expect(years.getByRole('button', { name: '1979', exact: true })).toHaveAttribute(
		'tabindex',
		'0'
	);
	await page.getByRole('slider', { name: 'Year' }).focus();
	await page.keyboard.press('Tab');
	await expect(years.getByRole('button', { name: '1979', exact: true })).toBeFocused();
	await expect(readout(page)).toHaveText(sentence(1979, rows.get(1979)!));

	await page.keyboard.press('ArrowRight');
	await expect(years.getByRole('button', { name: '1980', exact: true })).toBeFocused();
	await expect(readout(page)).toHaveText(sentence(1980, rows.get(1980)!));
	// Reading a year does not go to it; Enter does.
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1979');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1980');
	await waitForMap(page, 1980);

	await page.keyboard.press('End');
	await expect(readout(page)).toHaveText(sentence(LAST, rows.get(LAST)!));
	await page.keyboard.press('Home');
	await expect(readout(page)).toHaveText(sentence(FIRST, rows.get(FIRST)!));
	await page.keyboard.press(' ');
	await waitForMap(page, FIRST);
	await expect(years.locator('[tabindex="0"]')).toHaveCount(1);

	// Leaving the chart clears the readout.
	await page.keyboard.press('Tab');
	await expect(readout(page)).toHaveText('');
});

test('pointing at a year says its counts; a click goes to it', async () => {
	await visit(page, '/?year=2000');
	await waitForMap(page, 2000);
	const rows = await tableRows(page, 'assessed');
	const columns = page.locator('.year-chart svg.columns');
	const box = (await columns.boundingBox())!;
	const at = (year: number) => ({
		x: box.x + ((year - FIRST + 0.5) / (LAST - FIRST + 1)) * box.width,
		y: box.y + box.height - 2
	});
	await page.mouse.move(at(1960).x, at(1960).y);
	await expect(readout(page)).toHaveText(sentence(1960, rows.get(1960)!));
	await expect(readout(page)).toBeVisible();
	await page.mouse.move(at(1991).x, at(1991).y);
	await expect(readout(page)).toHaveText(sentence(1991, rows.get(1991)!));
	await page.mouse.click(at(1991).x, at(1991).y);
	await waitForMap(page, 1991);
	await page.mouse.move(box.x + box.width / 2, box.y - 60);
	await expect(readout(page)).toHaveText('');
});

test('the events stay: one tab stop, arrows, and Enter opens the place in its year', async () => {
	await visit(page, '/?year=2000');
	await waitForMap(page, 2000);
	const events = page.getByRole('toolbar', { name: 'Events: jump to the year and open the place' });
	const buttons = events.getByRole('button');
	await expect(buttons.first()).toBeVisible(); // the chart comes once the map has drawn
	expect(await buttons.count()).toBeGreaterThan(50);
	await expect(events.locator('[tabindex="0"]')).toHaveCount(1);
	await buttons.first().focus();
	await page.keyboard.press('End');
	await expect(buttons.last()).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await expect(buttons.nth((await buttons.count()) - 2)).toBeFocused();
	await expect(events.locator('[tabindex="0"]')).toHaveCount(1);

	await events.getByRole('button', { name: /^1988-03-14: Johnson South Reef/ }).focus();
	await page.keyboard.press('Enter');
	await waitForMap(page, 1988);
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1988');
	await expect(
		page.getByTestId('place-popup').getByRole('heading', { name: 'Johnson South Reef' })
	).toBeVisible();
});

test('the current year’s column is drawn in the classes’ colours, in legend order', async () => {
	// 1985 has five classes of four states or more, so the order is read over most of the legend.
	await visit(page, '/?year=1985');
	await waitForMap(page, 1985);
	const rows = await tableRows(page, 'assessed');
	const columns = page.locator('.year-chart svg.columns');
	const png = PNG.sync.read(await columns.screenshot({ animations: 'disabled' }));
	const x = Math.round(((1985 - FIRST + 0.5) / (LAST - FIRST + 1)) * png.width);
	// Top to bottom through the middle of the column: the colours met, in turn.
	const runs: string[] = [];
	for (let y = 0; y < png.height; y++) {
		const i = (y * png.width + x) * 4;
		const c = hex([png.data[i], png.data[i + 1], png.data[i + 2]]);
		if (runs.at(-1) !== c) runs.push(c);
	}
	// Every class of four states or more (over 2 px tall, so a whole pixel of its own) shows, and
	// the classes met run in the legend's order.
	const tall = RELATION_CLASSES.filter((_, k) => rows.get(1985)![k] >= 4);
	expect(tall.length).toBeGreaterThanOrEqual(4);
	const colours = RELATION_CLASSES.map((c) => c.colour);
	const seen = runs.filter((c) => colours.includes(c as (typeof colours)[number]));
	for (const c of tall) expect(seen, `${c.label} in the 1985 column`).toContain(c.colour);
	const order = seen.map((c) => colours.indexOf(c as (typeof colours)[number]));
	expect(order).toEqual([...order].sort((a, b) => a - b));

	// The decade labels, and the year shown, stand on their columns (to the pixel).
	const chart = (await columns.boundingBox())!;
	const centre = (year: number) =>
		chart.x + ((year - FIRST + 0.5) / (LAST - FIRST + 1)) * chart.width;
	for (const year of [1960, 2020, 1985]) {
		const label = (await page.locator('.ticks text', { hasText: String(year) }).boundingBox())!;
		expect(Math.abs(label.x + label.width / 2 - centre(year)), String(year)).toBeLessThanOrEqual(1);
	}
});
