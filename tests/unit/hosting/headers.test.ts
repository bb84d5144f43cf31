import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	EMBED_POLICY,
	IMMUTABLE,
	OTHERWISE,
	PAGE_POLICY,
	REVALIDATE,
	RULES,
	covers,
	headersFor
} from '../../../src/lib/hosting/headers';

import { SAMPLE_PATHS } from '../../support/hosting-paths';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the hosting rules', () => {
	it('let any site read every file (a sandboxed frame fetches with CORS)', () => {
		for (const path of SAMPLE_PATHS)
			expect(headersFor(path)['Access-Control-Allow-Origin'], path).toBe('*');
	});

	it('cache hashed files for a year and revalidate everything else', () => {
		expect(headersFor('/_app/immutable/chunks/a.js')['Cache-Control']).toBe(IMMUTABLE);
		for (const path of ['/', '/embed', '/service-worker.js', '/_app/version.json', '/data/a.csv'])
			expect(headersFor(path)['Cache-Control'], path).toBe(REVALIDATE);
	});

	it('let any site frame the embed, and only the site frame the other pages', () => {
		expect(headersFor('/embed')['Content-Security-Policy']).toBe(EMBED_POLICY);
		expect(EMBED_POLICY).toMatch(/frame-ancestors \*;/);
		for (const page of ['/', '/method', '/data', '/sources/diplomat-2021'])
			expect(headersFor(page)['Content-Security-Policy'], page).toBe(PAGE_POLICY);
		expect(PAGE_POLICY).toMatch(/frame-ancestors 'self';/);
		expect(headersFor('/data/relations.csv')['Content-Security-Policy']).toBeUndefined();
	});

	it('give every page a header policy', () => {
		const routes = (readdirSync(`${root}src/routes`, { recursive: true }) as string[]).filter((f) =>
			f.endsWith('+page.svelte')
		);
		expect(routes.length).toBeGreaterThan(4);
		for (const route of routes) {
			const path = '/' + route.replace(/\/?\+page\.svelte$/, '').replace(/\[\w+\]/, 'any');
			expect(headersFor(path)['Content-Security-Policy'], route).toBeDefined();
		}
	});

	it('restrict no script, style or fetch in the header: the <meta> policy keeps its hashes', () => {
		for (const policy of [EMBED_POLICY, PAGE_POLICY]) {
			const directives = policy.split(';').map((d) => d.trim().split(/\s+/)[0]);
			expect(directives).toEqual(['frame-ancestors', 'base-uri', 'form-action', 'object-src']);
		}
		// What the header adds, the meta policy (svelte.config.js) already says or cannot say.
		const config = readFileSync(`${root}svelte.config.js`, 'utf8');
		expect(config).toMatch(/'base-uri': \['none'\]/);
		expect(config).toMatch(/'form-action': \['self'\]/);
	});

	it('never set one header twice for a path (Cloudflare Pages would join the values)', () => {
		for (const path of SAMPLE_PATHS) {
			const names = RULES.filter((r) => r.paths.some((p) => covers(p, path))).flatMap((r) =>
				Object.keys(r.headers)
			);
			expect(new Set(names).size, path).toBe(names.length);
		}
		expect(Object.keys(OTHERWISE)).toEqual(['Cache-Control']);
	});
});
