/**
 * Test yourself (/quiz): a seed asks the same ten questions on every load, the state asked about
 * is drawn in the neutral "?" fill until answered (its class colour after), the score counts
 * right and wrong answers as the published data has them, and it all works by keyboard alone.
 * One shared page; the questions are read from the page, the answers from /data/relations.json.
 */
import type { Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { HIDDEN_COLOUR, relationClass, type RelationClassId } from '../../src/lib/codebook/classes';
import { commonColour, expect, MAIN_MAP, releaseSharedPage, sharedPage, test } from './fixtures';
import { auditViolations } from './support/audits';

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

interface Row {
	state: string;
	name: string;
	year: number;
	class: RelationClassId;
}

/** The published class of each state-year, by "Name:year". */
async function publishedClasses(p: Page): Promise<Map<string, Row>> {
	const { rows } = (await (await p.request.get('/data/relations.json')).json()) as { rows: Row[] };
	return new Map(rows.map((r) => [`${r.name}:${r.year}`, r]));
}

/** The question shown, and its row of the published data. */
async function asked(p: Page, rows: Map<string, Row>) {
	const text = (await p.getByTestId('quiz-question').textContent())!.trim();
	const [, name, year] = /^How did (.+) stand with Moscow in (\d{4})\?$/.exec(text)!;
	const row = rows.get(`${name}:${year}`);
	expect(row, text).toBeDefined();
	return { text, row: row! };
}

/** The colour a reader sees well inside `state` on the map (away from its borders and labels). */
async function colourInside(p: Page, state: string): Promise<string> {
	const point = await p.evaluate(
		({ selector, state }) => {
			const el = document.querySelector(selector) as HTMLElement & { atlasMap: MapLibreMap };
			const map = el.atlasMap;
			const fills = map
				.getStyle()
				.layers.filter((l) => l.type === 'fill' && 'source' in l && l.source === 'polities')
				.map((l) => l.id);
			const inside = (x: number, y: number) =>
				map
					.queryRenderedFeatures([x, y], { layers: fills })
					.some((f) => f.properties.state === state);
			const marked = (x: number, y: number) =>
				map
					.queryRenderedFeatures([
						[x - 8, y - 8],
						[x + 8, y + 8]
					])
					.some((f) => f.source !== 'polities');
			const { width, height } = el.getBoundingClientRect();
			for (let y = 20; y < height - 20; y += 4)
				for (let x = 20; x < width - 20; x += 4)
					if ([-6, 6].every((dx) => [-6, 6].every((dy) => inside(x + dx, y + dy))) && !marked(x, y))
						return { x, y };
			return null;
		},
		{ selector: MAIN_MAP, state }
	);
	expect(point, `a point inside ${state}`).not.toBeNull();
	const box = (await p.locator(MAIN_MAP).boundingBox())!;
	return commonColour(
		await p.screenshot({
			clip: { x: box.x + point!.x - 3, y: box.y + point!.y - 3, width: 7, height: 7 },
			animations: 'disabled'
		})
	);
}

/** Presses Tab until `target` has focus (a keyboard user's way to it). */
async function tabTo(p: Page, target: ReturnType<Page['locator']>) {
	for (let i = 0; i < 40; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await p.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

test('a seed asks the same ten questions twice, hides the state until answered, and scores by keyboard', async () => {
	const rows = await publishedClasses(page);
	await page.goto('/quiz?seed=1');
	const texts: string[] = [];
	// Right on six questions, wrong on four.
	const rightOn = new Set([0, 1, 2, 4, 6, 8]);
	for (let i = 0; i < 10; i++) {
		await expect(page.getByText(`Question ${i + 1} of 10`, { exact: true })).toBeVisible();
		const { text, row } = await asked(page, rows);
		texts.push(text);
		const choices = page.getByTestId('quiz-choice');
		const offered = await choices.evaluateAll((els) => els.map((e) => e.dataset.class!));
		expect(offered).toHaveLength(4);
		expect(offered).toContain(row.class);
		const choice = rightOn.has(i) ? row.class : offered.find((c) => c !== row.class)!;

		const map = page.locator(MAIN_MAP);
		if (i === 0) {
			// The state asked about shows the neutral "?" fill, not its class.
			await page
				.locator(`${MAIN_MAP}[data-idle="true"][data-year="${row.year}"]`)
				.waitFor({ timeout: 30_000 });
			await expect(map).toHaveAttribute('data-hidden', row.state);
			expect(await colourInside(page, row.state)).toBe(HIDDEN_COLOUR);
		}

		// By keyboard: Tab to the answer, Enter (Space on odd questions).
		await tabTo(page, choices.and(page.locator(`[data-class="${choice}"]`)));
		await page.keyboard.press(i % 2 ? 'Space' : 'Enter');
		const heading = page.locator('#feedback-title');
		await expect(heading).toBeFocused();
		await expect(heading).toHaveText(rightOn.has(i) ? 'Right.' : 'Not quite.');
		await expect(page.getByTestId('quiz-answer')).toHaveText(relationClass(row.class).label);
		await expect(page.getByTestId('quiz-atlas-link')).toHaveAttribute(
			'href',
			`/?year=${row.year}&state=${row.state}`
		);

		if (i === 0) {
			// Answered: the state takes its class colour.
			await page.locator(`${MAIN_MAP}[data-idle="true"][data-hidden=""]`).waitFor();
			expect(await colourInside(page, row.state)).toBe(relationClass(row.class).colour);
			// The page passes the audits Lighthouse runs (the one audit of /quiz): question,
			// answers, map and feedback (the canvas's text alternative is the feedback itself).
			expect(await auditViolations(page, { exclude: ['.maplibregl-canvas-container'] })).toEqual(
				[]
			);
		}

		await tabTo(
			page,
			page.getByRole('button', { name: i < 9 ? 'Next question' : 'See your score' })
		);
		await page.keyboard.press('Enter');
		if (i < 9) await expect(page.getByTestId('quiz-question')).toBeFocused();
	}
	await expect(page.getByTestId('quiz-score-line')).toHaveText('6 of 10');
	await expect(page.getByRole('heading', { name: 'Your score: 6 of 10' })).toBeFocused();
	await expect(page.getByRole('row').nth(1)).toContainText('6 of 10');
	expect(new Set(texts).size).toBe(10);

	// A second load of the same seed asks the same ten (a region it cannot use is said, and
	// dropped), on a phone: the question, its map and the four answers all on the first screen.
	await page.setViewportSize({ width: 375, height: 667 });
	await page.goto('/quiz?seed=1&region=mars');
	await expect(page.getByTestId('notice')).toContainText('“mars” is not a region');
	await page.locator(`${MAIN_MAP}[data-idle="true"][data-year]`).waitFor({ timeout: 30_000 });
	for (const part of [page.getByTestId('quiz-question'), page.locator(MAIN_MAP)])
		await expect(part).toBeInViewport({ ratio: 1 });
	for (const choice of await page.getByTestId('quiz-choice').all())
		await expect(choice).toBeInViewport({ ratio: 1 });
	for (let i = 0; i < 10; i++) {
		await expect(page.getByText(`Question ${i + 1} of 10`, { exact: true })).toBeVisible();
		expect((await asked(page, rows)).text).toBe(texts[i]);
		await page.getByTestId('quiz-choice').first().click();
		await page.getByRole('button', { name: /^(Next question|See your score)$/ }).click();
	}
	await expect(page.getByTestId('quiz-score-line')).toHaveText(/^\d+ of 10$/);
	// Both scores are kept, the newest first.
	await expect(page.getByRole('row')).toHaveCount(3);
	await expect(page.getByRole('row').nth(2)).toContainText('6 of 10');
});
