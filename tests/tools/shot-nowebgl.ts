// Screenshot without WebGL: tsx tests/tools/shot-nowebgl.ts '/?year=1985' /tmp/nogl.png
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.ts';
const [path = '/', out = '/tmp/nogl.png'] = process.argv.slice(2);
const args = [
	...CHROMIUM_ARGS.filter((a) => !a.includes('swiftshader')),
	'--disable-gpu',
	'--disable-software-rasterizer'
];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args });
const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
await page.goto(`http://127.0.0.1:4173${path}`);
await page.getByTestId('map-fallback').waitFor();
await page.screenshot({ path: out });
console.log('saved', out);
await browser.close();
