/**
 * The tags a page's prerendered head carries for search engines, link previews and installing:
 * description, canonical address, Open Graph and Twitter card, the manifest and the theme colour.
 * Written into the HTML by src/hooks.server.ts, so they cost the pages' JavaScript nothing.
 */
import { absoluteUrl } from '$lib/site/site-url';
import { MANIFEST_PATH, THEME_COLOUR } from './manifest';
import { SITE_NAME, type PageEntry } from './pages';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview-svg';
import { previewPath, previewSpec } from './previews';

export function escapeAttribute(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** A site path as seen from a page: `/manifest.webmanifest` from `/sources/x` is `../manifest...`. */
export function relativeFrom(page: string, path: string): string {
	const depth = page.split('/').length - 2;
	return (depth > 0 ? '../'.repeat(depth) : './') + path.replace(/^\/+/, '');
}

export function headTags(page: PageEntry, title: string, site: string): string {
	const preview = previewSpec(page.preview);
	if (!preview) throw new Error(`${page.path}: no preview "${page.preview}" (publish/previews.ts)`);
	const url = absoluteUrl(site, page.path);
	const meta = (attr: 'name' | 'property', key: string, value: string | number) =>
		`<meta ${attr}="${key}" content="${escapeAttribute(String(value))}">`;
	return [
		meta('name', 'description', page.description),
		`<link rel="canonical" href="${escapeAttribute(url)}">`,
		`<link rel="manifest" href="${relativeFrom(page.path, MANIFEST_PATH)}">`,
		meta('name', 'theme-color', THEME_COLOUR),
		meta('property', 'og:site_name', SITE_NAME),
		meta('property', 'og:type', 'website'),
		meta('property', 'og:title', title),
		meta('property', 'og:description', page.description),
		meta('property', 'og:url', url),
		meta('property', 'og:image', absoluteUrl(site, previewPath(preview.id))),
		meta('property', 'og:image:type', 'image/png'),
		meta('property', 'og:image:width', PREVIEW_WIDTH),
		meta('property', 'og:image:height', PREVIEW_HEIGHT),
		meta('property', 'og:image:alt', preview.alt),
		meta('name', 'twitter:card', 'summary_large_image'),
		meta('name', 'twitter:image:alt', preview.alt)
	].join('');
}

/**
 * The page's HTML with the tags before `</head>`; `og:title` is the page's own `<title>`. A page
 * without a title stops the build, naming it.
 */
export function withHeadTags(html: string, page: PageEntry, site: string): string {
	const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
	if (title === undefined) throw new Error(`${page.path}: the page has no <title>`);
	const decoded = title
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
	return html.replace('</head>', `${headTags(page, decoded, site)}</head>`);
}
