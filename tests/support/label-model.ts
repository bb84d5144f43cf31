/**
 * The labels a map shows, computed in Node from what the geodata build writes (`labels.json`,
 * `places.json`) and the rules MapLibre draws them by: the default view that `fitBounds` gives a
 * map of a given size, the band that view falls in, each shown name's box at the zoom's text size
 * (the build's `labelBox`, less the build's own margin: MapLibre pads by `text-padding` only)
 * and each place's dot. The unit tests check every year and size with it; the browser tests
 * check, for a covering set of years, that MapLibre draws these very boxes
 * (tests/e2e/support/label-boxes.ts).
 */
import { MARGIN, labelBox, measure, project, type FontMetrics } from '../../geodata/steps/labels';
import {
	EVENT_DOT,
	EVENT_RIM,
	PLACE_DOT,
	PLACE_RIM,
	PRESENTER_SCALE,
	bandOf,
	sizeAt,
	type Stops
} from '../../src/lib/map/label-sizes';
import { textSize } from '../../src/lib/map/label-layers';
import { shownIn, type LabelData, type LabelKind } from '../../src/lib/map/labels';
import { placeState } from '../../src/lib/places/records';
import type { PlaceRecord } from '../../src/lib/places/records';

/** Asia as first framed when the address carries no view (src/lib/map/create-map.ts). */
import { ASIA_BOUNDS } from '../../src/lib/map/create-map';

export type Box = [number, number, number, number];

export interface ModelLabel {
	text: string;
	kind: LabelKind;
	/** In CSS pixels of the map, MapLibre's padding included (as its collision index holds it). */
	box: Box;
}

export interface ModelDot {
	place: string;
	x: number;
	y: number;
	r: number;
}

export interface MapView {
	zoom: number;
	center: [number, number];
}

/** A map's size in CSS pixels, and the padding MapLibre frames its view within. */
export interface MapSize {
	width: number;
	height: number;
	padding?: { left: number; right: number; top: number; bottom: number };
}

export interface Screen {
	name: string;
	/** The browser window. */
	viewport: { width: number; height: number };
	/**
	 * The map's size in that window as MapLibre framed it on load (its canvas, in CSS pixels): the
	 * browser test that compares drawn boxes checks it and the view first, so a change of layout
	 * shows there as such, not as boxes that moved.
	 */
	map: { width: number; height: number };
}

/** The three sizes the labels are held to: a phone, a laptop and a 1920 × 1080 projector. */
export const SCREENS: Screen[] = [
	{ name: 'phone', viewport: { width: 375, height: 667 }, map: { width: 375, height: 387 } },
	{ name: 'laptop', viewport: { width: 1280, height: 800 }, map: { width: 883, height: 591 } },
	{
		name: 'projector',
		viewport: { width: 1920, height: 1080 },
		map: { width: 1440, height: 849 }
	}
];

const TILE = 512;

/** The view MapLibre's `fitBounds(ASIA_BOUNDS)` gives a map of this size (no padding, no bearing). */
export function defaultView(map: { width: number; height: number }): MapView {
	const [[west, south], [east, north]] = ASIA_BOUNDS;
	const [x0, y1] = project([west, south]);
	const [x1, y0] = project([east, north]);
	const zoom = Math.log2(Math.min(map.width / (x1 - x0), map.height / (y1 - y0)));
	const [mx, my] = [(x0 + x1) / 2 / TILE, (y0 + y1) / 2 / TILE];
	const lon = mx * 360 - 180;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * my))) * 180) / Math.PI;
	return { zoom, center: [lon, lat] };
}

/**
 * The type size MapLibre lays a label's box out at: its `text-size` curve (as the style writes
 * it, presenter mode's too) at the tile's zoom plus one. The glyphs are drawn at the size for the
 * map's own zoom, which is never larger: the box a collision check sees is this one.
 * https://github.com/maplibre/maplibre-gl-js/blob/main/src/symbol/symbol_layout.ts (layoutTextSize)
 */
export function layoutTextSize(kind: LabelKind, zoom: number, presenting = false): number {
	const [, , , ...flat] = textSize(kind, presenting ? PRESENTER_SCALE : 1) as unknown as number[];
	const stops: Stops = flat.flatMap((v, i) => (i % 2 ? [] : [[v, flat[i + 1]] as const]));
	return sizeAt(stops, Math.floor(zoom) + 1);
}

/** MapLibre's collision index holds boxes that reach within 100 px of the map (its padding). */
const GRID_PADDING = 100;

/**
 * The names and dots a map of `size` at `view` shows in `year` (presenter mode: larger type, the
 * set placed half a zoom lower), in that map's pixels: every world copy whose box reaches the
 * area MapLibre's collision index covers (the map and 100 px around it).
 */
export function modelLabels(
	data: LabelData,
	places: readonly PlaceRecord[],
	font: FontMetrics,
	year: number,
	view: MapView,
	size: MapSize,
	presenting = false,
	/** Another band's set than the view's (a check that can fail uses it). */
	band = bandOf(view.zoom, presenting)
): { labels: ModelLabel[]; dots: ModelDot[]; band: number } {
	const scale = 2 ** view.zoom;
	const world = TILE * scale;
	const [cx, cy] = project(view.center).map((v) => v * scale);
	// MapLibre's padding (a tour's card beside the map) moves the view's centre off the map's.
	const pad = { left: 0, right: 0, top: 0, bottom: 0, ...size.padding };
	const ox = (size.width + pad.left - pad.right) / 2 - cx;
	const oy = (size.height + pad.top - pad.bottom) / 2 - cy;
	const inGrid = (b: Box) =>
		b[2] >= -GRID_PADDING &&
		b[0] < size.width + GRID_PADDING &&
		b[3] >= -GRID_PADDING &&
		b[1] < size.height + GRID_PADDING;
	const shown = shownIn(data, year, band);
	const labels: ModelLabel[] = [];
	data.features.forEach(([kind, text, x, y, anchor], i) => {
		if (!shown[i]) return;
		const px = layoutTextSize(kind, view.zoom, presenting);
		const b = labelBox({ x, y, anchor }, measure(text, font, text), px, view.zoom);
		for (const copy of [-1, 0, 1]) {
			const box: Box = [
				b[0] + MARGIN + ox + copy * world,
				b[1] + MARGIN + oy,
				b[2] - MARGIN + ox + copy * world,
				b[3] - MARGIN + oy
			];
			if (inGrid(box)) labels.push({ text, kind, box });
		}
	});
	const dots: ModelDot[] = [];
	const dotScale = presenting ? PRESENTER_SCALE : 1;
	for (const place of places) {
		const p = placeState(place, year);
		if (p === 0) continue;
		const [px, py] = project(place.coordinates).map((v) => v * scale);
		const r =
			p === 2
				? sizeAt(EVENT_DOT, view.zoom) * dotScale + EVENT_RIM
				: sizeAt(PLACE_DOT, view.zoom) * dotScale + PLACE_RIM;
		for (const copy of [-1, 0, 1]) {
			const [x, y] = [px + ox + copy * world, py + oy];
			if (inGrid([x - r, y - r, x + r, y + r])) dots.push({ place: place.id, x, y, r });
		}
	}
	return { labels, dots, band };
}

/** Two boxes overlap by more than `slack` pixels each way. */
export function boxesOverlap(a: readonly number[], b: readonly number[], slack = 0.5): boolean {
	return a[0] + slack < b[2] && b[0] + slack < a[2] && a[1] + slack < b[3] && b[1] + slack < a[3];
}

/** A box covers part of a dot (the box without MapLibre's 2 px padding). */
export function boxCoversDot(
	box: readonly number[],
	dot: { x: number; y: number; r: number },
	padding = 2
): boolean {
	const [x1, y1, x2, y2] = [box[0] + padding, box[1] + padding, box[2] - padding, box[3] - padding];
	const nx = Math.max(x1, Math.min(dot.x, x2));
	const ny = Math.max(y1, Math.min(dot.y, y2));
	return Math.hypot(dot.x - nx, dot.y - ny) < dot.r - 0.5;
}

/** Every overlap of two names, and of a name and a dot, as sentences. */
export function collisions(
	labels: readonly { text: string; box: readonly number[] }[],
	dots: readonly ModelDot[]
): string[] {
	const problems: string[] = [];
	for (let i = 0; i < labels.length; i++) {
		for (let j = i + 1; j < labels.length; j++)
			if (boxesOverlap(labels[i].box, labels[j].box))
				problems.push(`"${labels[i].text}" overlaps "${labels[j].text}"`);
		for (const dot of dots)
			if (boxCoversDot(labels[i].box, dot))
				problems.push(`"${labels[i].text}" covers the dot of ${dot.place}`);
	}
	return problems;
}
