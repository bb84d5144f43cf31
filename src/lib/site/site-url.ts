/**
 * The address the atlas is published at. Pages are prerendered, so they cannot learn it from the
 * request; what must be absolute (link previews' images, the sitemap, the data package's
 * homepage) takes it from `ORBIT_SITE_URL` at build time, e.g.
 * `ORBIT_SITE_URL=https://atlas.example.edu/orbit/ npm run build`. Unset, it is the address
 * `npm start` serves.
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173/';

/**
 * The site's address as an absolute http(s) URL ending in `/`, with no query or fragment.
 * Throws, naming the variable, for anything else (the build stops rather than publish bad links).
 */
export function siteUrl(raw: string | undefined): string {
	const value = raw?.trim() || DEFAULT_SITE_URL;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`ORBIT_SITE_URL: "${value}" is not an absolute URL (e.g. https://atlas.example.edu/)`
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`ORBIT_SITE_URL: "${value}" must start with https:// or http://`);
	if (url.search || url.hash || url.username || url.password)
		throw new Error(`ORBIT_SITE_URL: "${value}" must not carry a query, a fragment or credentials`);
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return url.href;
}

/** An absolute URL for a site path such as `/data/datapackage.json` or `previews/atlas.png`. */
export function absoluteUrl(site: string, path: string): string {
	return new URL(path.replace(/^\/+/, ''), site).href;
}
