/**
 * Shared browser-test fixtures: every test fails on a page error or a request that leaves
 * 127.0.0.1, and gets helpers that read what a user sees (pixels of the map, the year shown).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

export interface View {
	zoom: number;
	lat: number;
	lon: number;
}

/** Web Mercator with MapLibre's 512-pixel tiles: offset in CSS pixels from the map's centre. */
export function offsetFromCentre(lon: number, lat: number, view: View): { dx: number; dy: number } {
	const world = 512 * 2 ** view.zoom;
	const x = (l: number) => ((l + 180) / 360) * world;
	const y = (phi: number) =>
		((1 - Math.log(Math.tan(Math.PI / 4 + (phi * Math.PI) / 360)) / Math.PI) / 2) * world;
	return { dx: x(lon) - x(view.lon), dy: y(lat) - y(view.lat) };
}

export function hex([r, g, b]: number[]): string {
	return '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');
}

/** The page's own map, not the second map of a comparison. */
export const MAIN_MAP = '[data-testid="atlas-map"]:not([data-testid="compare-map"] *)';

/** The map as stamped by the page: idle, and showing `year`. */
export async function waitForMap(page: Page, year?: number) {
	const sel = year
		? `${MAIN_MAP}[data-idle="true"][data-year="${year}"]`
		: `${MAIN_MAP}[data-idle="true"][data-year]`;
	await page.locator(sel).waitFor({ timeout: 30_000 });
}

/**
 * The colour a user sees at a place: the most common colour in a small patch of a real
 * screenshot of the map, so a thin border or a letter of a label does not decide it.
 */
export async function colourAt(page: Page, lon: number, lat: number, view: View): Promise<string> {
	const map = page.locator(MAIN_MAP);
	const box = (await map.boundingBox())!;
	const { dx, dy } = offsetFromCentre(lon, lat, view);
	const cx = Math.round(box.width / 2 + dx);
	const cy = Math.round(box.height / 2 + dy);
	expect(
		cx > 3 && cx < box.width - 3 && cy > 3 && cy < box.height - 3,
		`${lon},${lat} is on screen`
	).toBe(true);
	const png = PNG.sync.read(await map.screenshot({ animations: 'disabled' }));
	const scale = png.width / box.width;
	const tally = new Map<string, number>();
	for (let y = cy - 3; y <= cy + 3; y++)
		for (let x = cx - 3; x <= cx + 3; x++) {
			const i = (Math.round(y * scale) * png.width + Math.round(x * scale)) * 4;
			const c = hex([png.data[i], png.data[i + 1], png.data[i + 2]]);
			tally.set(c, (tally.get(c) ?? 0) + 1);
		}
	return [...tally.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page }, use) => {
			const problems: string[] = [];
			page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
			page.on('request', (r) => {
				const url = new URL(r.url());
				// localhost is a second loopback origin: the embed tests use it as "another site".
				if (
					!['data:', 'blob:'].includes(url.protocol) &&
					!['127.0.0.1', 'localhost'].includes(url.hostname)
				) {
					problems.push(`request left 127.0.0.1: ${r.url()}`);
				}
			});
			// Content-Security-Policy violations, in the page and in any frame it embeds.
			await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(text));
			await page.addInitScript(() => {
				addEventListener('securitypolicyviolation', (e) => {
					const report = (window as unknown as { __reportCspViolation?: (t: string) => void })
						.__reportCspViolation;
					report?.(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
				});
			});
			await use();
			expect(problems).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
