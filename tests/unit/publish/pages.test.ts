import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withHeadTags, relativeFrom } from '$lib/publish/head-tags';
import { PAGES, SITE_DESCRIPTION, pageEntry } from '$lib/publish/pages';
import { robotsTxt, sitemapXml } from '$lib/publish/sitemap';

const SITE = 'https://atlas.example.edu/orbit/';

/** Every page route's prerendered paths: its folder, or its entries for a parameter. */
async function routePaths(): Promise<string[]> {
	const routes = 'src/routes';
	const pageFiles = (readdirSync(routes, { recursive: true }) as string[]).filter((f) =>
		/(^|\/)\+page\.svelte$/.test(f)
	);
	const paths: string[] = [];
	for (const file of pageFiles) {
		const folder = file.replace(/\/?\+page\.svelte$/, '');
		const route = '/' + folder;
		const param = /\[(\w+)\]/.exec(folder);
		if (!param) {
			paths.push(route);
			continue;
		}
		const siblings = readdirSync(`${routes}/${folder}`);
		const module = siblings.find((f) => /^\+page(\.server)?\.ts$/.test(f));
		expect(module, `${route} has a +page.ts or +page.server.ts with entries`).toBeDefined();
		const { entries } = (await import(`../../../${routes}/${folder}/${module}`)) as {
			entries: () => Record<string, string>[];
		};
		for (const e of entries()) paths.push(route.replace(param[0], e[param[1]]));
	}
	return paths.sort();
}

describe('the list of pages', () => {
	it('has every prerendered page of the routes, and no other', async () => {
		const paths = await routePaths();
		expect(paths).toContain('/tours/china');
		expect(paths).toContain('/sources/mazyrin-2012');
		expect(PAGES.map((p) => p.path).sort()).toEqual(paths);
	});

	it('gives each page a description of its own, of a length a search result shows', () => {
		const descriptions = PAGES.map((p) => p.description);
		expect(new Set(descriptions).size).toBe(PAGES.length);
		for (const d of descriptions) {
			expect(d.length, d).toBeGreaterThanOrEqual(70);
			expect(d.length, d).toBeLessThanOrEqual(300);
		}
		expect(pageEntry('/')!.description).toBe(SITE_DESCRIPTION);
	});
});

describe('the head tags', () => {
	const html =
		'<html><head><title>Tour: Japan &amp; Russia · Orbit</title></head><body></body></html>';
	const tags = (path: string) => withHeadTags(html, pageEntry(path)!, SITE);
	const content = (out: string, key: string) =>
		new RegExp(`(?:name|property)="${key}" content="([^"]*)"`).exec(out)?.[1];

	it('say what a link preview needs, with absolute addresses on the published site', () => {
		const out = tags('/tours/japan');
		expect(content(out, 'og:title')).toBe('Tour: Japan &amp; Russia · Orbit');
		expect(content(out, 'og:url')).toBe('https://atlas.example.edu/orbit/tours/japan');
		expect(out).toContain(
			'<link rel="canonical" href="https://atlas.example.edu/orbit/tours/japan">'
		);
		expect(content(out, 'og:image')).toBe(
			'https://atlas.example.edu/orbit/previews/tour-japan.png'
		);
		expect(content(out, 'og:image:width')).toBe('1200');
		expect(content(out, 'og:image:height')).toBe('630');
		expect(content(out, 'og:image:alt')).toMatch(/Islands taken/);
		expect(content(out, 'og:description')).toBe(pageEntry('/tours/japan')!.description);
		expect(content(out, 'description')).toBe(content(out, 'og:description'));
		expect(content(out, 'og:type')).toBe('website');
		expect(content(out, 'og:site_name')).toBe('Orbit');
		expect(content(out, 'twitter:card')).toBe('summary_large_image');
		expect(content(out, 'theme-color')).toMatch(/^#[0-9a-f]{6}$/);
		expect(out).toContain('<link rel="manifest" href="../manifest.webmanifest">');
		expect(out).not.toContain('noindex');
		expect(out.indexOf('og:title')).toBeLessThan(out.indexOf('</head>'));
	});

	it('let every page be indexed, and escape what they quote', () => {
		expect(content(tags('/embed'), 'robots')).toBeUndefined();
		const quoted = withHeadTags('<head><title>A "b"</title></head>', pageEntry('/')!, SITE);
		expect(content(quoted, 'og:title')).toBe('A &quot;b&quot;');
		expect(content(quoted, 'description')).toBe(SITE_DESCRIPTION.replace(/'/g, "'"));
	});

	it('stop the build on a page without a title, naming it', () => {
		expect(() => withHeadTags('<head></head>', pageEntry('/method')!, SITE)).toThrow(
			'/method: the page has no <title>'
		);
	});

	it('link the manifest relative to the page, so a copy under a sub-path finds it', () => {
		expect(relativeFrom('/', '/manifest.webmanifest')).toBe('./manifest.webmanifest');
		expect(relativeFrom('/method', '/manifest.webmanifest')).toBe('./manifest.webmanifest');
		expect(relativeFrom('/sources/x', '/manifest.webmanifest')).toBe('../manifest.webmanifest');
	});
});

describe('sitemap.xml and robots.txt', () => {
	it('the sitemap lists every page once, by its absolute address', () => {
		const xml = sitemapXml(PAGES, SITE);
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(locs).toEqual(PAGES.map((p) => SITE + p.path.slice(1)));
		expect(locs).toContain('https://atlas.example.edu/orbit/');
		expect(locs).toContain('https://atlas.example.edu/orbit/tours/mazyrin');
		expect(locs).toContain('https://atlas.example.edu/orbit/embed');
		expect(xml).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/
		);
	});

	it('robots.txt allows every crawler and names the sitemap', () => {
		expect(robotsTxt(SITE)).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://atlas.example.edu/orbit/sitemap.xml\n'
		);
	});
});
