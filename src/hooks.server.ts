import type { Handle } from '@sveltejs/kit';
import { withHeadTags } from '$lib/publish/head-tags';
import { pageEntry } from '$lib/publish/pages';
import { SITE_URL } from '$lib/site/site';

/**
 * Every prerendered page gets its description, canonical address, link-preview and manifest tags
 * (publish/head-tags.ts) written into its HTML here: none of it ships in the pages' JavaScript.
 */
export const handle: Handle = ({ event, resolve }) => {
	const page = pageEntry(event.url.pathname);
	if (!page) return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.includes('</head>') ? withHeadTags(html, page, SITE_URL) : html
	});
};
