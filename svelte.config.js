import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ strict: true }),
		// A strict policy in a <meta> tag (static hosting has no headers of its own): nothing but
		// this origin, no inline or eval'd script. frame-ancestors cannot be set from <meta>, so
		// any site may still embed /embed.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self'],
				// MapLibre's worker is a same-origin script. In a sandboxed frame without
				// allow-same-origin (an opaque origin) no same-origin worker can start, and MapLibre 6
				// fetches that same script and starts it from a data: URL instead: allow exactly that.
				'worker-src': ['self', 'data:'],
				'style-src': ['self'],
				// SvelteKit's route announcer carries one inline style (visually hidden text);
				// allow exactly that attribute, by hash, and no other.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				// The web app manifest (src/routes/manifest.webmanifest), linked from every page.
				'manifest-src': ['self'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		},
		prerender: { handleHttpError: 'fail' },
		// Registered by the app once the first view has drawn (src/lib/offline/register.ts),
		// not on the load event, so its copies never compete with the map for the network.
		serviceWorker: { register: false }
	}
};

export default config;
