import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built site, served by Debian's nginx with exactly the shipped
 * config (src/lib/hosting/nginx.conf, through tests/tools/nginx.ts), in Debian's Chromium with
 * software WebGL (SwiftShader). Two projects: pages without a map (tagged @no-map: /method, the source
 * notes, the downloads, the no-WebGL fallbacks) run in one worker beside the map tests, which
 * run in MAP_WORKERS workers (measured on the 2-core machine; software GL draws on the CPU).
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
	'--disable-dev-shm-usage',
	// A framed embed with an opaque origin (a sandbox) or a host page made by a test counts as a
	// public site asking for a private address (127.0.0.1), which Chromium blocks; real hosts and
	// atlases are both public, so the check only stands in the way of the tests. Set for all, so
	// every map test shares one kind of worker (a file with launch options of its own waited for
	// a worker until every other map file was done: measured, about 40 s at the end of the run).
	'--disable-features=LocalNetworkAccessChecks'
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets a second checkout run its own browser tests beside this one (CI uses the default).
const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * Map tests at once (E2E_MAP_WORKERS overrides, to measure). One map test leaves about 0.7 of the
 * two cores idle while it waits on its page (measured: 1.3 cores busy); two keep both busy
 * (1.9 cores), and the browser tests took 9.0 min instead of 10 on a machine busy with other work.
 */
const MAP_WORKERS = Number(process.env.E2E_MAP_WORKERS ?? 2);

export default defineConfig({
	testDir: 'tests/e2e',
	// Two map workers keep both cores busy; the pages without a map (light: about 50 s in all) run
	// beside them in a third, instead of waiting for a map worker to end.
	workers: 3,
	fullyParallel: false,
	retries: 0,
	// Safety nets, not measures: every step waits on the page's own signals, which on a busy
	// 2-core machine drawing in software can take many seconds.
	timeout: 60_000,
	expect: { timeout: 15_000 },
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
	// The map's project first: its files are the long ones (listed first, the pages once took
	// both workers and the map's files waited for them; measured, about 40 s of the run).
	projects: [
		// A spec file's tests share a page (made in its beforeAll): a file stays in one worker.
		{ name: 'map', grepInvert: /@no-map/, workers: MAP_WORKERS },
		{ name: 'pages', grep: /@no-map/, workers: 1, fullyParallel: true }
	],
	webServer: {
		command: `npx tsx tests/tools/nginx.ts build ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
		// nginx's fast shutdown, and the wrapper removes its folder.
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 }
	}
});
