/**
 * What a static host must send with the built site, in one place. `static/_headers` (Netlify,
 * Cloudflare Pages), `src/lib/hosting/nginx.conf` and `static/.htaccess` (Apache) state exactly
 * these rules (tests/unit/hosting/configs.test.ts reads each file), and the browser tests run
 * against Debian's nginx with that file unchanged.
 *
 * - CORS on everything: a sandboxed frame (`sandbox="allow-scripts"`, an opaque origin) fetches
 *   the app's module scripts, its fonts, its data and MapLibre's worker as cross-origin requests,
 *   refused without `Access-Control-Allow-Origin`. Every file is public and no request carries
 *   credentials, so one site-wide rule (as GitHub Pages sends) cannot miss a file.
 * - Caching: hashed files under `/_app/immutable/` never change; everything else (pages, the
 *   service worker, `/_app/version.json`, the data) is revalidated on each use.
 * - A Content-Security-Policy header on the pages, for what their `<meta>` policy cannot say
 *   (`frame-ancestors`). It restricts no script, style or fetch: both policies are enforced, so
 *   the meta's hashes of SvelteKit's inline bootstrap stay the only scripts allowed.
 *
 * Paths are written as the `_headers` format writes them: `/x` exactly, `/x/*` everything under
 * `/x/`, `/*` everything. No two rules that match one path set the same header (Cloudflare Pages
 * would join the two values).
 */
export type HeaderSet = Readonly<Record<string, string>>;

export interface HeaderRule {
	readonly paths: readonly string[];
	readonly headers: HeaderSet;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The pages' header policy: who may frame them, and nothing a `<meta>` policy already says about scripts. */
export function framePolicy(ancestors: string): string {
	return `frame-ancestors ${ancestors}; base-uri 'none'; form-action 'self'; object-src 'none'`;
}

/** The embed: any site may frame it (a course page, a slide deck). */
export const EMBED_POLICY = framePolicy('*');
/**
 * The other pages: framed by the site itself only. The embed is the page made to be framed (no
 * site chrome, the host's keys, its height); a framed full site would be a cramped copy.
 */
export const PAGE_POLICY = framePolicy("'self'");

export const RULES: readonly HeaderRule[] = [
	{
		paths: ['/*'],
		headers: { 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' }
	},
	{ paths: ['/_app/immutable/*'], headers: { 'Cache-Control': IMMUTABLE } },
	{ paths: ['/embed'], headers: { 'Content-Security-Policy': EMBED_POLICY } },
	{
		paths: ['/', '/method', '/data', '/quiz', '/sources/*', '/tours/*'],
		headers: { 'Content-Security-Policy': PAGE_POLICY }
	}
];

/**
 * A header no rule sets for a path. Netlify and Cloudflare Pages revalidate by default
 * (`max-age=0, must-revalidate`), so `_headers` leaves it to them; nginx and Apache say it.
 */
export const OTHERWISE: HeaderSet = { 'Cache-Control': REVALIDATE };

/** Whether a rule's path (`/x`, `/x/*` or `/*`) covers a request path. */
export function covers(pattern: string, path: string): boolean {
	return pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** The headers a response for `path` must carry (names as written above). */
export function headersFor(path: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of RULES)
		if (rule.paths.some((p) => covers(p, path))) Object.assign(out, rule.headers);
	for (const [name, value] of Object.entries(OTHERWISE)) out[name] ??= value;
	return out;
}
