import { error } from '@sveltejs/kit';
import { PREVIEWS, previewSpec, previewSvgFor } from '$lib/publish/previews';
import { notoText, renderPng } from '$lib/publish/render-png';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => PREVIEWS.map((p) => ({ id: p.id }));

export const GET: RequestHandler = ({ params }) => {
	const spec = previewSpec(params.id);
	if (!spec) error(404, `No preview "${params.id}"`);
	return new Response(new Uint8Array(renderPng(previewSvgFor(spec, notoText))), {
		headers: { 'content-type': 'image/png' }
	});
};
