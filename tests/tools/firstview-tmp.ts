import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS } from '../../playwright.config';
const port = process.argv[2] ?? '4180';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.addInitScript(() => {
	const w = window as unknown as { __firstIdle?: { epoch: number } };
	new MutationObserver(() => {
		if (w.__firstIdle) return;
		const map = document.querySelector<HTMLElement>('[data-testid="atlas-map"]');
		if (map?.dataset.idle === 'true' && map.dataset.year === '1985') w.__firstIdle = { epoch: Date.now() };
	}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-idle'] });
});
const out: { url: string; started: number; gz: Promise<number> }[] = [];
page.on('response', (r) => out.push({ url: r.url().replace(/^.*?\/\/[^/]+/, ''), started: r.request().timing().startTime, gz: r.body().then((b) => gzipSync(b, { level: 9 }).length).catch(() => 0) }));
await page.goto(`http://127.0.0.1:${port}/?year=1985#map=3/42/95`);
const idle = await page.waitForFunction(() => (window as unknown as { __firstIdle?: { epoch: number } }).__firstIdle, undefined, { timeout: 60000 });
const { epoch } = (await idle.jsonValue())!;
const seen = new Map<string, number>();
for (const r of out) if (r.started <= epoch && !seen.has(r.url)) seen.set(r.url, await r.gz);
for (const [u, n] of [...seen].sort((a, b) => b[1] - a[1])) process.stdout.write(`${String(n).padStart(8)} ${u}\n`);
process.stdout.write(`total ${[...seen.values()].reduce((a, b) => a + b, 0)}\n`);
await browser.close();
