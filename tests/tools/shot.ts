// Ad-hoc screenshot: tsx tests/tools/shot.ts <path?query#hash> <out.png> [width] [height]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.ts';

const [path = '/', out = '/tmp/shot.png', w = '1280', h = '800'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`http://127.0.0.1:4173${path}`);
if (!path.startsWith('/sources')) {
	await page.waitForFunction(
		() => {
			const maps = [...document.querySelectorAll<HTMLElement>('[data-testid="atlas-map"]')];
			return maps.length > 0 && maps.every((m) => m.dataset.idle === 'true' && m.dataset.year);
		},
		undefined,
		{ timeout: 30000 }
	);
}
await page.waitForTimeout(300);
await page.screenshot({ path: out });
console.log('saved', out);
await browser.close();
