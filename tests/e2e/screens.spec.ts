import type { Page } from '@playwright/test';
import {
	MAIN_MAP,
	releaseSharedPage,
	expect,
	offsetFromCentre,
	sharedPage,
	test,
	visit,
	waitForMap
} from './fixtures';

/**
 * Phones and projectors: the map keeps at least half of a phone's screen and its slider
 * answers a finger; on a 1920 × 1080 projector and at 200% browser zoom no control covers or
 * overlaps another and nothing runs off the side of the page.
 */

/** Share of the first screen (no scrolling) where a tap lands on the map itself. */
function mapShare(page: Page) {
	return page.evaluate((selector) => {
		const canvas = document.querySelector(`${selector} canvas`);
		const { innerWidth: w, innerHeight: h } = window;
		let hits = 0;
		let all = 0;
		for (let y = 2; y < h; y += 10)
			for (let x = 2; x < w; x += 10) {
				all++;
				if (document.elementFromPoint(x, y) === canvas) hits++;
			}
		return hits / all;
	}, MAIN_MAP);
}

/**
 * Every visible control and heading, each brought into view: one that another element covers
 * at its centre, that overlaps another control, or that leaves the page's width, is named.
 */
function layoutProblems(page: Page) {
	return page.evaluate(() => {
		const problems: string[] = [];
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
		const controls = [
			...document.querySelectorAll<HTMLElement>(
				'button, a[href], input, select, summary, output, h1, h2, [role="slider"]'
			)
		].filter((el) => {
			if (el.closest('svg') || !el.checkVisibility({ visibilityProperty: true })) return false;
			const r = el.getBoundingClientRect();
			return r.width > 2 && r.height > 2;
		});
		const width = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth > width)
			problems.push(
				`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`
			);
		const centre = (r: DOMRect) => ({
			x: Math.min(Math.max(r.left + r.width / 2, 0), width - 1),
			y: Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1)
		});
		const showsAtCentre = (el: HTMLElement) => {
			const { x, y } = centre(el.getBoundingClientRect());
			const top = document.elementFromPoint(x, y);
			const label = el.closest('label');
			return {
				top,
				ok: !!top && (el.contains(top) || top.contains(el) || (!!label && label.contains(top)))
			};
		};
		// Pairs, as the page first stands: the line boxes of two unrelated controls on screen
		// must not meet (a link that wraps is judged by its lines, not its bounding box).
		const shown = controls.filter((el) => {
			const r = el.getBoundingClientRect();
			return r.bottom > 0 && r.top < window.innerHeight && showsAtCentre(el).ok;
		});
		for (let i = 0; i < shown.length; i++)
			for (let j = i + 1; j < shown.length; j++) {
				const a = shown[i];
				const b = shown[j];
				if (a.contains(b) || b.contains(a)) continue;
				const meet = [...a.getClientRects()].some((ra) =>
					[...b.getClientRects()].some(
						(rb) =>
							Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 1 &&
							Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 1
					)
				);
				if (meet) problems.push(`${name(a)} overlaps ${name(b)}`);
			}
		// Each control, brought into view: nothing covers it and it stays within the width.
		for (const el of controls) {
			el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
			const r = el.getBoundingClientRect();
			if (r.left < -1 || r.right > width + 1) problems.push(`${name(el)} runs off the side`);
			const { top, ok } = showsAtCentre(el);
			if (!ok) problems.push(`${name(el)} is covered by ${top ? name(top) : 'nothing drawn'}`);
		}
		return problems;
	});
}

test.describe('on a phone (375 × 667, touch)', () => {
	const phone = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true };
	// One phone for the group: the first test loads the map page, the next takes it to its
	// address as Back would (scrolled back to the top, where a first view starts), the last loads
	// the embed.
	let page: Page;
	test.beforeAll(async ({ browser }, testInfo) => {
		page = await sharedPage(browser, testInfo, phone);
	});
	test.afterAll(() => releaseSharedPage(page));

	test('the map keeps at least half the screen and the slider follows a finger', async () => {
		await visit(page, '/?year=1985');
		await waitForMap(page, 1985);
		expect(await mapShare(page)).toBeGreaterThanOrEqual(0.5);
		expect(await layoutProblems(page)).toEqual([]);

		const slider = page.getByRole('slider', { name: 'Year' });
		await expect(slider).toBeInViewport();
		const box = (await slider.boundingBox())!;
		const at = (year: number) => box.x + ((year - 1945) / 80) * box.width;

		// A tap on the track moves the year there.
		await page.touchscreen.tap(at(1960), box.y + box.height / 2);
		const tapped = Number(await slider.inputValue());
		expect(Math.abs(tapped - 1960)).toBeLessThanOrEqual(2);
		await waitForMap(page, tapped);

		// A drag with a finger carries it along.
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: type === 'touchEnd' ? [] : [{ x, y: box.y + box.height / 2 }]
			});
		await touch('touchStart', at(tapped));
		for (let step = 1; step <= 8; step++)
			await touch('touchMove', at(tapped + (step * (2000 - tapped)) / 8));
		await touch('touchEnd', 0);
		const dragged = Number(await slider.inputValue());
		expect(Math.abs(dragged - 2000)).toBeLessThanOrEqual(2);
		await waitForMap(page, dragged);
		await expect(page.locator('output.year')).toHaveText(String(dragged));
	});

	test('a state tapped on the map says where its panel is, and a tap goes there', async () => {
		const view = { zoom: 1.5, lat: 40, lon: 100 };
		await visit(page, `/?year=1985#map=${view.zoom}/${view.lat}/${view.lon}`);
		await waitForMap(page, 1985);
		await page.evaluate(() => scrollTo(0, 0));
		const box = (await page.locator(MAIN_MAP).boundingBox())!;
		const { dx, dy } = offsetFromCentre(104, 33, view);
		await page.touchscreen.tap(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
		const chip = page.getByRole('button', { name: /^China in 1985: why this colour/ });
		await expect(chip).toBeVisible();
		const title = page.getByTestId('state-panel').getByRole('heading', { level: 2 });
		await expect(title).toHaveText('China in 1985');
		// The panel starts just below the slider; its reasons are off the screen until the tap.
		const reasons = page.getByTestId('state-panel').getByRole('heading', { name: 'Coded as' });
		await expect(reasons).toBeAttached();
		await expect(reasons).not.toBeInViewport();
		await chip.tap();
		await expect(title).toBeInViewport({ ratio: 1 });
		await expect(reasons).toBeInViewport();
		expect(await layoutProblems(page)).toEqual([]);
	});

	test('the embed keeps at least half the screen for its map, and nothing overlaps', async () => {
		await page.goto('/embed?year=1979');
		await waitForMap(page, 1979);
		expect(await mapShare(page)).toBeGreaterThanOrEqual(0.5);
		expect(await layoutProblems(page)).toEqual([]);
	});
});

for (const screen of [
	{ label: 'a 1920 × 1080 projector', viewport: { width: 1920, height: 1080 }, scale: 1 },
	// 200% browser zoom on that screen: half the CSS pixels, each drawn twice as large.
	{ label: '200% zoom on a 1920 × 1080 screen', viewport: { width: 960, height: 540 }, scale: 2 }
]) {
	test.describe(`on ${screen.label}`, () => {
		test.use({ viewport: screen.viewport, deviceScaleFactor: screen.scale });
		// The group's tab, at its size and pixel ratio; each test loads its page in it.
		let page: Page;
		test.beforeAll(async ({ browser }, testInfo) => {
			page = await sharedPage(browser, testInfo, {
				viewport: screen.viewport,
				deviceScaleFactor: screen.scale
			});
		});
		test.afterAll(() => releaseSharedPage(page));

		test('no control covers, overlaps or runs off another, with a state panel open', async () => {
			await page.goto('/?year=1985&state=VNM');
			await waitForMap(page, 1985);
			await expect(page.getByTestId('state-panel')).toBeVisible();
			await expect(
				page.getByTestId('state-panel').getByRole('heading', { name: 'Coded as' })
			).toBeVisible();
			expect(await layoutProblems(page)).toEqual([]);
		});

		// The embed at 1920 × 1080 (legend open, no overlaps) is the course-column group's largest.
		if (screen.scale === 1) return;
		test('the embed, legend open, has no overlaps', async () => {
			await page.goto('/embed?year=1985');
			await waitForMap(page, 1985);
			await expect(page.locator('details.embed-legend')).toHaveJSProperty('open', true);
			expect(await layoutProblems(page)).toEqual([]);
		});
	});
}

test.describe('an embed in a slide or a course column', () => {
	// One tab for the group; each test loads the embed in it at its size.
	let page: Page;
	test.beforeAll(async ({ browser }, testInfo) => {
		page = await sharedPage(browser, testInfo);
	});
	test.afterAll(() => releaseSharedPage(page));

	for (const [width, height, share] of [
		[320, 240, 0.4],
		[640, 400, 0.6],
		[1920, 1080, 0.8]
	]) {
		test(`at ${width} × ${height} the map comes first and nothing overlaps`, async () => {
			await page.setViewportSize({ width, height });
			await page.goto('/embed?year=1985');
			await waitForMap(page, 1985);
			// Folded below 720 × 450, so the legend never covers a small map.
			await expect(page.locator('details.embed-legend')).toHaveJSProperty(
				'open',
				width >= 720 && height >= 450
			);
			expect(await mapShare(page)).toBeGreaterThanOrEqual(share);
			expect(await layoutProblems(page)).toEqual([]);
		});
	}
});
