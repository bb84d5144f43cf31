import { describe, expect, it } from 'vitest';
import {
	MARGIN_PX,
	MIN_HEIGHT_PX,
	TIP_PX,
	overlaps,
	placePopup,
	type Placement,
	type PlacementInput,
	type Rect
} from '$lib/map/popup-placement';

/**
 * The maps of the screens the issue names, as the page lays them out: 1280 × 800 and 1920 × 1080
 * (the side panel beside the map), presenter mode at 1920 × 1080 (the map the whole width), the
 * scene card in the bottom left corner (26rem wide, up to 60% of the map's height; 40rem in
 * presenter mode), the zoom buttons top right and the borders' credit bottom right.
 */
const SCREENS = [
	{ label: '1280 × 800', width: 883, height: 588, card: { w: 416, h: 320 } },
	{ label: '1920 × 1080', width: 1440, height: 846, card: { w: 416, h: 330 } },
	{ label: 'presenter mode', width: 1920, height: 948, card: { w: 640, h: 520 } }
];

function overlays(width: number, height: number, card: { w: number; h: number } | null): Rect[] {
	return [
		{ left: width - 39, top: 10, right: width - 10, bottom: 68 },
		{ left: width - 250, top: height - 34, right: width - 10, bottom: height - 10 },
		...(card
			? [{ left: 12, top: height - 12 - card.h, right: 12 + card.w, bottom: height - 12 }]
			: [])
	];
}

const input = (over: Partial<PlacementInput>): PlacementInput => ({
	width: 884,
	height: 566,
	point: { x: 442, y: 283 },
	size: { width: 340, height: 240 },
	avoid: [],
	dot: 12.5,
	...over
});

/** Where the place stands once the map has panned. */
const moved = (i: PlacementInput, p: Placement) =>
	p.pan ? { x: i.point.x + p.pan[0], y: i.point.y + p.pan[1] } : i.point;

/** What every placement must be: inside the map, clear of what it avoids and of its dot. */
function expectSound(i: PlacementInput, p: Placement, what: string) {
	const { rect } = p;
	expect(rect.left, what).toBeGreaterThanOrEqual(MARGIN_PX);
	expect(rect.top, what).toBeGreaterThanOrEqual(MARGIN_PX - 1e-9);
	expect(rect.right, what).toBeLessThanOrEqual(i.width - MARGIN_PX);
	expect(rect.bottom, what).toBeLessThanOrEqual(i.height - MARGIN_PX + 1e-9);
	for (const a of i.avoid)
		expect(overlaps(rect, a), `${what}: over ${JSON.stringify(a)}`).toBe(false);
	expect(p.height, what).toBeLessThanOrEqual(i.size.height);
	expect(rect.bottom - rect.top).toBeCloseTo(p.height);
	// The dot: its box, grown by the tip, stays clear of the popup's box.
	const at = moved(i, p);
	const r = i.dot;
	const dot = { left: at.x - r, top: at.y - r, right: at.x + r, bottom: at.y + r };
	expect(overlaps(rect, dot), `${what}: over its dot`).toBe(false);
	// The tip reaches from the box to the place: the box is a tip's length (and the dot) away,
	// and the tip, slid back as far as the box slid, meets it away from its corners.
	const gapX = Math.max(rect.left - at.x, at.x - rect.right, 0);
	const gapY = Math.max(rect.top - at.y, at.y - rect.bottom, 0);
	expect(Math.max(gapX, gapY), what).toBeLessThanOrEqual(TIP_PX + r + 2);
	if (p.anchor === 'top' || p.anchor === 'bottom') {
		expect((rect.left + rect.right) / 2 + p.tip[0], what).toBeCloseTo(at.x, 5);
		expect(at.x - rect.left, what).toBeGreaterThanOrEqual(TIP_PX + 4 - 1e-9);
		expect(rect.right - at.x, what).toBeGreaterThanOrEqual(TIP_PX + 4 - 1e-9);
	} else {
		expect((rect.top + rect.bottom) / 2 + p.tip[1], what).toBeCloseTo(at.y, 5);
		expect(at.y - rect.top, what).toBeGreaterThanOrEqual(TIP_PX + 4 - 1e-9);
		expect(rect.bottom - at.y, what).toBeGreaterThanOrEqual(TIP_PX + 4 - 1e-9);
	}
	expect(p.tip).toEqual(
		p.anchor === 'top' || p.anchor === 'bottom' ? [-p.offset[0], 0] : [0, -p.offset[1]]
	);
}

describe('a popup with room all round', () => {
	it('goes above its place, whole, with no pan', () => {
		const p = placePopup(input({}));
		expect(p).toMatchObject({ anchor: 'bottom', height: 240, pan: null, tip: [-0, 0] });
		expect(p.offset).toEqual([0, -13.5]);
		expect(p.rect.bottom).toBe(283 - TIP_PX - 13.5);
	});
});

describe('a popup near the edges', () => {
	it('goes below a place near the top, and slides along to stay on the map', () => {
		expect(placePopup(input({ point: { x: 442, y: 60 } }))).toMatchObject({
			anchor: 'top',
			offset: [0, 13.5]
		});
		for (const [x, y, anchor, slide] of [
			[60, 283, 'bottom', 118],
			// Above, the zoom buttons; below, the borders' credit: to the left, whole.
			[830, 283, 'right', 0],
			[60, 60, 'top', 118],
			[830, 520, 'bottom', -124]
		] as const) {
			const i = input({ point: { x, y } });
			i.avoid = overlays(i.width, i.height, null);
			const p = placePopup(i);
			expect(p, `${x},${y}`).toMatchObject({ anchor, pan: null });
			// The slide: across above or below, up or down beside.
			expect(p.offset[anchor === 'right' ? 1 : 0], `${x},${y}`).toBe(slide);
			expectSound(i, p, `${x},${y}`);
		}
	});

	it('goes beside a place when above and below are too short', () => {
		const i = input({ width: 884, height: 300, point: { x: 200, y: 150 } });
		const p = placePopup(i);
		expect(p.anchor).toBe('left');
		expect(p.height).toBe(240);
		expectSound(i, p, 'beside');
		// Near the top, the box slides down and the tip up, to the place.
		const high = input({ width: 884, height: 300, point: { x: 200, y: 40 } });
		const q = placePopup(high);
		expect(q).toMatchObject({ anchor: 'left', pan: null });
		expect(q.offset[1]).toBeGreaterThan(0);
		expectSound(high, q, 'beside, high');
	});

	it('a long popup takes the tallest room and scrolls in the rest (the issue’s Cam Ranh Bay)', () => {
		// 1280 × 800, #map=7.5/11.9/109.2: the bay just above the map's middle, two events.
		const i = input({ point: { x: 441, y: 290 }, size: { width: 340, height: 620 } });
		i.avoid = overlays(i.width, i.height, null);
		const p = placePopup(i);
		expectSound(i, p, 'Cam Ranh Bay');
		expect(p.height).toBeLessThan(620);
		expect(p.height).toBeGreaterThanOrEqual(MIN_HEIGHT_PX);
		// Beside the place, where the map is tallest, rather than cut off below it.
		expect(['left', 'right']).toContain(p.anchor);
		// Nearly the map's whole height, where above or below had half of it.
		expect(p.height).toBeGreaterThan(450);
	});
});

describe('a tour’s scene card and the map’s controls', () => {
	for (const screen of SCREENS) {
		const avoid = overlays(screen.width, screen.height, screen.card);
		it(`${screen.label}: wherever the place is and however long the popup, never over them`, () => {
			let panned = 0;
			let cases = 0;
			const hidden = (x: number, y: number) =>
				avoid.some((a) => x >= a.left && x <= a.right && y >= a.top && y <= a.bottom);
			const near = 40;
			const crowded = (x: number, y: number) =>
				Math.min(x, y, screen.width - x, screen.height - y) < near ||
				avoid.some(
					(a) =>
						x >= a.left - near && x <= a.right + near && y >= a.top - near && y <= a.bottom + near
				);
			for (let x = 20; x < screen.width; x += 61)
				for (let y = 20; y < screen.height; y += 43)
					for (const size of [
						{ width: 220, height: 90 },
						{ width: 340, height: 330 },
						{ width: 340, height: 900 }
					]) {
						const i: PlacementInput = { ...input({}), ...screen, point: { x, y }, size, avoid };
						const p = placePopup(i);
						expectSound(i, p, `${screen.label} at ${x},${y}, ${size.height} tall`);
						// Enough of it shows: its whole height, or at least MIN_HEIGHT_PX.
						expect(p.height).toBeGreaterThanOrEqual(Math.min(size.height, MIN_HEIGHT_PX));
						// A place under the card is always brought out; one in view moves only when it
						// is crowded against the map's edge or what the popup avoids.
						if (hidden(x, y)) expect(p.pan, `${x},${y}`).not.toBeNull();
						else {
							if (p.pan) {
								panned++;
								expect(crowded(x, y), `${x},${y} panned`).toBe(true);
							}
							cases++;
						}
					}
			expect(panned / cases).toBeLessThan(0.2);
		});
	}

	it('a place beside the card: the popup moves off the card rather than the map panning', () => {
		// 1280 × 800, a scene framed beside the card: the place just right of it, low down.
		const avoid = overlays(884, 566, { w: 416, h: 320 });
		const i = input({ point: { x: 520, y: 420 }, size: { width: 340, height: 300 }, avoid });
		const p = placePopup(i);
		expect(p.pan).toBeNull();
		expect(p.height).toBe(300);
		// Above, slid right off the card (centred, it would run over it).
		expect(p).toMatchObject({ anchor: 'bottom', offset: [436 - (520 - 170), -13.5] });
		expectSound(i, p, 'beside the card');
	});

	it('a place under the card is brought out from under it, the popup whole', () => {
		const avoid = overlays(884, 566, { w: 416, h: 320 });
		const i = input({ point: { x: 200, y: 400 }, avoid });
		const p = placePopup(i);
		expect(p.pan).not.toBeNull();
		const at = moved(i, p);
		expect(at.x > 12 + 416 || at.y < 566 - 12 - 320).toBe(true);
		expect(p.height).toBe(240);
		expectSound(i, p, 'under the card');
	});

	it('a place off the map is not panned to (it is being brought into view, or left)', () => {
		for (const point of [
			{ x: -300, y: 100 },
			{ x: 400, y: 900 }
		])
			expect(placePopup(input({ point })).pan).toBeNull();
	});
});

describe('a map narrower than the popup (a phone)', () => {
	it('does the best it can where the place is: no pan that cannot help', () => {
		const i = input({
			width: 375,
			height: 387,
			point: { x: 187, y: 150 },
			size: { width: 370, height: 300 }
		});
		const p = placePopup(i);
		expect(p.pan).toBeNull();
		// Below, where there is more room, as tall as that room.
		expect(p.anchor).toBe('top');
		expect(p.height).toBe(387 - MARGIN_PX - (150 + TIP_PX + 13.5));
	});
});
