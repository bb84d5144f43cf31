import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, waitForMap } from './fixtures';
import { serveWithNginx, type NginxServer } from '../tools/nginx';

/**
 * A lecture hall with no network: after one visit, the site, the embed, the source notes and
 * the downloads still work. The site is served by a server of our own which the test then
 * stops, and the browser is set offline too, so nothing can come from the network.
 */
test.use({ serviceWorkers: 'allow' });
// Each test loads the site several times, and takes a server down: give them room on a busy
// machine (every step waits on the page, not a clock).
test.slow();

let server: NginxServer;
let root: string;
// Each test serves its own copy of the build, which the update test changes.
test.beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'orbit-offline-'));
	await cp(resolve('build'), root, { recursive: true });
	server = await serveWithNginx(root);
});
test.afterEach(async () => {
	await server?.stop();
	if (root) await rm(root, { recursive: true, force: true });
});

type Page = import('@playwright/test').Page;

/** Until the offline worker controls the page: it has copied the site and taken over. */
async function untilControlled(page: Page) {
	await expect
		.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 })
		.toBe(true);
}

/** The first visit: the map at 1985, drawn; the worker registers after that, then takes over. */
async function firstVisit(page: Page, origin: string) {
	await page.goto(`${origin}/?year=1985`);
	await waitForMap(page, 1985);
	await untilControlled(page);
}

test('after one visit, the site, the embed and the source notes work with the network off', async ({
	page,
	context
}) => {
	const { origin } = server;
	await firstVisit(page, origin);

	await server.stop();
	await context.setOffline(true);
	expect(
		await page.evaluate(
			(url) =>
				fetch(url).then(
					() => 'answered',
					() => 'failed'
				),
			`${origin}/not-cached.txt`
		),
		'the network is really off'
	).toBe('failed');

	// The atlas, at another year, with a state's cited reasons (fetched on first use).
	await page.goto(`${origin}/?year=1975&state=IND`);
	await waitForMap(page, 1975);
	const panel = page.getByTestId('state-panel');
	await expect(panel.getByRole('heading', { name: 'Coded as' })).toBeVisible();
	await expect(panel.getByRole('link', { name: /india-\d+/ }).first()).toBeVisible();

	// A place's popup, in our words.
	await page.goto(`${origin}/?year=1993&place=etorofu-iturup`);
	await waitForMap(page, 1993);
	await expect(
		page
			.getByTestId('place-popup')
			.getByText(/japan-\d+/)
			.first()
	).toBeVisible();

	// The slider still moves the map.
	await page.getByRole('slider', { name: 'Year' }).focus();
	await page.keyboard.press('End');
	await waitForMap(page, 2025);
	// The address says so: this is the view the installed app comes back to (below).
	await expect(page).toHaveURL(/year=2025/);

	// The embed, as a lecture slide frames it.
	await page.goto(`${origin}/embed?year=1979#map=3/30/100`);
	await waitForMap(page, 1979);
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1979');

	// The source notes, scrolled to a paragraph.
	await page.goto(`${origin}/sources/diplomat-2021#japan-4`);
	await expect(page.locator('#japan-4')).toBeInViewport();

	// The data downloads.
	const csv = await page.evaluate(
		(url) => fetch(url).then((r) => r.text()),
		`${origin}/data/relations.csv`
	);
	expect(csv.split('\n')[0]).toMatch(/state/);
	expect(csv.split('\n').length).toBeGreaterThan(50);

	// The installed app: its manifest and icons come from the offline copy, each at its size.
	const icons = await page.evaluate(async (manifestUrl) => {
		const manifest = (await (await fetch(manifestUrl)).json()) as {
			icons: { src: string; sizes: string }[];
		};
		return Promise.all(
			manifest.icons.map(async (icon) => {
				const blob = await (await fetch(new URL(icon.src, manifestUrl))).blob();
				const bitmap = await createImageBitmap(blob);
				return [icon.sizes, `${bitmap.width}x${bitmap.height}`];
			})
		);
	}, `${origin}/manifest.webmanifest`);
	expect(icons.length).toBe(4);
	for (const [stated, drawn] of icons) expect(drawn).toBe(stated);

	// Launched at its bare start address, the installed app opens at the reader's last view of
	// the atlas (the Kurils' popup at 2025, left for the embed above), offline. Chromium cannot
	// emulate an installed window's display mode (CDP ignores display-mode), so the page is told
	// it is one: the only stand-in; the kept address and the reload are real.
	await page.addInitScript(() => {
		const real = window.matchMedia.bind(window);
		window.matchMedia = (query: string) =>
			query === '(display-mode: standalone)'
				? ({ ...real(query), matches: true, media: query } as MediaQueryList)
				: real(query);
	});
	await page.goto(`${origin}/`);
	// The page goes back to it as it starts, before its map: the address is the whole view (how
	// the atlas opens any address is tested elsewhere), so the test ends there.
	await expect(page).toHaveURL(/[?&]place=etorofu-iturup\b.*#map=/);
	expect(page.url()).toMatch(/[?&]year=2025\b/);
});

test('the source notes alone, visited once, work offline', async ({ page, context }) => {
	const { origin } = server;
	await page.goto(`${origin}/sources/mazyrin-2012`);
	await untilControlled(page);
	await server.stop();
	await context.setOffline(true);
	// The map page, never visited, comes from the copies made on the notes page.
	await page.goto(`${origin}/?year=1991`);
	await waitForMap(page, 1991);
	await page.goto(`${origin}/sources/mazyrin-2012`);
	await expect(page.locator('article.note').first()).toBeVisible();
});

test('a new deployment shows on the next load, and is what stays offline', async ({
	page,
	context
}) => {
	const { origin } = server;
	await firstVisit(page, origin);
	const cachesBefore = await page.evaluate(() => caches.keys());

	// Deploy a new build: a changed page and, as every build has, a new worker version.
	const index = join(root, 'index.html');
	await writeFile(
		index,
		(await readFile(index, 'utf8')).replace(
			'<head>',
			'<head><meta name="orbit-build" content="next">'
		)
	);
	const worker = join(root, 'service-worker.js');
	const version = JSON.parse(await readFile(join(root, '_app/version.json'), 'utf8')).version;
	await writeFile(worker, (await readFile(worker, 'utf8')).replace(version, `${version}-next`));

	await page.reload();
	await waitForMap(page, 1985);
	await expect(page.locator('meta[name="orbit-build"]')).toHaveAttribute('content', 'next');
	// The new worker takes over and the old copies are gone.
	await expect
		.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
		.toEqual(cachesBefore.map((k) => `${k}-next`));

	await server.stop();
	await context.setOffline(true);
	await page.reload();
	await waitForMap(page, 1985);
	await expect(page.locator('meta[name="orbit-build"]')).toHaveAttribute('content', 'next');
});
