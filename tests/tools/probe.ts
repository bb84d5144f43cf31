// Prints the colour at a few places for a URL: tsx tests/tools/probe.ts '/?year=1985#map=3/42/95'
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.ts';
import { colourAt, waitForMap } from '../e2e/fixtures.ts';

const [path] = process.argv.slice(2);
const [, z, la, lo] = /#map=([\d.]+)\/([\d.-]+)\/([\d.-]+)/.exec(path)!;
const view = { zoom: +z, lat: +la, lon: +lo };
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`http://127.0.0.1:4173${path}`);
await waitForMap(page);
const places: Record<string, [number, number]> = {
	KAZ: [67, 48],
	UZB: [63.5, 41.5],
	RUS: [95, 57],
	MNG: [103, 46.5],
	VNM: [103.6, 21.6],
	CHN: [90, 33]
};
for (const [k, [lon, lat]] of Object.entries(places))
	console.log(k, await colourAt(page, lon, lat, view));
await browser.close();
