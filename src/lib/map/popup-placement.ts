/**
 * Where a place's popup goes: rectangles in, a MapLibre anchor and offset out. The popup stays
 * inside the map, off what covers it (the map's own controls, a tour's scene card) and off its
 * own place's dot; when it cannot be shown whole it is as tall as the room it has and scrolls;
 * when there is no useful room beside the place at all, the map is panned to make some. Pure,
 * so Node tests it for many cases; place-popup.ts measures and applies.
 *
 * The box may slide along the side it faces the place from (the tip slides back, so it still
 * points at the place): above or below, sideways; beside, up or down.
 *
 * Everything is in the map's CSS pixels, (0, 0) its top left corner.
 */

export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** MapLibre's anchors (the side of the popup nearest the place) that are used. */
export type Anchor = 'bottom' | 'top' | 'left' | 'right';

/** In order of preference: above the place, below it, to its right, to its left. */
export const ANCHORS: readonly Anchor[] = ['bottom', 'top', 'left', 'right'];

/** MapLibre's tip: a triangle 10 px deep and 20 px wide between the place and the popup's box. */
export const TIP_PX = 10;
/** How near the box's corner the tip's middle may come (its half width and a rounded corner). */
const TIP_INSET_PX = TIP_PX + 4;
/** Room kept between the popup and the map's edges or anything it avoids. */
export const MARGIN_PX = 8;
/** Shorter than this, a popup shows too little to read: the map pans instead. */
export const MIN_HEIGHT_PX = 160;

export interface PlacementInput {
	/** The map's size. */
	width: number;
	height: number;
	/** The place on the map. */
	point: { x: number; y: number };
	/** The popup's box (the tip left out) at its natural height, no room limiting it. */
	size: { width: number; height: number };
	/** What the popup must not cover. */
	avoid: readonly Rect[];
	/** The place's dot radius, its rim included: the tip stops short of it. */
	dot: number;
}

export interface Placement {
	anchor: Anchor;
	/** MapLibre's offset for that anchor, in pixels: the gap for the dot, and the slide. */
	offset: [number, number];
	/** How far the tip moves within the popup to stay on the place (the slide undone). */
	tip: [number, number];
	/** The box's height (the natural height or less: the rest scrolls). */
	height: number;
	/** Where the box lands (after the pan, if any). */
	rect: Rect;
	/** How far to pan the map first (the place moves by this much), or null. */
	pan: [number, number] | null;
}

interface Option extends Omit<Placement, 'pan'> {
	/** The tallest the box could be there. */
	room: number;
}

const grow = (a: Rect): Rect => ({
	left: a.left - MARGIN_PX,
	top: a.top - MARGIN_PX,
	right: a.right + MARGIN_PX,
	bottom: a.bottom + MARGIN_PX
});

/** The free run along one axis through `at`, between `lo` and `hi`, given what blocks it. */
function freeRun(at: number, lo: number, hi: number, blocks: [number, number][]): [number, number] {
	let [a, b] = [lo, hi];
	for (const [s, e] of blocks) {
		if (s < at && e > at) return [at, at];
		if (e <= at) a = Math.max(a, e);
		else b = Math.min(b, s);
	}
	return [a, b];
}

/** Above ('bottom') or below ('top') the place, slid sideways as far as it helps. */
function stacked(input: PlacementInput, anchor: 'bottom' | 'top', reach: number): Option | null {
	const { point: p, size, width, height } = input;
	const avoid = input.avoid.map(grow);
	const w = size.width;
	const slide = Math.max(0, w / 2 - TIP_INSET_PX);
	const edge = anchor === 'bottom' ? p.y - TIP_PX - reach : p.y + TIP_PX + reach;
	// Slides worth trying: none, and those that put an edge of the box against an edge of the
	// map or of something to avoid.
	const left0 = p.x - w / 2;
	const tries = new Set([0, MARGIN_PX - left0, width - MARGIN_PX - w - left0]);
	for (const a of avoid) tries.add(a.right - left0).add(a.left - w - left0);
	let best: Option | null = null;
	for (const t of tries) {
		const dx = Math.max(-slide, Math.min(slide, t));
		const left = left0 + dx;
		if (left < MARGIN_PX - 1e-9 || left + w > width - MARGIN_PX + 1e-9) continue;
		const blocks = avoid
			.filter((a) => a.right > left && a.left < left + w)
			.map((a): [number, number] => [a.top, a.bottom]);
		const [a, b] = freeRun(edge, MARGIN_PX, height - MARGIN_PX, blocks);
		const room = anchor === 'bottom' ? edge - a : b - edge;
		const better =
			!best ||
			room > best.room + 1e-9 ||
			(Math.abs(room - best.room) < 1e-9 && Math.abs(dx) < Math.abs(best.offset[0]));
		if (room <= 0 || !better) continue;
		const h = Math.min(size.height, room);
		const top = anchor === 'bottom' ? edge - h : edge;
		best = {
			anchor,
			offset: [dx, anchor === 'bottom' ? -reach : reach],
			tip: [-dx, 0],
			height: h,
			rect: { left, top, right: left + w, bottom: top + h },
			room
		};
	}
	return best;
}

/** To the place's right ('left') or left ('right'), slid up or down as far as it helps. */
function beside(input: PlacementInput, anchor: 'left' | 'right', reach: number): Option | null {
	const { point: p, size, width, height } = input;
	const w = size.width;
	const left = anchor === 'left' ? p.x + TIP_PX + reach : p.x - TIP_PX - reach - w;
	if (left < MARGIN_PX || left + w > width - MARGIN_PX) return null;
	const blocks = input.avoid
		.map(grow)
		.filter((a) => a.right > left && a.left < left + w)
		.map((a): [number, number] => [a.top, a.bottom]);
	const [a, b] = freeRun(p.y, MARGIN_PX, height - MARGIN_PX, blocks);
	// The tip must meet the box away from its corners.
	if (p.y - a < TIP_INSET_PX || b - p.y < TIP_INSET_PX) return null;
	const room = b - a;
	const h = Math.min(size.height, room);
	const top = Math.max(a, Math.min(b - h, p.y - h / 2));
	const dy = top - (p.y - h / 2);
	return {
		anchor,
		offset: [anchor === 'left' ? reach : -reach, dy],
		tip: [0, -dy],
		height: h,
		rect: { left, top, right: left + w, bottom: top + h },
		room
	};
}

/** Whether the place itself can be seen: on the map and under nothing it avoids. */
function inView({ point: p, width, height, avoid }: PlacementInput): boolean {
	const inside = (r: Rect) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;
	return inside({ left: 0, top: 0, right: width, bottom: height }) && !avoid.some(inside);
}

/** The first anchor that shows the box whole, else the one that shows the most. */
function settle(input: PlacementInput): Option | null {
	if (!inView(input)) return null;
	const reach = input.dot + 1;
	const options = ANCHORS.map((a) =>
		a === 'bottom' || a === 'top' ? stacked(input, a, reach) : beside(input, a, reach)
	).filter((o): o is Option => o !== null);
	return (
		options.find((o) => o.room >= input.size.height) ??
		options.reduce<Option | null>((best, o) => (!best || o.room > best.room ? o : best), null)
	);
}

const enough = (input: PlacementInput, o: Option | null): o is Option =>
	!!o && o.room >= Math.min(input.size.height, MIN_HEIGHT_PX);

/**
 * Where the popup goes. If no anchor leaves it enough room (MIN_HEIGHT_PX, or its whole height
 * if less), the map is panned: to the nearest of a grid of points over the map where it shows
 * whole, else where it shows the most. With no such point (a map narrower than the popup), or a
 * place off the map, the best that can be done where the place stands.
 */
export function placePopup(input: PlacementInput): Placement {
	const here = settle(input);
	if (enough(input, here)) return done(here, null);
	// A place off the map is not panned to here: it is being brought into view, or moved away from.
	const { x, y } = input.point;
	if (x < 0 || y < 0 || x > input.width || y > input.height)
		return done(here ?? fallback(input), null);
	let best: { o: Option; pan: [number, number]; far: number } | null = null;
	for (let i = 1; i < 10; i++)
		for (let j = 1; j < 10; j++) {
			const point = { x: (input.width * i) / 10, y: (input.height * j) / 10 };
			const o = settle({ ...input, point });
			if (!enough(input, o)) continue;
			const pan: [number, number] = [point.x - input.point.x, point.y - input.point.y];
			const far = Math.hypot(...pan);
			const whole = o.room >= input.size.height;
			const bestWhole = !!best && best.o.room >= input.size.height;
			if (
				!best ||
				(whole && !bestWhole) ||
				(whole === bestWhole && (whole ? far < best.far : o.room > best.o.room))
			)
				best = { o, pan, far };
		}
	if (best) return done(best.o, best.pan);
	// Nowhere does it fit (a phone): above or below, centred, as tall as the map lets it be.
	return done(here ?? fallback(input), null);
}

function fallback(input: PlacementInput): Option {
	const { point: p, size } = input;
	const above = p.y - TIP_PX - input.dot - 1 > input.height / 2;
	const edge = above ? p.y - TIP_PX - input.dot - 1 : p.y + TIP_PX + input.dot + 1;
	const room = Math.max(0, above ? edge - MARGIN_PX : input.height - MARGIN_PX - edge);
	const h = Math.min(size.height, room);
	const top = above ? edge - h : edge;
	return {
		anchor: above ? 'bottom' : 'top',
		offset: [0, above ? -(input.dot + 1) : input.dot + 1],
		tip: [0, 0],
		height: h,
		rect: { left: p.x - size.width / 2, top, right: p.x + size.width / 2, bottom: top + h },
		room
	};
}

function done(
	{ anchor, offset, tip, height, rect }: Option,
	pan: [number, number] | null
): Placement {
	return { anchor, offset, tip, height, rect, pan };
}

/** Whether two rectangles overlap (touching edges do not). */
export function overlaps(a: Rect, b: Rect): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
