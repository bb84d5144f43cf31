import { PAGES } from '$lib/publish/pages';
import { sitemapXml } from '$lib/publish/sitemap';
import { SITE_URL } from '$lib/site/site';

export const prerender = true;

export function GET() {
	return new Response(sitemapXml(PAGES, SITE_URL), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
}
