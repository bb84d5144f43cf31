/**
 * The embed as a guest in someone else's page: a host on another origin (localhost) frames the
 * atlas (127.0.0.1) with and without sandboxes, drives it, and keeps its keyboard and focus. The
 * plain frame (no sandbox, 800 × 500) is one host page for the tests that drive it: each starts
 * by setting it back to 1985 through the embed's own protocol, with the host's records cleared.
 */
import type { Locator, Page } from '@playwright/test';
import { resolve } from 'node:path';
import { RELATION_CLASSES } from '../../src/lib/codebook/classes';
import {
	releaseSharedPage,
	commonColour,
	expect,
	offsetFromCentre,
	origins,
	sharedPage,
	test
} from './fixtures';
import { packTourPayload, sampleTour } from './support/tour-payload';
import { serveStatic } from '../tools/static-server';

const VIEW = { zoom: 2, lat: 45, lon: 90 };
const moscow = RELATION_CLASSES[0].colour;
const colour = Object.fromEntries(RELATION_CLASSES.map((c) => [c.id, c.colour]));
/** Well inside China (Qinghai). */
const CHINA = [97, 35] as const;

interface Host {
	sent: () => Promise<Record<string, unknown>[]>;
	keys: () => Promise<string[]>;
	send: (message: unknown) => Promise<void>;
}

/**
 * A course page on another origin: a button, then the embed in a frame of `width` x `height` with
 * the given sandbox (undefined: none). It records what the embed posts and the keys it receives.
 */
async function openHost(
	page: Page,
	{
		sandbox,
		query = 'year=1985',
		width = 800,
		height = 500
	}: Record<string, string | number | undefined> = {}
): Promise<Host> {
	const attr = sandbox === undefined ? '' : ` sandbox="${sandbox}"`;
	const { atlas, other } = origins();
	// A page the file shares may have served another host page before: this one replaces it.
	await page.unroute(`${other}/host.html`);
	await page.route(`${other}/host.html`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="en"><title>Course page</title><body>
<button id="before">A host button</button>
<iframe id="atlas" title="Orbit"${attr} style="width:${width}px;height:${height}px;border:0"
  src="${atlas}/embed?${query}#map=${VIEW.zoom}/${VIEW.lat}/${VIEW.lon}"></iframe>
<script>
  window.sent = []; window.keys = [];
  addEventListener('message', (e) => {
    if (e.source === document.getElementById('atlas').contentWindow) window.sent.push(e.data);
  });
  addEventListener('keydown', (e) => window.keys.push(e.key));
</script></body></html>`
		})
	);
	await page.goto(`${other}/host.html`);
	return {
		sent: () => page.evaluate(() => (window as unknown as { sent: [] }).sent),
		keys: () => page.evaluate(() => (window as unknown as { keys: [] }).keys),
		send: (message) =>
			page.evaluate((m) => {
				const frame = document.getElementById('atlas') as HTMLIFrameElement;
				frame.contentWindow!.postMessage(m, '*');
			}, message)
	};
}

/** What the embed posted of one type, as the host recorded it. */
async function posted(host: Host, type: string) {
	return (await host.sent()).filter((m) => m.type === type);
}

/** The most common colour of a small patch of the framed map around a place (lon, lat). */
async function colourInFrame(page: Page, map: Locator, lon: number, lat: number) {
	const box = (await map.boundingBox())!;
	const { dx, dy } = offsetFromCentre(lon, lat, VIEW);
	const [cx, cy] = [Math.round(box.width / 2 + dx), Math.round(box.height / 2 + dy)];
	// Only the patch read is captured.
	const clip = { x: box.x + cx - 4, y: box.y + cy - 4, width: 9, height: 9 };
	return commonColour(await page.screenshot({ clip }));
}

/** Errors the browser logged in any frame, less software GL's noise. */
function consoleErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && !/GPU stall/.test(m.text())) errors.push(m.text());
	});
	return errors;
}

// One tab for the file: each test opens its host page in it (a load), except that the tests
// driving the plain frame go on with the one the test before opened.
let shared: Page;
let plain: Host | undefined;
test.beforeAll(async ({ browser }, testInfo) => {
	shared = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(shared));

/** A host page of its own in the shared tab (the plain frame's is then gone). */
async function newHost(options: Parameters<typeof openHost>[1] = {}): Promise<Host> {
	plain = undefined;
	return openHost(shared, options);
}

/** The plain frame at 1985, no place, no tour, the assessed reading, and a host that has heard nothing yet. */
async function plainHost(): Promise<Host> {
	let sharedHost = plain;
	if (!sharedHost) sharedHost = plain = await openHost(shared);
	else {
		await sharedHost.send({
			type: 'orbit:set',
			year: 1985,
			place: null,
			scene: null,
			reading: 'assessed'
		});
		await shared.evaluate(() => {
			const host = window as unknown as { sent: unknown[]; keys: unknown[] };
			host.sent = [];
			host.keys = [];
		});
	}
	const frame = shared.frameLocator('#atlas');
	await frame
		.locator(
			'[data-testid="atlas-map"][data-idle="true"][data-year="1985"][data-reading="assessed"]'
		)
		.waitFor();
	await expect(frame.getByTestId('place-popup')).toHaveCount(0);
	await expect(frame.getByTestId('scene-card')).toHaveCount(0);
	return sharedHost;
}

// The plain frame last: the next tests go on with it.
for (const sandbox of ['allow-scripts', 'allow-scripts allow-same-origin', undefined]) {
	test(`the embed draws in a frame with ${sandbox === undefined ? 'no sandbox' : `sandbox="${sandbox}"`}`, async () => {
		const page = shared;
		const errors = consoleErrors(page);
		const host = sandbox === undefined ? await plainHost() : await newHost({ sandbox });
		const frame = page.frameLocator('#atlas');
		const map = frame.locator('[data-testid="atlas-map"][data-idle="true"][data-year="1985"]');
		await map.waitFor({ timeout: 30_000 });
		// Drawn, not a legend over an empty sea: the Soviet Union is in Moscow's colour.
		expect(await colourInFrame(page, map, 110, 62)).toBe(moscow);
		await expect.poll(async () => (await posted(host, 'orbit:state')).at(-1)?.year).toBe(1985);
		await expect(frame.getByTestId('map-fallback')).toHaveCount(0);
		// Started: neither the loading line nor the notice for a map that never starts is left.
		await expect(frame.getByTestId('stall-notice')).toHaveCount(0);
		await expect(frame.getByText('Loading the Orbit atlas')).toHaveCount(0);
		expect(errors).toEqual([]);
	});
}

test(
	'a frame that blocks scripts (sandbox="") shows a notice with a link, not an empty box',
	{
		tag: '@no-map'
	},
	async ({ page }) => {
		await openHost(page, { sandbox: '' });
		const frame = page.frameLocator('#atlas');
		await expect(frame.getByRole('alert')).toContainText('needs JavaScript');
		await expect(frame.getByRole('link', { name: 'Open the Orbit atlas' })).toHaveAttribute(
			'href',
			/\/$/
		);
		await expect(frame.getByText('Loading the Orbit atlas')).toBeHidden();
	}
);

test(
	'on a host without CORS headers, a sandboxed embed says within about 10 s that it cannot start, with a link',
	{ tag: '@no-map' },
	async ({ browser }) => {
		// A plain static server, as nginx is by default: no Access-Control-Allow-Origin, so an
		// opaque-origin frame's module scripts are refused and the app never starts. That refusal
		// is a page error, which the guarded page fixture would fail on: a context of its own.
		const host = await serveStatic(resolve('build'));
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		try {
			const atlas = host.origin;
			const address = `${atlas}/embed?year=1975&state=IND`;
			const other = atlas.replace('127.0.0.1', 'localhost');
			await page.route(`${other}/host.html`, (route) =>
				route.fulfill({
					contentType: 'text/html',
					body: `<!doctype html><html lang="en"><title>Course page</title><body>
<iframe id="atlas" title="Orbit" sandbox="allow-scripts" src="${address}"></iframe></body></html>`
				})
			);
			await page.goto(`${other}/host.html`);
			const frame = page.frameLocator('#atlas');
			const notice = frame.getByTestId('stall-notice');
			await expect(notice).toBeVisible({ timeout: 30_000 });
			await expect(notice).toContainText('The map could not start in this frame');
			await expect(notice).toContainText("this site's /embed, with the same query");
			await expect(frame.getByText('Loading the Orbit atlas')).toBeHidden();
			await expect(frame.getByTestId('atlas-map')).toHaveCount(0);
			// The link opens this very address (year and state kept) in a new tab.
			const link = notice.getByRole('link', { name: 'Open it in a new tab' });
			await expect(link).toHaveAttribute('target', '_blank');
			expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(address);
			// What stopped it: the app's first module, refused for want of CORS; nothing else.
			expect(errors).toEqual([
				expect.stringMatching(/Failed to fetch dynamically imported module/)
			]);
		} finally {
			await context.close();
			await host.stop();
		}
	}
);

test('driving the embed never takes the host’s focus; its clicker keys stay with the host', async () => {
	const page = shared;
	const host = await plainHost();
	const frame = page.frameLocator('#atlas');
	await page.getByRole('button', { name: 'A host button' }).focus();
	await host.send({ type: 'orbit:set', year: 1988, place: 'cam-ranh-bay' });
	await expect(frame.getByTestId('place-popup')).toBeVisible();
	await frame.locator('[data-testid="atlas-map"][data-idle="true"][data-year="1988"]').waitFor();
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
	await page.keyboard.press('PageDown');
	expect(await host.keys()).toEqual(['PageDown']);
});

test('keys the embed has no use for reach the host as orbit:key; its own keys stay', async () => {
	const page = shared;
	const host = await plainHost();
	const frame = page.frameLocator('#atlas');
	const keysSent = async () => (await posted(host, 'orbit:key')).map((m) => m.key);

	// The reader clicks into the embed (on the year, which takes no keys), then uses a clicker.
	await frame.locator('output.year').click();
	await page.keyboard.press('PageDown');
	await expect.poll(keysSent).toEqual(['PageDown']);
	await page.keyboard.press('ArrowRight');
	await expect.poll(keysSent).toEqual(['PageDown', 'ArrowRight']);
	await expect(frame.locator('output.year')).toHaveText('1985');

	// On the slider the arrows move the year; the clicker's keys still belong to the deck.
	await frame.getByRole('slider', { name: 'Year' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(frame.locator('output.year')).toHaveText('1986');
	await page.keyboard.press('PageUp');
	await expect.poll(keysSent).toEqual(['PageDown', 'ArrowRight', 'PageUp']);
	await expect(frame.locator('output.year')).toHaveText('1986');

	// In a tour (opened by the host), PageDown steps the scenes instead. China's first scene
	// asks the room: the host hears `asking: true` until PageDown reveals it; the next goes on.
	const lastState = async () => (await posted(host, 'orbit:state')).at(-1);
	await host.send({ type: 'orbit:set', scene: 'china/1' });
	await expect(frame.getByTestId('scene-card')).toContainText('scene 1 of');
	await expect.poll(lastState).toMatchObject({ scene: 'china/1', asking: true });
	await frame.getByTestId('scene-card').getByRole('heading').click();
	await page.keyboard.press('PageDown');
	await expect(frame.getByTestId('scene-card')).toHaveAttribute('data-step', 'answer');
	await expect.poll(async () => (await lastState())?.asking).toBeUndefined();
	expect(await lastState()).toMatchObject({ scene: 'china/1' });
	await page.keyboard.press('PageDown');
	await expect(frame.getByTestId('scene-card')).toContainText('scene 2 of');
	expect(await keysSent()).toEqual(['PageDown', 'ArrowRight', 'PageUp']);
});

test('a host switches the reading and plays a reader’s tour by message, and hears both', async () => {
	const page = shared;
	const host = await plainHost();
	const frame = page.frameLocator('#atlas');
	const map = frame.getByTestId('atlas-map');
	const last = async () => (await posted(host, 'orbit:state')).at(-1);

	// 1965: China's 1950 treaty with Moscow was in force (formal: an ally), the split was not
	// (assessed: strained).
	await host.send({ type: 'orbit:set', year: 1965 });
	await expect.poll(async () => (await last())?.year).toBe(1965);
	expect(await last()).toMatchObject({ reading: 'assessed', scene: null });
	expect(await colourInFrame(page, map, ...CHINA)).toBe(colour.strained);
	await host.send({ type: 'orbit:set', reading: 'formal' });
	// Said once drawn: the pixels are the formal reading's when the host hears it.
	await expect.poll(async () => (await last())?.reading).toBe('formal');
	expect(await colourInFrame(page, map, ...CHINA)).toBe(colour.ally);
	await expect(frame.locator('#legend-title')).toContainText('formal reading');

	// A reader's tour by its link payload: its first scene, reported once its year is drawn.
	await host.send({ type: 'orbit:set', tour: packTourPayload(sampleTour) });
	await expect.poll(async () => (await last())?.scene).toBe('custom/1');
	expect(await last()).toMatchObject({ year: 1960, place: 'vladivostok', reading: 'formal' });
	await expect(frame.getByTestId('scene-card')).toContainText('Vladivostok');
	// The reader steps it with the clicker inside the embed: the host hears the scene.
	await frame.getByTestId('scene-card').getByRole('heading').click();
	await page.keyboard.press('PageDown');
	await expect.poll(async () => (await last())?.scene).toBe('custom/2');
	expect((await last())?.year).toBe(1985);
	// null ends it.
	await host.send({ type: 'orbit:set', tour: null });
	await expect.poll(async () => (await last())?.scene).toBeNull();
	await expect(frame.getByTestId('scene-card')).toHaveCount(0);
});

test('the embed tells its host the height it would like, and again when its width changes', async () => {
	const page = shared;
	// A fresh host page: the heights the embed posts from its start.
	const host = await newHost({ width: 800 });
	const heights = async () => (await posted(host, 'orbit:height')).map((m) => m.height as number);
	await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
	const wide = (await heights()).at(-1)!;
	// 800 px wide: a 16:10 map (500 px) and the controls below it.
	expect(wide).toBeGreaterThan(500);
	expect(wide).toBeLessThan(700);
	await page.evaluate(() => (document.getElementById('atlas')!.style.width = '400px'));
	await expect.poll(async () => (await heights()).at(-1)).toBeLessThan(wide);
});

test('at 640 x 400 the map comes first: the legend starts folded', async () => {
	const page = shared;
	await newHost({ width: 640, height: 400 });
	const frame = page.frameLocator('#atlas');
	await frame.locator('[data-testid="atlas-map"][data-idle="true"][data-year="1985"]').waitFor();
	const legend = frame.locator('details.embed-legend');
	await expect(legend).not.toHaveAttribute('open');
	const fold = (await legend.boundingBox())!;
	expect(fold.width * fold.height).toBeLessThan(0.05 * 640 * 400);
});

test(
	'a map whose worker cannot start says so and shows the year as a table',
	{
		tag: '@no-map'
	},
	async ({ page }) => {
		const errors = consoleErrors(page);
		await page.route('**/*maplibre-gl-worker*', (route) => route.abort());
		await page.goto('/embed?year=1985');
		const fallback = page.getByTestId('map-fallback');
		await expect(fallback.getByRole('alert')).toContainText('worker');
		await expect(page.getByRole('alert')).toHaveCount(1);
		await expect(
			page.getByTestId('year-table').getByRole('row', { name: /Soviet Union/ })
		).toContainText('Moscow');
		expect(errors.filter((e) => !/worker|Failed to load resource/i.test(e))).toEqual([]);
	}
);

test('a map that loses its graphics context says so and shows the year as a table', async () => {
	const page = shared;
	plain = undefined;
	await page.goto('/embed?year=1985');
	await page.locator('[data-testid="atlas-map"][data-idle="true"][data-year="1985"]').waitFor();
	// What a driver reset or a tab starved of GPU memory does to a map.
	await page.evaluate(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
		canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
	});
	await expect(page.getByTestId('map-fallback').getByRole('alert')).toContainText('graphics');
	await expect(
		page.getByTestId('year-table').getByRole('row', { name: /Soviet Union/ })
	).toContainText('Moscow');
});
