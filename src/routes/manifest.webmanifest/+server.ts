import { webManifest } from '$lib/publish/manifest';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(webManifest(), null, '\t'), {
		headers: { 'content-type': 'application/manifest+json' }
	});
}
