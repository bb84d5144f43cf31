import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ICONS, MASKABLE_SAFE_RADIUS, PAPER, iconSvg } from '$lib/publish/icons';
import { THEME_COLOUR, webManifest } from '$lib/publish/manifest';
import { renderPng } from '$lib/publish/render-png';

describe('the web app manifest', () => {
	const m = webManifest();

	it('has what an installable app needs, with addresses relative to itself', () => {
		expect(m).toMatchObject({
			id: './',
			short_name: 'Orbit',
			start_url: './',
			scope: './',
			display: 'standalone',
			theme_color: THEME_COLOUR
		});
		expect(m.name).toMatch(/^Orbit: Asia and Moscow, 1945–2025$/);
		expect(m.description.length).toBeGreaterThan(50);
		expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/);
	});

	it('lists PNG icons of 192 and 512 px, plain and maskable', () => {
		expect(m.icons.map((i) => [i.src, i.sizes, i.purpose])).toEqual([
			['./icons/icon-192.png', '192x192', 'any'],
			['./icons/icon-512.png', '512x512', 'any'],
			['./icons/maskable-192.png', '192x192', 'maskable'],
			['./icons/maskable-512.png', '512x512', 'maskable']
		]);
	});
});

describe('the icons', () => {
	const rgb = (png: PNG, x: number, y: number) => {
		const i = (y * png.width + x) * 4;
		return '#' + [0, 1, 2].map((k) => png.data[i + k].toString(16).padStart(2, '0')).join('');
	};

	it('render at their stated sizes, with the mark (Moscow red) at the centre', () => {
		for (const icon of ICONS) {
			const png = PNG.sync.read(renderPng(iconSvg(icon)));
			expect([png.width, png.height], icon.id).toEqual([icon.size, icon.size]);
			expect(rgb(png, icon.size / 2, icon.size / 2), icon.id).toBe('#67001f');
		}
	});

	it('maskable ones fill the square, and keep all their ink inside the safe circle', () => {
		for (const icon of ICONS.filter((i) => i.purpose === 'maskable')) {
			const png = PNG.sync.read(renderPng(iconSvg(icon)));
			const c = icon.size / 2;
			let outside = 0;
			let inked = 0;
			for (let y = 0; y < icon.size; y++)
				for (let x = 0; x < icon.size; x++) {
					const paper = rgb(png, x, y) === PAPER && png.data[(y * icon.size + x) * 4 + 3] === 255;
					const r = Math.hypot(x + 0.5 - c, y + 0.5 - c) / icon.size;
					if (r > MASKABLE_SAFE_RADIUS && !paper) outside++;
					if (!paper) inked++;
				}
			expect(outside, `${icon.id}: pixels other than paper outside the safe circle`).toBe(0);
			// The mark is not shrunk to a dot: it reaches well out into the safe circle.
			expect(inked / icon.size ** 2, icon.id).toBeGreaterThan(0.08);
		}
	});

	it('plain ones have transparent corners (a rounded tile)', () => {
		const png = PNG.sync.read(renderPng(iconSvg(ICONS[0])));
		expect(png.data[3]).toBe(0);
	});
});
