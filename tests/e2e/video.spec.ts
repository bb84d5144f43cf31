/**
 * Video export, through the UI: the file downloads, is a real MP4 (or WebM), and plays in
 * Chromium's own <video> with the expected length and frames that show the map. Each real
 * encode is as small as the dialog allows (its smallest size, its shortest hold, two years or
 * two scenes: the planning of longer ones is tested in Node, tests/unit/export/video-plan.test.ts).
 * One page for the file; each test starts from its address, as Back or Forward would take it.
 */
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { releaseSharedPage, expect, hex, sharedPage, test, visit, waitForMap } from './fixtures';
import { packTourPayload } from './support/tour-payload';

/** Opens the video dialog from the masthead's export menu (closing one left open first). */
async function openVideoDialog(page: Page) {
	if (await page.locator('dialog[open]').count()) await page.keyboard.press('Escape');
	await expect(page.locator('dialog[open]')).toHaveCount(0);
	await page.getByText('Image', { exact: true }).click();
	await page.getByRole('button', { name: 'Video of the years or the tour…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Make a video' });
	await expect(dialog).toBeVisible();
	return dialog;
}

/** How many maps are on the page (the main one, plus any offscreen map an export holds). */
const mapCount = (page: Page) => page.locator('.maplibregl-map').count();

interface Played {
	duration: number;
	width: number;
	height: number;
	/** Colours of a coarse grid over a frame, at each time asked for. */
	frames: string[][];
	error?: string;
}

/**
 * Plays `bytes` in a <video> of a page of its own: the atlas's policy allows blob: for images
 * only, and a test should not loosen it. The page is served by a route, on the same origin.
 */
async function play(page: Page, bytes: Buffer, type: string, times: number[]): Promise<Played> {
	const player = await page.context().newPage();
	const url = new URL('/__video-player.html', page.url()).href;
	await player.route(url, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><video muted></video>' })
	);
	await player.goto(url);
	const result = await player.evaluate(
		async ({ base64, type, times }) => {
			const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const video = document.querySelector('video')!;
			const failed = () => new Error(`the video does not play: ${video.error?.message}`);
			await new Promise((resolve, reject) => {
				video.onloadeddata = resolve;
				video.onerror = () => reject(failed());
				video.src = URL.createObjectURL(new Blob([data], { type }));
			});
			const canvas = document.createElement('canvas');
			canvas.width = video.videoWidth;
			canvas.height = video.videoHeight;
			const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
			const frames: string[][] = [];
			for (const t of times) {
				// Seeked, and the frame at `t` presented: on a busy machine `seeked` can come before
				// the new frame reaches the element, and drawImage would take the old one. Chromium
				// reports a seek's frame by requestVideoFrameCallback; a second at most, in case not.
				await new Promise((resolve, reject) => {
					let seeked = false;
					let shown = false;
					const done = () => seeked && shown && resolve(null);
					video.onseeked = () => ((seeked = true), done());
					video.requestVideoFrameCallback(() => ((shown = true), done()));
					setTimeout(() => ((shown = true), done()), 1000);
					video.onerror = () => reject(failed());
					video.currentTime = t;
				});
				ctx.drawImage(video, 0, 0);
				const colours: string[] = [];
				for (let y = 0.05; y < 1; y += 0.05)
					for (let x = 0.05; x < 1; x += 0.05) {
						const [r, g, b] = ctx.getImageData(x * canvas.width, y * canvas.height, 1, 1).data;
						// Coarse bins, so compression noise does not count as a colour of its own.
						colours.push([r, g, b].map((v) => v >> 4).join(','));
					}
				frames.push(colours);
			}
			return {
				duration: video.duration,
				width: video.videoWidth,
				height: video.videoHeight,
				frames
			};
		},
		{ base64: bytes.toString('base64'), type, times }
	);
	await player.close();
	return result;
}

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(page));

/** The decoded file of a finished export. */
async function bytesOf(download: import('@playwright/test').Download) {
	const fs = await import('node:fs/promises');
	return fs.readFile((await download.path())!);
}

test('cancelling a video stops it, downloads nothing and releases the offscreen map', async () => {
	await visit(page, '/?year=1989#map=3/42/95');
	await waitForMap(page, 1989);
	let downloads = 0;
	const count = () => downloads++;
	page.on('download', count);
	const dialog = await openVideoDialog(page);
	await dialog.getByLabel('First year').fill('1945');
	await dialog.getByLabel('Last year').fill('2025');
	// The smallest size offered: the offscreen map it makes is the one released.
	await dialog.getByLabel('Size').selectOption({ label: '1280 × 720' });
	await dialog.getByRole('button', { name: 'Make the video' }).click();
	// Wait until it is filming a year (the offscreen map exists), then cancel. A real progress
	// bar, named for what is being filmed, with a Cancel beside it that has the focus.
	await expect(dialog.getByRole('progressbar', { name: /^Year \d{4} of 1945-2025$/ })).toBeVisible({
		timeout: 60_000
	});
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	expect(await mapCount(page)).toBe(2);
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog.getByRole('button', { name: 'Make the video' })).toBeVisible();
	await expect(dialog.getByRole('progressbar')).toHaveCount(0);
	expect(await mapCount(page)).toBe(1);
	expect(downloads).toBe(0);
	await expect(page.getByTestId('notice')).toHaveCount(0);
	page.off('download', count);
});

test('a video of 1991-1992 downloads, is an MP4 or WebM, and plays each year held for its seconds', async () => {
	test.setTimeout(180_000);
	await visit(page, '/?year=1991#map=3/42/95');
	await waitForMap(page, 1991);
	const dialog = await openVideoDialog(page);
	await dialog.getByLabel('First year').fill('1991');
	await dialog.getByLabel('Last year').fill('1992');
	await dialog.getByLabel('Size').selectOption({ label: '1280 × 720' });
	await dialog.getByLabel('Each year held for').selectOption({ label: '0.5 s' });

	const downloaded = page.waitForEvent('download', { timeout: 120_000 });
	await dialog.getByRole('button', { name: 'Make the video' }).click();
	await expect(
		dialog.getByRole('progressbar', { name: /^Year 199(1|2) of 1991-1992$/ })
	).toBeVisible({ timeout: 60_000 });
	const download = await downloaded;
	const name = download.suggestedFilename();
	expect(name).toMatch(/^orbit-1991-1992-1280x720\.(mp4|webm)$/);
	await expect(dialog.getByRole('status')).toHaveText(`Saved ${name}.`);
	// The offscreen map is released once the file is made.
	expect(await mapCount(page)).toBe(1);

	const bytes = await bytesOf(download);
	const mp4 = name.endsWith('.mp4');
	if (mp4) expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
	else expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
	expect(bytes.length).toBeGreaterThan(20_000);

	// 2 years x 0.5 s; frames from 1991 and 1992 (the Soviet Union gone) differ.
	const played = await play(page, bytes, mp4 ? 'video/mp4' : 'video/webm', [0.25, 0.75]);
	expect([played.width, played.height]).toEqual([1280, 720]);
	expect(played.duration).toBeGreaterThan(0.8);
	expect(played.duration).toBeLessThan(1.2);
	const [first, last] = played.frames;
	expect(new Set(first).size, 'the frame is not blank').toBeGreaterThan(5);
	expect(new Set(last).size).toBeGreaterThan(5);
	const changed = first.filter((c, i) => c !== last[i]).length;
	expect(changed, 'the years differ on screen').toBeGreaterThan(3);
	await page.keyboard.press('Escape');
});

/** A reader's tour of two scenes: the Soviet Union, then its successors. */
const twoScenes = {
	type: 'orbit-tour',
	version: 1,
	title: 'Before and after',
	scenes: [
		{ title: 'The Union', year: 1991, view: { center: [95, 42], zoom: 3 }, note: 'Still one.' },
		{ title: 'Its successors', year: 1992, view: { center: [95, 42], zoom: 3 }, note: 'Many.' }
	]
};

test('the tour being played becomes a video, each scene held with its note', async () => {
	test.setTimeout(180_000);
	await visit(page, `/?tour=${packTourPayload(twoScenes)}`);
	await expect(page.getByTestId('scene-card')).toContainText('scene 1 of 2');
	await waitForMap(page, 1991);
	const dialog = await openVideoDialog(page);
	// A tour on screen is what the dialog offers first.
	const tour = dialog.getByRole('radio', { name: /^The tour “.+”, \d+ scenes$/ });
	await expect(tour).toBeChecked();
	const label = await tour.evaluate((el) => el.closest('label')?.textContent ?? '');
	const scenes = Number(label.match(/(\d+) scenes/)?.[1]);
	expect(scenes).toBe(2);
	await dialog.getByLabel('Size').selectOption({ label: '1280 × 720' });
	await dialog.getByLabel('Each scene held for').selectOption({ label: '3 s' });
	const downloaded = page.waitForEvent('download', { timeout: 120_000 });
	await dialog.getByRole('button', { name: 'Make the video' }).click();
	await expect(dialog.getByRole('progressbar', { name: /^Scene \d of \d+: / })).toBeVisible({
		timeout: 60_000
	});
	const download = await downloaded;
	expect(download.suggestedFilename()).toMatch(/^orbit-tour-custom-1280x720\.(mp4|webm)$/);
	const played = await play(
		page,
		await bytesOf(download),
		download.suggestedFilename().endsWith('.mp4') ? 'video/mp4' : 'video/webm',
		[1.5, 4.5]
	);
	expect(Math.abs(played.duration - scenes * 3)).toBeLessThan(0.3);
	expect(new Set(played.frames[0]).size).toBeGreaterThan(5);
	// Each scene is its own picture (its year, its note).
	expect(played.frames[0].filter((c, i) => c !== played.frames[1][i]).length).toBeGreaterThan(3);
	await page.keyboard.press('Escape');
	await page.getByTestId('scene-card').getByRole('button', { name: 'End tour' }).click();
});

test('the slide PNG is still drawn, now by the offscreen map a video uses', async () => {
	await visit(page, '/?year=1991#map=3/42/95');
	await waitForMap(page, 1991);
	await page.getByText('Image', { exact: true }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.getByRole('button', { name: 'Slide, 1920 × 1080 PNG' }).click()
	]);
	expect(download.suggestedFilename()).toBe('orbit-1991-1920x1080.png');
	const png = PNG.sync.read(await bytesOf(download));
	expect([png.width, png.height]).toEqual([1920, 1080]);
	const colours = new Set<string>();
	for (let i = 0; i < png.data.length; i += 4 * 97)
		colours.add(hex([png.data[i], png.data[i + 1], png.data[i + 2]]));
	expect(colours.size).toBeGreaterThan(30);
	expect(await mapCount(page)).toBe(1);
});
