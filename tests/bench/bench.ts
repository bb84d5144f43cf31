/**
 * `npm run bench`: builds the site, serves it on 127.0.0.1 and drives it in headless Chromium.
 * Not a test: it measures and prints. The last line is one JSON object.
 *
 *   recolour_idle_ms   median, a slider step (input event) -> the map's next idle
 *   repaint_idle_ms    median, a forced repaint of the same view -> idle (the floor)
 *   recolour_ratio     recolour_idle_ms / repaint_idle_ms
 *   js_step_ms_p95     p95, a step's own main-thread work: the thread (CPU) time of the task that
 *                      runs it (input event, handlers, Svelte's flush, the recolour written), read
 *                      from Chromium's trace; js_step_wall_ms_p95 is the same step in wall-clock
 *                      time, which also counts waiting for a core while software GL uses the other
 *   first_idle_ms      median over loads, navigation start -> first idle map (stamped by the page)
 *   first_load_kb_gz   bytes of every request made before that first idle, once per address, each
 *                      gzipped (as a server would send it); later prefetches are not counted
 *   video_s_per_year_1080p  a video of VIDEO_YEARS years at 1920x1080, 1 s a year, made through
 *                      the dialog: seconds per year from the first year filmed to the download
 *                      (video_setup_s: the click to the first year, loading the encoder and
 *                      opening the offscreen map); video_container is mp4 or webm
 *   video_peak_heap_mb the page's largest JS heap (CDP Performance.getMetrics, JSHeapUsedSize)
 *                      sampled every 100 ms during that export; video_heap_before_mb before it
 * The same step figures are also taken with the global-state strategy (`_global_state` keys).
 *
 * The site is served by `vite preview` on 127.0.0.1:4174 (BENCH_PORT=<port> to use another). If
 * that port is already taken (a server left over from an earlier run, say) the bench stops at
 * once rather than measuring someone else's server. The build and the server run in process
 * groups of their own, and they and the browser are stopped on every way out: a normal end, an
 * error, SIGINT (exit 130), SIGTERM (143), SIGHUP (129), an uncaught exception or rejection.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.ts';

const HOST = '127.0.0.1';
const PORT = Number(process.env.BENCH_PORT ?? 4174);
const ORIGIN = `http://${HOST}:${PORT}`;
const VIEW = '#map=3/42/95';
const PASSES = 3;
const LOADS = 3;
const VIDEO_YEARS: [number, number] = [1985, 1994];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Child process groups (the build, the server) to stop on the way out, and the browser. */
const groups = new Set<ChildProcess>();
let openBrowser: Browser | undefined;

/** Signals a child's whole process group; false if it is gone already (ESRCH is no error). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
	if (child.pid === undefined) return false;
	try {
		process.kill(-child.pid, signal);
		return true;
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
		throw e;
	}
}

/** Stops a group: SIGTERM, up to 3 s to go, then SIGKILL. */
async function stopGroup(child: ChildProcess) {
	groups.delete(child);
	if (!signalGroup(child, 'SIGTERM')) return;
	for (let i = 0; i < 60; i++) {
		await sleep(50);
		if (!signalGroup(child, 0)) return;
	}
	signalGroup(child, 'SIGKILL');
}

let cleaning: Promise<void> | undefined;
/** Closes the browser and stops every group; safe to call more than once. */
function cleanup(): Promise<void> {
	cleaning ??= (async () => {
		const open = openBrowser;
		openBrowser = undefined;
		if (open) await Promise.race([open.close().catch(() => {}), sleep(5000)]);
		await Promise.all([...groups].map((g) => stopGroup(g).catch(() => {})));
	})();
	return cleaning;
}

// The last resort, should the process leave by a path that skipped `cleanup`.
process.on('exit', () => {
	for (const g of groups) {
		try {
			signalGroup(g, 'SIGKILL');
		} catch {
			/* leaving anyway */
		}
	}
});

/** Set once a signal has asked the bench to stop; what fails after that is the stopping. */
let interrupted = false;

function failAndExit(error: unknown): void {
	// The signal's handler is already cleaning up, and exits with the signal's code.
	if (interrupted) return;
	console.error(
		error instanceof Error && error.message.startsWith('bench:') ? error.message : error
	);
	void cleanup().finally(() => process.exit(1));
}

process.on('uncaughtException', failAndExit);
process.on('unhandledRejection', failAndExit);
for (const [signal, code] of [
	['SIGINT', 130],
	['SIGTERM', 143],
	['SIGHUP', 129]
] as const) {
	process.on(signal, () => {
		if (cleaning) {
			// A second signal while stopping: no more waiting.
			for (const g of groups) signalGroup(g, 'SIGKILL');
			process.exit(code);
		}
		interrupted = true;
		console.error(`bench: ${signal}, stopping`);
		void cleanup().finally(() => process.exit(code));
	});
}

/** Whether the port can be listened on; false if something already holds it. */
function portIsFree(port: number): Promise<boolean> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', (e: NodeJS.ErrnoException) =>
			e.code === 'EADDRINUSE' ? resolve(false) : reject(e)
		);
		probe.listen(port, HOST, () => probe.close(() => resolve(true)));
	});
}

/** Starts a command in a process group of its own, to be stopped with the others. */
function spawnGroup(command: string, args: string[], stdio: 'ignore' | 'pipe') {
	const child = spawn(command, args, { stdio: ['ignore', stdio, stdio], detached: true });
	groups.add(child);
	return child;
}

/** `npm run build`, quiet unless it fails; its output is then part of the error. */
function build() {
	return new Promise<void>((resolve, reject) => {
		const child = spawnGroup('npm', ['run', '--silent', 'build'], 'pipe');
		const output: Buffer[] = [];
		child.stdout?.on('data', (b: Buffer) => output.push(b));
		child.stderr?.on('data', (b: Buffer) => output.push(b));
		child.once('error', reject);
		child.once('close', (code, signal) => {
			groups.delete(child);
			if (code === 0) resolve();
			else
				reject(
					new Error(
						`bench: the build failed (${code !== null ? `exit code ${code}` : signal}):\n` +
							Buffer.concat(output).toString()
					)
				);
		});
	});
}

async function waitForServer(server: ChildProcess) {
	let spawnError: Error | undefined;
	server.once('error', (e) => (spawnError = e));
	for (let i = 0; i < 100; i++) {
		if (spawnError) throw new Error(`bench: the preview server did not start: ${spawnError}`);
		if (server.exitCode !== null || server.signalCode !== null)
			throw new Error(
				`bench: the preview server exited with ${server.exitCode !== null ? `code ${server.exitCode}` : server.signalCode} before answering`
			);
		try {
			if ((await fetch(ORIGIN)).ok) return;
		} catch {
			/* not up yet */
		}
		await sleep(200);
	}
	throw new Error('bench: the preview server did not answer within 20 s');
}

async function openAtlas(browser: Browser, query: string) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	// tsx keeps function names with an `__name` helper that the page does not have.
	await page.addInitScript('globalThis.__name = (f) => f');
	await page.goto(`${ORIGIN}/?year=1945${query}${VIEW}`);
	await page
		.locator('[data-testid="atlas-map"][data-idle="true"][data-year="1945"]')
		.waitFor({ timeout: 60_000 });
	return page;
}

/** Runs inside the page: steps the slider through every year, PASSES times; returns timings. */
async function stepThroughYears(page: Page, passes: number) {
	return page.evaluate(async (passes) => {
		const map = document.querySelector<HTMLElement>('[data-testid="atlas-map"]')!;
		const slider = document.querySelector<HTMLInputElement>('input[type="range"]')!;
		const idleFor = (year: string) =>
			new Promise<number>((resolve, reject) => {
				const done = () => map.dataset.idle === 'true' && map.dataset.year === year;
				const timer = setTimeout(() => reject(new Error(`no idle map for ${year}`)), 10_000);
				const observer = new MutationObserver(() => {
					if (done()) {
						observer.disconnect();
						clearTimeout(timer);
						resolve(performance.now());
					}
				});
				observer.observe(map, { attributes: true });
			});
		const recolour: number[] = [];
		const js: number[] = [];
		const repaint: number[] = [];
		let year = Number(map.dataset.year);
		for (let pass = 0; pass < passes; pass++) {
			const direction = year >= 2025 ? -1 : 1;
			for (let i = 0; i < 80; i++) {
				year += direction;
				const target = String(year);
				const idle = idleFor(target);
				performance.clearMarks('orbit:year-written');
				// Each step is a task of its own, as a real input event is; the mark names it in
				// the trace, where its thread time is read.
				let flushed!: Promise<number>;
				const t0 = await new Promise<number>((stepped) =>
					setTimeout(() => {
						performance.mark('orbit:step');
						const start = performance.now();
						slider.value = target;
						slider.dispatchEvent(new Event('input', { bubbles: true }));
						// Svelte flushes in a microtask queued during the event; this one runs after it.
						flushed = new Promise<number>((r) => queueMicrotask(() => r(performance.now())));
						stepped(start);
					}, 0)
				);
				const t1 = await idle;
				const written = performance.getEntriesByName('orbit:year-written').at(-1);
				recolour.push(t1 - t0);
				if (written) js.push(Math.max(written.startTime, await flushed) - t0);

				// The floor: the same view, repainted with nothing changed.
				const r0 = performance.now();
				const again = idleFor(target);
				map.dispatchEvent(new CustomEvent('atlas:repaint'));
				repaint.push((await again) - r0);
			}
		}
		return { recolour, js, repaint };
	}, passes);
}

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	tdur?: number;
	tid: number;
}

/** Chromium's trace of the page while it steps: tasks with their wall and thread times. */
async function startTrace(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	const events: TraceEvent[] = [];
	cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
	await cdp.send('Tracing.start', {
		categories: 'toplevel,blink.user_timing',
		transferMode: 'ReportEvents'
	});
	return {
		async stop() {
			const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
			await cdp.send('Tracing.end');
			await complete;
			await cdp.detach();
			return events;
		}
	};
}

/**
 * Each step's own main-thread work: the thread time (CPU time of the main thread, not wall-clock)
 * of the task that ran it, found by the `orbit:step` mark inside it. The task holds the input
 * event, every handler and Svelte's flush, and the map's writes. On a 2-core machine whose
 * other core draws the map in software, wall-clock time also counts the moments the thread waits
 * for a core; that figure is printed too.
 */
function stepThreadTimes(events: TraceEvent[]): number[] {
	const marks = events.filter((e) => e.name === 'orbit:step');
	const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
	return marks.map((m) => {
		const task = tasks.find(
			(t) => t.tid === m.tid && t.ts <= m.ts && m.ts <= t.ts + (t.dur ?? 0) && t.tdur !== undefined
		);
		if (!task) throw new Error('bench: a step has no task with thread time in the trace');
		return task.tdur! / 1000;
	});
}

/**
 * The page notes the moment its map first stands idle at 1985 (a MutationObserver, so the time
 * does not depend on how often the bench polls), in page time and in wall-clock time.
 */
function markFirstIdle() {
	const w = window as unknown as { __firstIdle?: { at: number; epoch: number } };
	new MutationObserver(() => {
		if (w.__firstIdle) return;
		const map = document.querySelector<HTMLElement>('[data-testid="atlas-map"]');
		if (map?.dataset.idle === 'true' && map.dataset.year === '1985')
			w.__firstIdle = { at: performance.now(), epoch: Date.now() };
	}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-idle'] });
}

async function firstLoad(browser: Browser) {
	const times: number[] = [];
	let bytes = 0;
	for (let i = 0; i < LOADS; i++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
		const page = await context.newPage();
		await page.addInitScript(markFirstIdle);
		const responses: { url: string; started: number; gz: Promise<number> }[] = [];
		page.on('response', (r) => {
			responses.push({
				url: r.url(),
				started: r.request().timing().startTime,
				gz: r
					.body()
					.then((b) => gzipSync(b, { level: 9 }).length)
					.catch(() => 0)
			});
		});
		await page.goto(`${ORIGIN}/?year=1985${VIEW}`);
		await page
			.locator('[data-testid="atlas-map"][data-idle="true"][data-year="1985"]')
			.waitFor({ timeout: 60_000 });
		const idle = await page.waitForFunction(
			() => (window as unknown as { __firstIdle?: { at: number; epoch: number } }).__firstIdle
		);
		const { at, epoch } = (await idle.jsonValue())!;
		times.push(at);
		// What the first view cost: every request made before it stood drawn, once per address
		// (a second response for one address, such as the label font asked for by CSS and by
		// MapLibre, comes from the browser's cache). What the page fetches after (the reasons,
		// event texts and tours it prefetches for the first click) is not the first view.
		const counted = new Map<string, Promise<number>>();
		for (const r of responses)
			if (r.started <= epoch && !counted.has(r.url)) counted.set(r.url, r.gz);
		bytes = (await Promise.all(counted.values())).reduce((a, b) => a + b, 0);
		await context.close();
	}
	return { first_idle_ms: round(median(times)), first_load_kb_gz: round(bytes / 1024) };
}

/** Makes a 1920x1080 video of VIDEO_YEARS through the page's own dialog, timing it and its heap. */
async function videoExport(browser: Browser) {
	const page = await openAtlas(browser, '');
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const heapMb = async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 2 ** 20;
	};
	const before = await heapMb();
	let peak = before;
	let sampling = true;
	const sampler = (async () => {
		while (sampling) {
			peak = Math.max(peak, await heapMb());
			await sleep(100);
		}
	})();
	const [from, to] = VIDEO_YEARS;
	await page.getByText('Image', { exact: true }).click();
	await page.getByRole('button', { name: 'Video of the years or the tour…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Make a video' });
	await dialog.getByLabel('First year').fill(String(from));
	await dialog.getByLabel('Last year').fill(String(to));
	await dialog.getByLabel('Size').selectOption({ label: '1920 × 1080' });
	await dialog.getByLabel('Each year held for').selectOption({ label: '1 s' });
	const downloaded = page.waitForEvent('download', { timeout: 600_000 });
	const t0 = performance.now();
	await dialog.getByRole('button', { name: 'Make the video' }).click();
	await dialog
		.getByRole('progressbar', { name: new RegExp(`^Year ${from} of `) })
		.waitFor({ timeout: 120_000 });
	const t1 = performance.now();
	const download = await downloaded;
	const t2 = performance.now();
	sampling = false;
	await sampler;
	const name = download.suggestedFilename();
	const bytes = statSync((await download.path())!).size;
	await cdp.detach();
	await page.close();
	const years = to - from + 1;
	return {
		name,
		numbers: {
			video_s_per_year_1080p: round((t2 - t1) / 1000 / years, 2),
			video_setup_s: round((t1 - t0) / 1000, 1),
			video_peak_heap_mb: round(peak),
			video_heap_before_mb: round(before),
			video_kb_per_year_1080p: round(bytes / 1024 / years)
		}
	};
}

async function main() {
	if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65535)
		throw new Error(`bench: BENCH_PORT must be a port number, not ${process.env.BENCH_PORT}`);
	if (!(await portIsFree(PORT)))
		throw new Error(
			`bench: port ${PORT} on ${HOST} is already in use (a leftover server? find it with: ` +
				`ss -ltnp 'sport = :${PORT}'); stop it and run again`
		);
	console.log('bench: building the site…');
	await build();
	const server = spawnGroup(
		'npx',
		['vite', 'preview', '--host', HOST, '--strictPort', '--port', String(PORT)],
		'ignore'
	);
	await waitForServer(server);
	server.once('exit', (code, signal) => {
		if (!cleaning) console.error(`bench: the preview server stopped (${code ?? signal}) mid-run`);
	});
	// Playwright's own signal handlers would exit before the server is stopped; `cleanup` closes
	// the browser instead.
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		handleSIGINT: false,
		handleSIGTERM: false,
		handleSIGHUP: false
	});
	openBrowser = browser;
	const results: Record<string, number | string> = {};
	const rows: [string, string][] = [];

	for (const [strategy, query, suffix] of [
		['feature-state', '', ''],
		['global-state', '&recolour=global-state', '_global_state']
	] as const) {
		const page = await openAtlas(browser, query);
		await stepThroughYears(page, 1); // warm up
		const trace = await startTrace(page);
		const t = await stepThroughYears(page, PASSES);
		const threadMs = stepThreadTimes(await trace.stop());
		await page.close();
		const recolour = median(t.recolour);
		const repaint = median(t.repaint);
		results[`recolour_idle_ms${suffix}`] = round(recolour);
		results[`repaint_idle_ms${suffix}`] = round(repaint);
		results[`recolour_ratio${suffix}`] = round(recolour / repaint, 2);
		results[`js_step_ms_p95${suffix}`] = round(p95(threadMs), 2);
		results[`js_step_wall_ms_p95${suffix}`] = round(p95(t.js), 2);
		rows.push(
			[`${strategy}: step -> idle, median of ${t.recolour.length}`, `${round(recolour)} ms`],
			[`${strategy}: repaint -> idle (floor), median`, `${round(repaint)} ms`],
			[`${strategy}: ratio`, `${round(recolour / repaint, 2)}`],
			[
				`${strategy}: step main-thread work, p95 of ${threadMs.length} (thread time)`,
				`${round(p95(threadMs), 2)} ms`
			],
			[
				`${strategy}: the same, wall-clock (includes waiting for a core)`,
				`${round(p95(t.js), 2)} ms`
			]
		);
	}

	const video = await videoExport(browser);
	Object.assign(results, video.numbers, { video_container: video.name.split('.').pop()! });
	rows.push(
		[`video ${video.name}: per year, 1 s a year`, `${video.numbers.video_s_per_year_1080p} s`],
		['video: click to first year filmed', `${video.numbers.video_setup_s} s`],
		['video: peak JS heap during the export', `${video.numbers.video_peak_heap_mb} MB`],
		['video: JS heap before it', `${video.numbers.video_heap_before_mb} MB`],
		['video: file size per year', `${video.numbers.video_kb_per_year_1080p} KB`]
	);

	Object.assign(results, await firstLoad(browser));
	rows.push(
		[`first idle map, median of ${LOADS} loads`, `${results.first_idle_ms} ms`],
		['first view, gzipped', `${results.first_load_kb_gz} KB`]
	);
	openBrowser = undefined;
	await browser.close();

	const width = Math.max(...rows.map(([k]) => k.length));
	for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
	// The default strategy's figures are the headline keys, listed first.
	const ordered = {
		recolour_idle_ms: results.recolour_idle_ms,
		repaint_idle_ms: results.repaint_idle_ms,
		recolour_ratio: results.recolour_ratio,
		js_step_ms_p95: results.js_step_ms_p95,
		first_idle_ms: results.first_idle_ms,
		first_load_kb_gz: results.first_load_kb_gz,
		video_s_per_year_1080p: results.video_s_per_year_1080p,
		video_peak_heap_mb: results.video_peak_heap_mb,
		video_container: results.video_container,
		...results
	};
	console.log(JSON.stringify(ordered));
}

try {
	await main();
	await cleanup();
} catch (error) {
	failAndExit(error);
}
