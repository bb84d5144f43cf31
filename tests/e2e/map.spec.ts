/**
 * The map as a reader first meets it: the year's colours, the slider by key and by drag, the
 * 1991/1992 edge, an address it cannot use, a click on a state, and the address across a
 * reload. One page for the file; each test starts from its address, as Back or Forward would
 * take it there.
 */
import type { Page } from '@playwright/test';
import { RELATION_CLASSES } from '../../src/lib/codebook/classes';
import {
	releaseSharedPage,
	colourAt,
	dismissNotices,
	expect,
	offsetFromCentre,
	sharedPage,
	test,
	visit,
	waitForMap
} from './fixtures';

const colour = Object.fromEntries(RELATION_CLASSES.map((c) => [c.id, c.colour]));
const VIEW = { zoom: 3, lat: 42, lon: 95 };
const HASH = '#map=3/42/95';
// Points well inside each state at that view.
const at = {
	KAZ: [67, 48],
	UZB: [63.5, 41.5],
	RUS: [95, 57],
	MNG: [103, 46.5],
	VNM: [103.6, 21.6]
} as const;
const colourOf = (page: Page, iso: keyof typeof at) => colourAt(page, at[iso][0], at[iso][1], VIEW);

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

test('1985 draws one Soviet Union: Kazakhstan, Uzbekistan and Russia share its colour', async () => {
	await visit(page, `/?year=1985${HASH}`);
	await waitForMap(page, 1985);
	await expect(page.locator('output.year')).toHaveText('1985');
	// The started app removed the prerendered page's notice for a map that never starts.
	await expect(page.getByTestId('stall-notice')).toHaveCount(0);
	expect(await colourOf(page, 'KAZ')).toBe(colour.moscow);
	expect(await colourOf(page, 'UZB')).toBe(colour.moscow);
	expect(await colourOf(page, 'RUS')).toBe(colour.moscow);
});

test('keying the slider from 1985 to 1995 splits Kazakhstan off and recolours Vietnam and Mongolia', async () => {
	await visit(page, `/?year=1985${HASH}`);
	await waitForMap(page, 1985);
	const before = { VNM: await colourOf(page, 'VNM'), MNG: await colourOf(page, 'MNG') };

	const slider = page.getByRole('slider', { name: 'Year' });
	await slider.focus();
	for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveValue('1995');
	await expect(page.locator('output.year')).toHaveText('1995');
	await waitForMap(page, 1995);

	const kaz = await colourOf(page, 'KAZ');
	expect(kaz).not.toBe(await colourOf(page, 'RUS'));
	expect(kaz).not.toBe(colour.moscow);
	expect(await colourOf(page, 'RUS')).toBe(colour.moscow);
	expect(await colourOf(page, 'VNM')).not.toBe(before.VNM);
	expect(await colourOf(page, 'MNG')).not.toBe(before.MNG);
	await expect(page).toHaveURL(/[?&]year=1995(&|#|$)/);
});

test('the 1991/1992 edge: 1991 still shows the USSR, 1992 its successors', async () => {
	await visit(page, `/?year=1991${HASH}`);
	await waitForMap(page, 1991);
	expect(await colourOf(page, 'KAZ')).toBe(colour.moscow);
	await page.getByRole('button', { name: 'Next year' }).click();
	await waitForMap(page, 1992);
	expect(await colourOf(page, 'KAZ')).not.toBe(colour.moscow);
	expect(await colourOf(page, 'RUS')).toBe(colour.moscow);
});

test('dragging the slider moves the year and the map follows', async () => {
	await visit(page, `/?year=1985${HASH}`);
	await waitForMap(page, 1985);
	const slider = page.getByRole('slider', { name: 'Year' });
	const box = (await slider.boundingBox())!;
	const xOf = (year: number) => box.x + 8 + ((year - 1945) / 80) * (box.width - 16);
	await page.mouse.move(xOf(1985), box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(xOf(2000), box.y + box.height / 2, { steps: 8 });
	await page.mouse.move(xOf(2010), box.y + box.height / 2, { steps: 8 });
	await page.mouse.up();
	const year = Number(await slider.inputValue());
	expect(year).toBeGreaterThanOrEqual(2006);
	expect(year).toBeLessThanOrEqual(2014);
	await expect(page.locator('output.year')).toHaveText(String(year));
	await waitForMap(page, year);
	expect(await colourOf(page, 'KAZ')).not.toBe(colour.moscow);
});

test('PageUp/PageDown move a decade, Home/End go to the ends', async () => {
	await visit(page, `/?year=1985${HASH}`);
	await waitForMap(page, 1985);
	const slider = page.getByRole('slider', { name: 'Year' });
	await slider.focus();
	await page.keyboard.press('PageUp');
	await expect(slider).toHaveValue('1995');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expect(slider).toHaveValue('1975');
	await page.keyboard.press('Home');
	await expect(slider).toHaveValue('1945');
	await page.keyboard.press('End');
	await expect(slider).toHaveValue('2025');
	await waitForMap(page, 2025);
});

for (const [raw, shown] of [
	['abc', 2025],
	['3000', 2025],
	['1800', 1945],
	['', 2025]
] as const) {
	test(`?year=${raw || '(empty)'} still draws a map, at ${shown}, with a notice`, async () => {
		await dismissNotices(page);
		await visit(page, `/?year=${raw}${HASH}`);
		await expect(page.getByTestId('notice')).toBeVisible();
		await expect(page.getByTestId('notice')).toContainText(String(shown));
		await waitForMap(page, shown);
		await expect(page.locator('output.year')).toHaveText(String(shown));
		await page.getByRole('button', { name: 'Dismiss notice' }).click();
		await expect(page.getByTestId('notice')).toHaveCount(0);
		expect(await colourOf(page, 'RUS')).toBe(colour.moscow);
	});
}

test('clicking a state shows its class that year, the reason and the citations', async () => {
	await visit(page, `/?year=1985${HASH}`);
	await waitForMap(page, 1985);
	const map = page.getByTestId('atlas-map');
	const box = (await map.boundingBox())!;
	// Mongolia, from the same projection the pixel tests use.
	const { dx, dy } = offsetFromCentre(at.MNG[0], at.MNG[1], VIEW);
	await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);

	const panel = page.getByTestId('state-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Mongolia in 1985');
	await expect(panel.getByText('Ally', { exact: true })).toBeVisible();
	await expect(panel.locator('.reason').first()).not.toBeEmpty();
	await expect(panel.locator('.citations li').first()).toBeVisible();
	await expect(page).toHaveURL(/[?&]state=MNG/);

	// The panel follows the slider.
	await page.getByRole('slider', { name: 'Year' }).focus();
	await page.keyboard.press('PageUp');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Mongolia in 1995');
	await page.getByRole('button', { name: 'Close Mongolia' }).click();
	await expect(panel).toHaveCount(0);
});

test('a state can be chosen from the keyboard, and ?state= opens it', async () => {
	await visit(page, `/?year=1979&state=VNM${HASH}`);
	await waitForMap(page, 1979);
	const panel = page.getByTestId('state-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Vietnam in 1979');
	// The class, and again in the judgement that reads the practice as an alliance.
	await expect(panel.getByText('Ally', { exact: true }).first()).toBeVisible();
	// A paragraph citation links to our note on it, and to the original passage.
	await expect(panel.getByRole('link').first()).toHaveAttribute(
		'href',
		/^\/sources\/(diplomat-2021|mazyrin-2012)#[a-z]+-\d+$/
	);
	await expect(panel.getByRole('link', { name: 'original' }).first()).toHaveAttribute(
		'href',
		/^https?:\/\//
	);

	await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'India' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('India in 1979');
	await expect(panel.getByText(/Contested/)).toBeVisible();
});

test('the year and the view survive a reload', async () => {
	await visit(page, `/?year=1985${HASH}`);
	await waitForMap(page, 1985);
	// The chart under the slider has taken its height (it comes after the map's first frame and
	// shortens the map a few pixels): the view is settled before it is zoomed.
	await expect(page.getByRole('toolbar', { name: /^Counts by year/ })).toBeVisible();
	const slider = page.getByRole('slider', { name: 'Year' });
	await slider.focus();
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/year=1983/);
	// Zoom in with the map's own keyboard control, then wait for the hash to follow.
	await page.locator('.maplibregl-canvas').focus();
	await page.keyboard.press('Equal');
	await expect(page).toHaveURL(/#map=4\/42\/95/);
	const url = page.url();
	await page.reload();
	await waitForMap(page, 1983);
	await expect(page.locator('output.year')).toHaveText('1983');
	expect(page.url()).toBe(url);
});
