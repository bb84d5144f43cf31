/**
 * Labels never collide: at a phone, a laptop and a 1920x1080 projector, for every year of the
 * atlas in its default view, no drawn label overlaps another or covers a place's dot. The boxes
 * are the ones MapLibre placed (support/label-boxes.ts), not pixels.
 */
import { test, expect, MAIN_MAP, waitForMap } from './fixtures';
import { boxCoversDot, boxesOverlap, drawnLabels } from './support/label-boxes';
import { FIRST_YEAR, LAST_YEAR } from '../../src/lib/years/years';

const SIZES = [
	{ name: 'phone', width: 375, height: 667 },
	{ name: 'laptop', width: 1280, height: 800 },
	{ name: 'projector', width: 1920, height: 1080 }
];

for (const size of SIZES) {
	test(`no label overlaps another or a dot, every year, ${size.name} ${size.width}x${size.height}`, async ({
		page
	}) => {
		test.setTimeout(300_000);
		await page.setViewportSize({ width: size.width, height: size.height });
		await page.goto(`/?year=${FIRST_YEAR}`);
		await waitForMap(page, FIRST_YEAR);
		const slider = page.getByRole('slider', { name: 'Year' });
		const problems: string[] = [];
		let most = 0;
		for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			if (year > FIRST_YEAR) {
				await slider.focus();
				await page.keyboard.press('ArrowRight');
				await waitForMap(page, year);
			}
			const { labels, dots } = await drawnLabels(page, MAIN_MAP);
			most = Math.max(most, labels.length);
			for (let i = 0; i < labels.length; i++) {
				for (let j = i + 1; j < labels.length; j++)
					if (boxesOverlap(labels[i].box, labels[j].box))
						problems.push(`${year}: "${labels[i].text}" overlaps "${labels[j].text}"`);
				for (const dot of dots)
					if (boxCoversDot(labels[i].box, dot))
						problems.push(`${year}: "${labels[i].text}" covers the dot of ${dot.place}`);
			}
		}
		expect(problems).toEqual([]);
		// The check saw labels: a map with none would pass it.
		expect(most).toBeGreaterThan(size.name === 'phone' ? 8 : 25);
	});
}

test('the projector view names the states in type readable from the back of a hall', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto('/?year=1979');
	await waitForMap(page, 1979);
	const { labels } = await drawnLabels(page, MAIN_MAP);
	const names = labels.map((l) => l.text.replace('\n', ' '));
	for (const name of ['Soviet Union', 'China', 'India', 'Japan', 'Mongolia'])
		expect(names).toContain(name);
	// A one-line country name's box is its line height (1.2 em) plus 2 px padding each side.
	const china = labels.find((l) => l.text === 'China')!;
	expect((china.box[3] - china.box[1] - 4) / 1.2).toBeGreaterThanOrEqual(16);
	const place = labels.find((l) => l.kind === 'place' && !l.text.includes('\n'));
	expect(place, 'a place named in 1979').toBeTruthy();
	expect((place!.box[3] - place!.box[1] - 4) / 1.2).toBeGreaterThanOrEqual(14);
});

test('presenter mode draws the labels larger, still without overlaps', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto('/?scene=china/1');
	await waitForMap(page);
	const card = page.getByTestId('scene-card');
	await expect(card).toContainText('scene 1 of');
	// The height of the tallest one-line country name drawn: its type size, plus padding.
	const tallest = async () =>
		Math.max(
			...(await drawnLabels(page, MAIN_MAP)).labels
				.filter((l) => l.kind === 'country' && !l.text.includes('\n'))
				.map((l) => l.box[3] - l.box[1])
		);
	const before = await tallest();
	expect(before).toBeGreaterThan(10);
	await card.getByRole('button', { name: 'Presenter mode' }).click();
	await expect(page.getByRole('banner')).toBeHidden();
	await expect.poll(tallest, { timeout: 30_000 }).toBeGreaterThan(before * 1.15);
	await waitForMap(page);
	const { labels } = await drawnLabels(page, MAIN_MAP);
	const overlapping = labels.flatMap((a, i) =>
		labels
			.slice(i + 1)
			.flatMap((b) => (boxesOverlap(a.box, b.box) ? [`${a.text} / ${b.text}`] : []))
	);
	expect(overlapping).toEqual([]);
});
