import { error } from '@sveltejs/kit';
import { ICONS, iconSvg } from '$lib/publish/icons';
import { renderPng } from '$lib/publish/render-png';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => ICONS.map((i) => ({ icon: i.id }));

export const GET: RequestHandler = ({ params }) => {
	const icon = ICONS.find((i) => i.id === params.icon);
	if (!icon) error(404, `No icon "${params.icon}"`);
	return new Response(new Uint8Array(renderPng(iconSvg(icon))), {
		headers: { 'content-type': 'image/png' }
	});
};
