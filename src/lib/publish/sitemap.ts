/** The sitemap and robots.txt, from the list of pages (pages.ts). */
import { absoluteUrl } from '$lib/site/site-url';
import { escapeAttribute } from './head-tags';
import type { PageEntry } from './pages';

export function sitemapXml(pages: readonly PageEntry[], site: string): string {
	// Every page, the embed too: it is a page of its own (the map, alone), and Lighthouse's SEO
	// audit, which every page must pass, counts a noindex page as blocked.
	const urls = pages.map(
		(p) => `\t<url><loc>${escapeAttribute(absoluteUrl(site, p.path))}</loc></url>`
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls,
		'</urlset>',
		''
	].join('\n');
}

/** Every crawler may read every page; the sitemap says which there are. */
export function robotsTxt(site: string): string {
	return [
		'User-agent: *',
		'Allow: /',
		'',
		`Sitemap: ${absoluteUrl(site, '/sitemap.xml')}`,
		''
	].join('\n');
}
