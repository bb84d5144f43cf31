import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN_COLOUR, relationClass, type RelationClassId } from '$lib/codebook/classes';
import { SEA_COLOUR } from '$lib/map/style';
import { projector } from '$lib/map/mercator';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from '$lib/publish/preview-svg';
import { PREVIEWS, previewSpec, previewSvgFor, type PreviewSpec } from '$lib/publish/previews';
import { notoText, pathData, renderPng } from '$lib/publish/render-png';

function render(spec: PreviewSpec): PNG {
	return PNG.sync.read(renderPng(previewSvgFor(spec, notoText)));
}

function rgb(png: PNG, x: number, y: number): string {
	const i = (Math.round(y) * png.width + Math.round(x)) * 4;
	return '#' + [0, 1, 2].map((k) => png.data[i + k].toString(16).padStart(2, '0')).join('');
}

/** The colour at a longitude/latitude of a preview. */
function colourAt(png: PNG, spec: PreviewSpec, lon: number, lat: number): string {
	const [x, y] = projector(spec.view, png.width, png.height)(lon, lat);
	expect(x > 0 && x < png.width && y > 0 && y < png.height, `${lon},${lat} is in the picture`).toBe(
		true
	);
	return rgb(png, x, y);
}

const colour = (id: RelationClassId) => relationClass(id).colour;

describe('the atlas preview', () => {
	const spec = previewSpec('atlas')!;
	let png: PNG;
	beforeAll(() => {
		png = render(spec);
	}, 60_000);

	it('is a 1200 x 630 PNG', () => {
		expect([png.width, png.height]).toEqual([1200, 630]);
		expect([PREVIEW_WIDTH, PREVIEW_HEIGHT]).toEqual([1200, 630]);
	});

	it("shows the map of Asia in 1985: each state in its class's colour, the sea around", () => {
		expect(spec.year).toBe(1985);
		// Inner points of large states, away from borders, labels and the legend.
		expect(colourAt(png, spec, 95, 60), 'the USSR').toBe(colour('moscow'));
		expect(colourAt(png, spec, 103, 46.5), 'Mongolia').toBe(colour('ally'));
		expect(colourAt(png, spec, 78, 21), 'India').toBe(colour('partner'));
		expect(colourAt(png, spec, 100, 32), 'China').toBe(colour('strained'));
		expect(colourAt(png, spec, 45, 24), 'Saudi Arabia').toBe(colour('no-relations'));
		expect(colourAt(png, spec, 65, 8), 'the Arabian Sea').toBe(SEA_COLOUR);
	});

	it('writes the heading and the year in the corner, in ink', () => {
		// The panel's right half holds the end of "Asia and Moscow": dark ink is drawn there.
		let ink = 0;
		for (let y = 30; y < 70; y++)
			for (let x = 150; x < 290; x++) if (rgb(png, x, y) === '#1d1d1d') ink++;
		expect(ink).toBeGreaterThan(100);
	});
});

describe('the tour previews', () => {
	it('one per built-in tour, at its first scene, with a title of its own', () => {
		const tours = PREVIEWS.filter((p) => p.id.startsWith('tour-'));
		expect(tours.map((p) => p.id)).toEqual([
			'tour-china',
			'tour-india',
			'tour-japan',
			'tour-koreas',
			'tour-vietnam',
			'tour-mazyrin'
		]);
		expect(new Set(tours.map((p) => p.heading)).size).toBe(tours.length);
	});

	it('the China tour shows 1969 as its first scene asks it: China under the "?", Mongolia an ally', () => {
		const spec = previewSpec('tour-china')!;
		expect(spec.year).toBe(1969);
		expect(spec.outlined).toEqual(expect.arrayContaining(['CHN', 'SUN']));
		// The scene asks the room how China stood: the preview keeps the answer (conflict) back.
		expect(spec.hidden).toEqual(['CHN']);
		expect(spec.alt).toContain('except China, hidden under a question mark');
		const png = render(spec);
		expect([png.width, png.height]).toEqual([1200, 630]);
		const [x, y] = projector(spec.view, png.width, png.height)(125, 46);
		const seen = new Map<string, number>();
		for (let dy = -11; dy < 11; dy++)
			for (let dx = -11; dx < 11; dx++) {
				const c = rgb(png, x + dx, y + dy);
				seen.set(c, (seen.get(c) ?? 0) + 1);
			}
		expect(seen.has(colour('conflict')), 'Manchuria shows no conflict colour').toBe(false);
		expect(seen.get(HIDDEN_COLOUR), 'Manchuria is mostly the neutral').toBeGreaterThan(22 * 11);
		// A "?" mark is drawn in every 22 px tile: dark ink among the neutral.
		const dark = [...seen].filter(([c]) => parseInt(c.slice(1, 3), 16) < 110);
		expect(
			dark.reduce((n, [, k]) => n + k, 0),
			'with a question mark in the tile'
		).toBeGreaterThan(10);
		expect(colourAt(png, spec, 108, 46), 'Mongolia').toBe(colour('ally'));
		expect(colourAt(png, spec, 134, 50), 'the Soviet Far East').toBe(colour('moscow'));
	}, 60_000);
});

describe('text as outlines', () => {
	it('writes every coordinate as a number (opentype.js 2.0.0 writes NaN for some)', () => {
		const { d, width } = notoText('China after the Soviet collapse', 28, 58, 30, 600);
		expect(d).not.toMatch(/NaN/);
		expect(width).toBeGreaterThan(300);
		expect(
			pathData([
				{ type: 'M', x: 1.26, y: 2 },
				{ type: 'Q', x1: 3, y1: 4, x: 5.04, y: 6 },
				{ type: 'Z' }
			])
		).toBe('M1.3 2Q3 4 5 6Z');
	});
});
