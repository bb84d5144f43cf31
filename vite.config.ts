import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { siteUrl } from './src/lib/site/site-url.ts';
import { UNUSED_MAPLIBRE_CONTROLS, dropRules } from './src/lib/build/trim-css.ts';
import { TEST_GENERATED_DIR } from './tests/unit/generated-dir.ts';

/** MapLibre's stylesheet without the controls the atlas never adds (saves ~8 KB gzipped). */
function trimMaplibreCss(): Plugin {
	return {
		name: 'orbit:trim-maplibre-css',
		enforce: 'pre',
		transform(code, id) {
			if (!id.split('?')[0].endsWith('maplibre-gl/dist/maplibre-gl.css')) return;
			return { code: dropRules(code, UNUSED_MAPLIBRE_CONTROLS), map: null };
		}
	};
}

/**
 * mediabunny's Node-only file (node:fs, for writing to a path) is mapped to `false` for browsers,
 * which the bundler turns into an empty CommonJS module: its interop helpers then land in the
 * chunk every page loads. An empty ES module instead keeps the video encoder's whole cost in its
 * own chunk, loaded only when a video is made.
 */
function mediabunnyWithoutNode(): Plugin {
	const empty = '\0orbit:mediabunny-node';
	return {
		name: 'orbit:mediabunny-without-node',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source === './node.js' && importer?.includes('/mediabunny/dist/')) return empty;
		},
		load(id) {
			if (id === empty) return 'export const fs = undefined;';
		}
	};
}

/**
 * Citation.js's core imports `sync-fetch` and `node-fetch` for its input plugins that look up
 * DOIs and URLs. The atlas only turns its own CSL-JSON into BibTeX and RIS, and the site's CSP
 * allows no request to another origin: both are replaced by a module that refuses, so the cite
 * chunk carries no fetch code (sync-fetch's browser build is a synchronous XMLHttpRequest) and
 * cannot reach another origin even by mistake. Used by the build and by the dev server's
 * pre-bundling (optimizeDeps), which runs without Vite's plugins.
 */
function citationJsWithoutFetch() {
	const refuse = '\0orbit:citation-js-no-fetch';
	return {
		name: 'orbit:citation-js-without-fetch',
		resolveId(source: string, importer: string | undefined) {
			if (
				(source === 'sync-fetch' || source === 'node-fetch') &&
				importer?.includes('/@citation-js/core/')
			)
				return refuse;
		},
		load(id: string) {
			if (id !== refuse) return;
			return [
				"function refuse() { throw new Error('Orbit: Citation.js may not fetch'); }",
				'refuse.Headers = globalThis.Headers;',
				'export const Headers = globalThis.Headers;',
				'export default refuse;'
			].join('\n');
		}
	};
}

/**
 * reveal.js's browser files, served at /vendor/reveal/ for the example deck
 * (static/reveal-example.html): a deck in a lecture hall must not depend on a CDN. Emitted into
 * the client build (not the server build) and served by the dev server; no page of the atlas
 * loads them.
 */
function revealFiles(): Plugin {
	const dist = dirname(createRequire(import.meta.url).resolve('reveal.js/reveal.css'));
	const files = new Map([
		['vendor/reveal/reveal.mjs', join(dist, 'reveal.mjs')],
		['vendor/reveal/reveal.css', join(dist, 'reveal.css')],
		['vendor/reveal/theme/white.css', join(dist, 'theme', 'white.css')],
		['vendor/reveal/LICENSE', join(dist, '..', 'LICENSE')]
	]);
	const types: Record<string, string> = {
		'.mjs': 'text/javascript; charset=utf-8',
		'.css': 'text/css; charset=utf-8'
	};
	let ssr = false;
	return {
		name: 'orbit:reveal-files',
		configResolved(config) {
			ssr = !!config.build.ssr;
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const file = files.get((req.url ?? '').split('?')[0].slice(1));
				if (!file) return next();
				res.setHeader('Content-Type', types[extname(file)] ?? 'text/plain; charset=utf-8');
				res.end(readFileSync(file));
			});
		},
		generateBundle() {
			if (ssr) return;
			for (const [fileName, file] of files) {
				this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
			}
		}
	};
}

export default defineConfig({
	plugins: [
		trimMaplibreCss(),
		mediabunnyWithoutNode(),
		{ ...citationJsWithoutFetch(), enforce: 'pre' },
		revealFiles(),
		sveltekit()
	],
	// The published address (src/lib/site): checked here, so a bad one stops the build.
	define: { __ORBIT_SITE_URL__: JSON.stringify(siteUrl(process.env.ORBIT_SITE_URL)) },
	// The dev server pre-bundles Citation.js without Vite's plugins: give it the same mapping.
	optimizeDeps: { rolldownOptions: { plugins: [citationJsWithoutFetch()] } },
	build: {
		// maplibre-gl is one chunk of about 1.1 MB that cannot be split; the first view's real budget
		// (600 KB gzipped) is measured by `npm run bench`, not by this size warning.
		chunkSizeWarningLimit: 1200,
		// Rolldown's report of slow plugins fires on any busy machine: build speed is not a defect
		// to fix from a warning, and speed is measured where it matters (`npm run bench`).
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Worker threads start faster than forked processes (measured: about a third off the
		// unit stage on the 2-core machine).
		pool: 'threads',
		// The files share one module graph per worker (measured: the stage from 35 s to 19 s);
		// a test that needs a module fresh takes it with vi.resetModules().
		isolate: false,
		// The geodata build runs once, before any test file (its files: inject('geodata')), and
		// the site's modules read that build: the unit tests need no `npm run geodata` first.
		globalSetup: ['tests/unit/geodata-setup.ts'],
		alias: [{ find: /^\$lib\/generated\//, replacement: TEST_GENERATED_DIR }]
	}
});
