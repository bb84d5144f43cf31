import { robotsTxt } from '$lib/publish/sitemap';
import { SITE_URL } from '$lib/site/site';

export const prerender = true;

export function GET() {
	return new Response(robotsTxt(SITE_URL), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
