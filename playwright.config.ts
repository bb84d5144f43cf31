import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built site (`vite preview`) in Debian's Chromium with software
 * WebGL (SwiftShader). One worker: two cores and software GL leave no room for more.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	'--disable-dev-shm-usage'
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets a second checkout run its own browser tests beside this one (CI uses the default).
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	workers: 1,
	fullyParallel: false,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1280, height: 800 },
		// The offline worker would answer requests that some tests intercept or count; only the
		// offline tests (which start their own server) let it run.
		serviceWorkers: 'block',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
		trace: 'off'
	},
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --strictPort --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
