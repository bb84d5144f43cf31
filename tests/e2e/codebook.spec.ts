/**
 * The codebook as a reader meets it: two readings that recolour the whole site, a panel that names
 * the rule and the records behind a colour, the /method page those links land on, and the
 * downloads that carry both readings. One page for the map's tests: the first loads its address
 * (and goes Back to it), the others take it to theirs as Back or Forward would.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { RELATION_CLASSES } from '../../src/lib/codebook/classes';
import { absoluteUrl, siteUrl } from '../../src/lib/site/site-url';
import {
	releaseSharedPage,
	colourAt,
	dismissNotices,
	expect,
	MAIN_MAP,
	sharedPage,
	test,
	visit
} from './fixtures';

const colour = Object.fromEntries(RELATION_CLASSES.map((c) => [c.id, c.colour]));
const VIEW = { zoom: 3, lat: 42, lon: 95 };
const HASH = '#map=3/42/95';
/** Well inside China (Qinghai) at that view. */
const CHINA = [97, 35] as const;
const china = (page: Page) => colourAt(page, ...CHINA, VIEW);

/** The map idle in a year and a reading, as it stamps itself. */
async function waitForReading(page: Page, reading: string, year: number) {
	await page
		.locator(`${MAIN_MAP}[data-reading="${reading}"][data-idle="true"][data-year="${year}"]`)
		.waitFor({ timeout: 30_000 });
}

let shared: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	shared = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(shared));

test('?reading=formal recolours China in 1965: the 1950 treaty was still in force', async () => {
	const page = shared;
	// A real load (Back returns to it), which the later tests then take on from.
	await page.goto(`/?year=1965&reading=formal${HASH}`);
	await waitForReading(page, 'formal', 1965);
	// A map that opens in the formal reading is built in it: the year is written once, not twice.
	expect(await page.evaluate(() => performance.getEntriesByName('orbit:year-written').length)).toBe(
		1
	);
	await expect(page.getByRole('radio', { name: 'Formal' })).toBeChecked();
	await expect(page.getByRole('heading', { name: /formal reading/ })).toBeVisible();
	expect(await china(page)).toBe(colour.ally);

	// The control switches back to the default reading, and the address forgets the parameter.
	await page.getByRole('radio', { name: 'Assessed' }).check();
	await waitForReading(page, 'assessed', 1965);
	expect(await china(page)).toBe(colour.strained);
	await expect(page).not.toHaveURL(/reading=/);

	// Back returns to the formal reading, as the address said.
	await page.goBack();
	await waitForReading(page, 'formal', 1965);
	await expect(page.getByRole('radio', { name: 'Formal' })).toBeChecked();
	expect(await china(page)).toBe(colour.ally);
});

test('the reading control works by keyboard and puts the reading in the address', async () => {
	const page = shared;
	await visit(page, `/?year=1965${HASH}`);
	await waitForReading(page, 'assessed', 1965);
	expect(await china(page)).toBe(colour.strained);
	await page.getByRole('radio', { name: 'Assessed' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Formal' })).toBeChecked();
	await waitForReading(page, 'formal', 1965);
	await expect(page).toHaveURL(/[?&]reading=formal/);
	expect(await china(page)).toBe(colour.ally);
});

test('a bad reading falls back to the assessed one with a notice', async () => {
	const page = shared;
	await dismissNotices(page);
	await visit(page, `/?year=1965&reading=legal${HASH}`);
	await waitForReading(page, 'assessed', 1965);
	await expect(page.getByTestId('notice').first()).toContainText('not a reading');
	await expect(page.getByRole('radio', { name: 'Assessed' })).toBeChecked();
	expect(await china(page)).toBe(colour.strained);
});

test('the table of all states follows the reading', async () => {
	const page = shared;
	await visit(page, '/?year=1965&reading=formal');
	await waitForReading(page, 'formal', 1965);
	await page.getByRole('button', { name: 'Table of all states' }).click();
	const table = page.getByTestId('year-table');
	await expect(table.getByRole('row', { name: /^China/ })).toContainText('Ally');
	await page.getByRole('radio', { name: 'Assessed' }).check();
	await expect(table.getByRole('row', { name: /^China/ })).toContainText('Strained');
});

test('the panel names the rule and the records, and the rule link lands on /method', async () => {
	const page = shared;
	await visit(page, '/?year=1965&state=CHN&reading=formal');
	await waitForReading(page, 'formal', 1965);
	const panel = page.getByTestId('state-panel');
	await expect(panel.getByText('Ally', { exact: true })).toBeVisible();
	const why = panel.getByTestId('why-this-colour');
	const rule = why.getByRole('link', { name: /rule 6: A mutual-defence treaty/ });
	await expect(rule).toHaveAttribute('href', /\/method#rule-defence-treaty$/);
	await expect(why).toContainText(
		'Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance'
	);
	await expect(why).toContainText('11 April 1950');
	// The strip marks the years where the readings part, and says what the other one gives.
	await expect(
		panel.getByRole('button', { name: /^1965: Ally; assessed reading Strained/ })
	).toBeVisible();

	// The assessed reading shows the written judgement that sets the rule aside.
	await page.getByRole('radio', { name: 'Assessed' }).check();
	await waitForReading(page, 'assessed', 1965);
	await expect(panel.getByText('Strained', { exact: true }).first()).toBeVisible();
	await expect(why).toContainText('sets that rule aside');
	await expect(why.getByRole('link', { name: 'every departure' })).toHaveAttribute(
		'href',
		/\/method#judgement-chn-sino-soviet-split$/
	);

	await why.getByRole('link', { name: /rule 6/ }).click();
	await expect(page).toHaveURL(/\/method#rule-defence-treaty$/);
	await expect(page.locator('#rule-defence-treaty')).toBeInViewport();
	await expect(page.locator('#rule-defence-treaty')).toContainText('assistance');
});

test(
	'/method states every rule as an anchor and lists every departure',
	{ tag: '@no-map' },
	async ({ page }) => {
		await page.goto('/method');
		for (const id of [
			'year',
			'in-force',
			'union',
			'lapse',
			'government',
			'moscow',
			'armed-clash',
			'dependency',
			'no-relations',
			'combat-support',
			'defence-treaty',
			'moscow-alliance',
			'western-alliance',
			'adversarial',
			'friendship-treaty',
			'partnership',
			'bloc-member',
			'relations'
		])
			await expect(page.locator(`#rule-${id}`), id).toHaveCount(1);
		await expect(page.getByTestId('method-figures')).toContainText(
			/\d+ records, 13 deciding rules/
		);
		await expect(page.locator('#judgement-chn-sino-soviet-split')).toContainText(
			'China, 1961–1968'
		);
		// The hard cases of the 1.1 review, and the like cases the unit tests hold, are published.
		await expect(page.locator('#case-dead-treaties')).toContainText('convention 0.4');
		await expect(
			page
				.getByRole('region', { name: 'Like cases' })
				.getByRole('link', { name: 'North Korea 1951' })
		).toHaveAttribute('href', /\?year=1951&state=PRK$/);
	}
);

test(
	'the downloads carry the rule, the formal class, the records and a data package',
	{
		tag: '@no-map'
	},
	async ({ request }) => {
		const csv = await (await request.get('/data/relations.csv')).text();
		const [header, ...lines] = csv.trimEnd().split('\r\n');
		const columns = header.split(',');
		expect(columns).toEqual(
			expect.arrayContaining(['state', 'year', 'class', 'rule', 'formal_class'])
		);
		const china1965 = lines.find((l) => l.startsWith('CHN,China,1965,'))!.split(',');
		const field = (name: string) => china1965[columns.indexOf(name)];
		expect(field('class')).toBe('strained');
		expect(field('rule')).toBe('assessed');
		expect(field('formal_class')).toBe('ally');

		const records = await (await request.get('/data/records.csv')).text();
		expect(records.split('\r\n')[0]).toMatch(/^id,state,kind,date,end,.*title,.*citations/);
		expect(records).toContain('chn-treaty-1950,CHN,treaty-defence,1950-04-11,1980-04-11,');

		const pkg = (await (await request.get('/data/datapackage.json')).json()) as {
			resources: { path: string; schema?: { fields: { name: string }[] } }[];
		};
		const relations = pkg.resources.find((r) => r.path === 'relations.csv')!;
		expect(relations.schema!.fields.map((f) => f.name)).toEqual(columns);
		expect(pkg.resources.map((r) => r.path)).toEqual(
			expect.arrayContaining(['relations.csv', 'states.csv', 'records.csv', 'events.csv'])
		);
		const states = await (await request.get('/data/states.csv')).text();
		expect(states.split('\r\n')[0]).toBe('state,name,first_year,last_year,other_codes');
		expect(states).toContain('\r\nVNM,Vietnam,1945,2025,VDR\r\n');
	}
);

test('/method#atop shows the agreement with ATOP, the mapping, every difference and the credit', async () => {
	const page = shared;
	await page.goto('/method#atop');
	const atop = page.locator('#atop');
	await expect(
		atop.getByRole('heading', { name: 'Checked against ATOP', level: 2 })
	).toBeInViewport();
	const figures = page.getByTestId('atop-figures');
	await expect(figures).toContainText(/Of \d+ state-years compared, \d+ agree: \d+\.\d%/);
	await expect(figures).toContainText(/For defence pledges alone[\s\S]*\d+ agree: \d+\.\d%/);
	await expect(atop.getByRole('table')).toContainText('consul without defense');

	// A known difference: ATOP ends the 1950 treaty in 1980 as the atlas does, but counts the year.
	const china = atop.getByRole('article', { name: 'China' });
	await expect(china).toContainText('1980: ATOP defence pledge');
	await expect(china).toContainText('lapsed on 11 April 1980');
	const onMap = china.getByRole('link', { name: 'See China in 1980 on the map' });
	await expect(onMap).toHaveAttribute('href', /\?year=1980&state=CHN&reading=formal$/);

	await expect(atop).toContainText('Leeds');
	await expect(atop).toContainText('peacesciencer');
	const { violations } = await new AxeBuilder({ page })
		.include('#atop')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(
		violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
	).toEqual([]);
	await onMap.click();
	await waitForReading(page, 'formal', 1980);
	await expect(page.getByTestId('state-panel')).toContainText('China');
});

test(
	'/data/atop-comparison.csv downloads from /data with its header and is in the data package',
	{ tag: '@no-map' },
	async ({ page }) => {
		await page.goto('/data');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'atop-comparison.csv' }).click()
		]);
		expect(download.suggestedFilename()).toBe('atop-comparison.csv');
		const csv = await readFile((await download.path())!, 'utf8');
		const [header, ...lines] = csv.trimEnd().split('\r\n');
		expect(header).toBe(
			'state,name,year,atop_defense,atop_consul,atop_nonagg,atop_neutral,atop_offense,formal_class,assessed_class,agrees,reason'
		);
		expect(lines.find((l) => l.startsWith('CHN,China,1980,'))).toMatch(
			/,1,0,1,0,0,strained,strained,false,"ATOP ends/
		);
		const pkg = (await (await page.request.get('/data/datapackage.json')).json()) as {
			resources: { path: string; schema?: { fields: { name: string }[] } }[];
		};
		const resource = pkg.resources.find((r) => r.path === 'atop-comparison.csv')!;
		expect(resource.schema!.fields.map((f) => f.name)).toEqual(header.split(','));

		// How to load it: a snippet per language, reading from the published address (the build's).
		const load = page.getByRole('region', { name: 'Load it' });
		await expect(load.getByRole('heading', { level: 3 })).toHaveText([
			'R',
			'Python with pandas',
			'Python with frictionless',
			'JavaScript (Node)'
		]);
		await expect(load.locator('pre').first()).toContainText(
			`data <- "${absoluteUrl(siteUrl(process.env.ORBIT_SITE_URL), '/data/')}"`
		);
	}
);

test('an embed takes the reading from its address and names it in its legend', async () => {
	const page = shared;
	await page.goto(`/embed?year=1965&reading=formal${HASH}`);
	await waitForReading(page, 'formal', 1965);
	expect(await china(page)).toBe(colour.ally);
	// The legend may open folded on a small frame; its heading says the reading either way.
	await expect(page.locator('#legend-title')).toContainText('formal reading');
});
