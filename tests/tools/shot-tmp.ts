import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const shots: [string, string, number, number, boolean?][] = [
	['/?year=1965&state=CHN#map=3/40/100', '/tmp/s-chn-assessed.png', 1280, 900],
	['/?year=1965&state=CHN&reading=formal#map=3/40/100', '/tmp/s-chn-formal.png', 1280, 900],
	['/?year=1965&state=CHN&reading=formal#map=3/40/100', '/tmp/s-chn-formal-tall.png', 1280, 2000],
	['/?year=1965&reading=nonsense', '/tmp/s-bad.png', 1280, 800],
	['/method', '/tmp/s-method.png', 1280, 2400],
	['/method#rule-western-alliance', '/tmp/s-method-anchor.png', 1280, 800]
];
for (const [path, file, w, h] of shots) {
	const page = await browser.newPage({ viewport: { width: w, height: h } });
	page.on('console', (m) => m.type() === 'error' && console.log('console:', path, m.text()));
	page.on('pageerror', (e) => console.log('pageerror:', path, e.message));
	await page.goto(`http://127.0.0.1:4180${path}`);
	if (!path.startsWith('/method')) {
		await page.locator('[data-testid="atlas-map"][data-idle="true"]').waitFor({ timeout: 60000 });
		await page.waitForTimeout(1500);
	}
	await page.screenshot({ path: file, fullPage: path === '/method' });
	await page.close();
}
await browser.close();
