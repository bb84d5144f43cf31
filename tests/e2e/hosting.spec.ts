/**
 * The site as Debian's nginx serves it with the shipped config (src/lib/hosting/nginx.conf; the
 * browser tests' server, tests/tools/nginx.ts): every file of the build at its address, with its
 * type and exactly the headers of src/lib/hosting/headers.ts; and those headers at work.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { headersFor } from '../../src/lib/hosting/headers';
import { expect, origins, test } from './fixtures';

const BUILD = 'build';
const TYPES: Record<string, RegExp> = {
	'.html': /^text\/html; charset=utf-8$/,
	'.js': /^(application|text)\/javascript; charset=utf-8$/,
	'.mjs': /^text\/javascript; charset=utf-8$/,
	'.css': /^text\/css; charset=utf-8$/,
	'.json': /^application\/json; charset=utf-8$/,
	'.webmanifest': /^application\/manifest\+json; charset=utf-8$/,
	'.csv': /^text\/csv; charset=utf-8$/,
	'.svg': /^image\/svg\+xml; charset=utf-8$/,
	'.png': /^image\/png$/,
	'.woff2': /^font\/woff2$/,
	'.woff': /^font\/woff$/
};

/**
 * The files to ask for: every prerendered page at its clean address, every file outside the
 * hashed build, and one hashed file of each type (the rest share their folder's rule).
 */
function addresses(): { file: string; path: string }[] {
	const files = (readdirSync(BUILD, { recursive: true }) as string[]).filter(
		(f) => extname(f) in TYPES && statSync(join(BUILD, f)).isFile()
	);
	const seen = new Set<string>();
	const sample = files.filter((f) => {
		if (!f.startsWith('_app/immutable/')) return true;
		const kind = `${f.split('/')[2]} ${extname(f)}`;
		return !seen.has(kind) && !!seen.add(kind);
	});
	return sample.map((file) => {
		const path = `/${file}`;
		const page =
			file.endsWith('.html') &&
			/http-equiv="content-security-policy"/.test(readFileSync(join(BUILD, file), 'utf8'));
		return { file, path: page ? path.replace(/(index)?\.html$/, '') : path };
	});
}

test(
	'nginx serves every file at its address, with its type and the headers of the rules',
	{ tag: '@no-map' },
	async ({ request }) => {
		const all = addresses();
		expect(all.map((a) => a.path)).toEqual(
			expect.arrayContaining(['/', '/embed', '/method', '/data', '/sources/diplomat-2021'])
		);
		const checks = all.map(async ({ file, path }) => {
			const response = await request.get(path, { maxRedirects: 0 });
			expect(response.status(), path).toBe(200);
			const sent = response.headers();
			expect(sent['content-type'], path).toMatch(TYPES[extname(file)]);
			expect((await response.body()).equals(readFileSync(join(BUILD, file))), path).toBe(true);
			for (const [name, value] of Object.entries(headersFor(path)))
				expect(sent[name.toLowerCase()], `${path}: ${name}`).toBe(value);
			if (!headersFor(path)['Content-Security-Policy'])
				expect(sent['content-security-policy'], path).toBeUndefined();
		});
		await Promise.all(checks);
	}
);

test(
	'another site may frame the embed but not the other pages',
	{ tag: '@no-map' },
	async ({ page }) => {
		const { atlas, other } = origins();
		await page.route(`${other}/host.html`, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><html lang="en"><title>Course page</title><body>
<iframe id="method" title="Method" src="${atlas}/method"></iframe>
<iframe id="embed" title="Orbit" sandbox="" src="${atlas}/embed?year=1985"></iframe></body></html>`
			})
		);
		const refused: string[] = [];
		page.on('console', (m) => {
			if (/frame-ancestors/.test(m.text())) refused.push(m.text());
		});
		await page.goto(`${other}/host.html`);
		// The embed loads (its prerendered text is there; with scripts off it draws no map, which
		// the embed tests do, framed from another origin); the method page is refused.
		await expect(
			page.frameLocator('#embed').locator('.atlas, .start-notice').first()
		).toBeAttached();
		await expect.poll(() => refused.length).toBe(1);
		// Chromium names the origin only; the one refused frame is the method page.
		expect(refused[0]).toContain(`frame-ancestors 'self'`);
		await expect(page.frameLocator('#method').getByRole('heading').first()).toHaveCount(0);
	}
);
