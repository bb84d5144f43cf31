import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { UNUSED_MAPLIBRE_CONTROLS, dropRules } from './src/lib/build/trim-css';

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

export default defineConfig({
	plugins: [trimMaplibreCss(), sveltekit()],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
