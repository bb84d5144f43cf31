/**
 * What other programs read from the built site: link previews (every page's head tags and
 * picture), the sitemap and robots.txt, checked against the HTML files the build wrote; and the
 * web app manifest that installs the atlas, on a tour's page (no map to draw).
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type APIRequestContext } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { expect, test } from './fixtures';

/** The prerendered pages: the build's HTML files, less the example pages copied from static/. */
function builtPages(): string[] {
	const examples = new Set(readdirSync('static').filter((f) => f.endsWith('.html')));
	return (readdirSync('build', { recursive: true }) as string[])
		.filter((f) => f.endsWith('.html') && !examples.has(f))
		.map((f) => (f === 'index.html' ? '/' : '/' + f.replace(/\.html$/, '')))
		.sort();
}

/** A PNG's width and height, from its header. */
function pngSize(body: Buffer): [number, number] {
	expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
	return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

/** An absolute address of the published site (ORBIT_SITE_URL) as a path on this server. */
const pathOf = (url: string) => new URL(url).pathname;

async function get(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	return response;
}

test(
	'every page carries its link preview, and the sitemap lists every page',
	{ tag: '@no-map' },
	async ({ request }) => {
		const pages = builtPages();
		expect(pages).toEqual(expect.arrayContaining(['/', '/embed', '/method', '/tours/china']));
		const pictures = new Set<string>();
		const descriptions = new Set<string>();
		for (const path of pages) {
			const html = await (await get(request, path)).text();
			const tag = (key: string) =>
				new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
			const description = tag('description');
			expect(description?.length, `${path}: a description`).toBeGreaterThan(60);
			descriptions.add(description!);
			expect(tag('og:description'), path).toBe(description);
			expect(tag('og:title'), path).toBe(/<title>([^<]*)<\/title>/.exec(html)?.[1]);
			expect(pathOf(tag('og:url')!), path).toBe(path);
			expect(html, path).toContain(`<link rel="canonical" href="${tag('og:url')}">`);
			expect(tag('og:image'), path).toMatch(/^https?:\/\/.+\/previews\/[a-z-]+\.png$/);
			expect([tag('og:image:width'), tag('og:image:height')], path).toEqual(['1200', '630']);
			expect(tag('og:image:alt'), path).toMatch(/^Map of /);
			expect(tag('twitter:card'), path).toBe('summary_large_image');
			pictures.add(pathOf(tag('og:image')!));
			expect(tag('robots'), `${path} may be indexed`).toBeUndefined();
		}
		expect(descriptions.size, 'each page has a description of its own').toBe(pages.length);

		// Each picture is a real 1200 x 630 PNG: the atlas's and one per tour.
		expect(pictures.size).toBe(7);
		for (const picture of pictures) {
			const response = await get(request, picture);
			expect(response.headers()['content-type']).toBe('image/png');
			expect(pngSize(await response.body()), picture).toEqual([1200, 630]);
		}

		const sitemap = await get(request, '/sitemap.xml');
		expect(sitemap.headers()['content-type']).toMatch(/xml/);
		const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
			pathOf(m[1])
		);
		expect(locs.sort()).toEqual(pages);
		const robots = await (await get(request, '/robots.txt')).text();
		expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
		expect(robots).toMatch(/\nSitemap: https?:\/\/\S+\/sitemap\.xml\n/);
	}
);

test(
	"a tour's page: its picture, its scenes and a start, and the manifest that installs the atlas",
	{ tag: '@no-map' },
	async ({ page, request }) => {
		await page.goto('/tours/china');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'China after the Soviet collapse'
		);
		await expect(page.getByRole('link', { name: 'Start the tour' })).toHaveAttribute(
			'href',
			/^\.?\/?\?scene=china\/1$/
		);
		const scenes = page.locator('ol li h3 a');
		await expect(scenes).toHaveCount(8);
		await expect(scenes.nth(0)).toHaveText('Border war on the Ussuri, 1969');
		await expect(scenes.nth(7)).toHaveAttribute('href', /\?scene=china\/8$/);
		const picture = page.getByRole('img', { name: /Border war on the Ussuri/ });
		await expect
			.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
			.toBe(1200);

		// The manifest: linked, served as JSON, and its icons are the sizes it says.
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifestUrl = new URL(href!, page.url()).pathname;
		expect(manifestUrl).toBe('/manifest.webmanifest');
		const response = await get(request, manifestUrl);
		expect(response.headers()['content-type']).toMatch(/^application\/(manifest\+)?json/);
		const manifest = (await response.json()) as {
			display: string;
			start_url: string;
			icons: { src: string; sizes: string; purpose: string }[];
		};
		expect(manifest.display).toBe('standalone');
		expect(manifest.icons.map((i) => i.purpose).sort()).toEqual([
			'any',
			'any',
			'maskable',
			'maskable'
		]);
		for (const icon of manifest.icons) {
			const path = new URL(icon.src, new URL(manifestUrl, page.url())).pathname;
			const size = Number(icon.sizes.split('x')[0]);
			expect(pngSize(await (await get(request, path)).body()), path).toEqual([size, size]);
		}
		await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', /^#/);

		// Chromium's own verdict. It does not install from a private window, which every test
		// context is, so this asks a browser with a profile (a temporary one).
		const profile = await mkdtemp(join(tmpdir(), 'orbit-install-'));
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS
		});
		try {
			const tab = context.pages()[0] ?? (await context.newPage());
			await tab.goto(page.url());
			const cdp = await context.newCDPSession(tab);
			const app = await cdp.send('Page.getAppManifest', {});
			expect(app.errors).toEqual([]);
			expect(pathOf(app.url)).toBe('/manifest.webmanifest');
			const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
			expect(installabilityErrors).toEqual([]);
		} finally {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		}
	}
);
