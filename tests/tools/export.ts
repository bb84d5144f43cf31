// Saves the slide export of a URL: tsx tests/tools/export.ts '/?scene=japan/4' /tmp/slide.png
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.ts';
import { waitForMap } from '../e2e/fixtures.ts';
const [path = '/', out = '/tmp/slide.png'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({
	viewport: { width: 1280, height: 800 },
	acceptDownloads: true
});
await page.goto(`http://127.0.0.1:4173${path}`);
await waitForMap(page);
await page.waitForTimeout(500);
await page.getByText('Image', { exact: true }).click();
const [d] = await Promise.all([
	page.waitForEvent('download'),
	page.getByRole('button', { name: /^Slide/ }).click()
]);
await d.saveAs(out);
console.log('saved', out);
await browser.close();
