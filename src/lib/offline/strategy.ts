/**
 * What the service worker does with each request: a pure decision, tested in Node.
 *
 * - `cache-first`: the build's hashed files and the static files. A hashed name never changes
 *   its content, so the cached copy is always right and the network is never needed.
 * - `network-first`: pages and data downloads. Online, the reader gets the newest deployment
 *   on the next load; offline (or on a network that does not answer in time), the copy cached
 *   on the first visit.
 * - `pass`: anything else (other origins, non-GET): left to the browser.
 */
export type Strategy = 'cache-first' | 'network-first' | 'pass';

export interface OfflineManifest {
	/** Paths of the build's files (`/_app/...`) and of `static/`, as SvelteKit lists them. */
	readonly assets: ReadonlySet<string>;
	/** Paths of the prerendered pages and data files (`/`, `/embed`, `/data/relations.csv`...). */
	readonly pages: ReadonlySet<string>;
}

export function strategyFor(
	request: { method: string; url: string; mode?: string },
	origin: string,
	manifest: OfflineManifest
): Strategy {
	if (request.method !== 'GET') return 'pass';
	let url: URL;
	try {
		url = new URL(request.url);
	} catch {
		return 'pass';
	}
	if (url.origin !== origin) return 'pass';
	if (manifest.assets.has(url.pathname)) return 'cache-first';
	if (request.mode === 'navigate' || manifest.pages.has(url.pathname)) return 'network-first';
	return 'pass';
}

/**
 * The cache key a request is stored and looked up under. A page's query string (`?year=1979`)
 * and the view in its hash are read by the page itself, so every `/?...` is the one cached `/`;
 * a page not prerendered (a mistyped path) falls back to the home page, which says so.
 */
export function cacheKeyFor(url: string, manifest: OfflineManifest): string {
	const raw = new URL(url).pathname;
	const pathname = raw.length > 1 ? raw.replace(/\/+$/, '') : raw;
	if (manifest.assets.has(pathname) || manifest.pages.has(pathname)) return pathname;
	return '/';
}

/**
 * The files to fetch when the worker installs. Font files in the older WOFF format are left out:
 * every browser that runs a service worker reads WOFF2, so they would never be asked for. The
 * coastline detail (map/detail.ts) is left out too: only a map zoomed in asks for it, and it is
 * cached then (cache-first), so it works offline after its first use. The link previews' pictures
 * (`/previews/*.png`, about 1 MB) are for chat apps and search engines, not for the offline
 * atlas, and are left out as well; the manifest and the app's icons are copied like every page.
 */
export function precacheList(
	build: readonly string[],
	files: readonly string[],
	pages: readonly string[]
): string[] {
	const wanted = (path: string) =>
		!path.endsWith('.woff') &&
		!/\/screenshot\.png$/.test(path) &&
		!isHostConfig(path) &&
		!isZoomedInOnly(path);
	return [
		...new Set([
			...build.filter(wanted),
			...files.filter(wanted),
			...pages.filter((p) => !isLinkPreview(p))
		])
	];
}

/** A host's configuration in the site's folder (`_headers`, `.htaccess`): not a file to serve. */
export function isHostConfig(path: string): boolean {
	return /\/(_headers|\.htaccess)$/.test(path);
}

/** The coastline detail's hashed file (`detail.topo.<hash>.json`), fetched only when zoomed in. */
export function isZoomedInOnly(path: string): boolean {
	return /\/detail\.topo\.[^/]*\.json$/.test(path);
}

/** A link preview's picture (`/previews/atlas.png`), for other sites' crawlers only. */
export function isLinkPreview(path: string): boolean {
	return /^\/previews\/[^/]+\.png$/.test(path);
}
