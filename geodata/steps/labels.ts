/**
 * Label placement, decided here once instead of by the browser at every slider step.
 *
 * For every year and every zoom band, a greedy pass in
 * priority order picks which country, sea and place names show and where, so that no two
 * labels overlap and no label covers a place's dot:
 *   1. a place with an event that year (its name beside its dot: right, left, below or above);
 *   2. country names, the states of the places' events first, then the largest (its pole of inaccessibility, else other roomy
 *      points inside it);
 *   3. sea names (dropped while a place of the same sea shows its own name);
 *   4. from zoom 4, the other places that matter that year.
 * Boxes are measured in the map's pixels at the band's lowest zoom, from the shipped font's
 * advance widths and MapLibre's rules for a label's box (no kerning, 1.2 em lines, 2 px
 * padding), plus a pixel of margin. Sizes grow more slowly than the map within a band
 * (src/lib/map/label-sizes.ts), so a band's set holds throughout it.
 *
 * The output lists every candidate that ever shows (one per name and position) and, per
 * candidate, the years from which its visibility bits change: bit `band` set means it shows.
 */
import polylabel from 'polylabel';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
	COUNTRY_TEXT,
	EVENT_DOT,
	EVENT_RIM,
	LABEL_ZOOMS,
	LINE_HEIGHT,
	PLACE_DOT,
	PLACE_OFFSET_EM,
	PLACE_RIM,
	PLACE_TEXT,
	SEA_TEXT,
	TEXT_PADDING,
	sizeAt,
	type Stops
} from '../../src/lib/map/label-sizes.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../src/lib/years/years.ts';
import type { LabelAnchor, LabelData } from '../../src/lib/map/labels.ts';
import { lonLatOf, worldPoint } from '../../src/lib/map/mercator.ts';

interface LabelFeature {
	kind: 'country' | 'place' | 'sea';
	text: string;
	x: number;
	y: number;
	anchor: LabelAnchor;
}

/** Advance widths of the shipped font, in MapLibre's 24-unit em. */
export interface FontMetrics {
	advance(char: string): number | undefined;
}

export interface CountryInput {
	/** Feature id of the polity (for the state it names). */
	iso: string;
	name: string;
	start: number;
	end: number;
	geometry: Polygon | MultiPolygon;
}

export interface PlaceInput {
	id: string;
	name: string;
	coordinates: Position;
	/** 2 an event that year, 1 it matters, 0 hidden (places/records.ts placeState). */
	stateIn(year: number): number;
}

export interface SeaInput {
	id: string;
	/** Lines of the name; a disputed name carries both. */
	text: string;
	coordinates: Position;
	/** A place standing for the same sea: its name, when shown, replaces this one. */
	place?: string;
}

/** The seas and straits the sources name, and a few for orientation. */
export const SEAS: SeaInput[] = [
	{ id: 'sea-of-japan', text: 'Sea of Japan\n(East Sea)', coordinates: [135.2, 41.2] },
	{ id: 'sea-of-okhotsk', text: 'Sea of Okhotsk', coordinates: [149.5, 53.5] },
	{ id: 'south-china-sea', text: 'South China Sea', coordinates: [114.2, 15.3] },
	{ id: 'taiwan-strait', text: 'Taiwan\nStrait', coordinates: [118.6, 23.1] },
	{ id: 'east-china-sea', text: 'East China Sea', coordinates: [125.5, 29.5] },
	{ id: 'yellow-sea', text: 'Yellow Sea', coordinates: [123.3, 35.8] },
	{ id: 'philippine-sea', text: 'Philippine Sea', coordinates: [133, 20] },
	{ id: 'bay-of-bengal', text: 'Bay of Bengal', coordinates: [88.5, 15.5] },
	{ id: 'arabian-sea', text: 'Arabian Sea', coordinates: [64.5, 16] },
	{ id: 'bering-sea', text: 'Bering Sea', coordinates: [178, 58.5] },
	{ id: 'pacific-ocean', text: 'Pacific Ocean', coordinates: [160, 30] },
	{ id: 'indian-ocean', text: 'Indian Ocean', coordinates: [80, -3] }
];

/** Places whose own name stands for a sea label (the sea label gives way to it). */
const SEA_PLACES: Record<string, string> = {
	'sea-of-japan': 'sea-of-japan',
	'south-china-sea': 'south-china-sea',
	'taiwan-strait': 'taiwan-strait'
};

const ANCHOR_OFFSETS: Record<LabelAnchor, [number, number]> = {
	center: [0, 0],
	left: [PLACE_OFFSET_EM, 0],
	right: [-PLACE_OFFSET_EM, 0],
	top: [0, PLACE_OFFSET_EM],
	bottom: [0, -PLACE_OFFSET_EM]
};
const PLACE_ANCHORS: LabelAnchor[] = ['left', 'right', 'top', 'bottom'];

/** A pixel of margin on every side, for rounding between this model and MapLibre's. */
export const MARGIN = 1;

/** Web Mercator, in pixels of the world at zoom 0 (x, y): the map's own (map/mercator.ts). */
export function project([lon, lat]: Position): [number, number] {
	return worldPoint(lon, lat);
}

const projections = new Map<string, [number, number]>();
/** `project`, remembered: the placement asks for the same points thousands of times. */
function projected(x: number, y: number): [number, number] {
	const key = `${x},${y}`;
	let p = projections.get(key);
	if (!p) projections.set(key, (p = project([x, y])));
	return p;
}

/** A name broken into at most two balanced lines (at a space or after " / "). */
export function breakLines(name: string, maxChars: number): string {
	if (name.length <= maxChars || !name.includes(' ')) return name;
	const slash = name.indexOf(' / ');
	if (slash > 0) return `${name.slice(0, slash)} /\n${name.slice(slash + 3)}`;
	const paren = name.indexOf(' (');
	if (paren > 0) return `${name.slice(0, paren)}\n${name.slice(paren + 1)}`;
	let best = -1;
	for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
		if (best < 0 || Math.abs(name.length / 2 - i) < Math.abs(name.length / 2 - best)) best = i;
	}
	return `${name.slice(0, best)}\n${name.slice(best + 1)}`;
}

/** A label's width and height in ems (24 units), from the font's advances. */
export function measure(text: string, font: FontMetrics, where: string): [number, number] {
	const lines = text.split('\n');
	let width = 0;
	for (const line of lines) {
		let w = 0;
		for (const ch of line) {
			const a = font.advance(ch);
			if (a === undefined) {
				throw new Error(`${where}: the map's font has no glyph for "${ch}" in "${line}"`);
			}
			w += a;
		}
		width = Math.max(width, w);
	}
	return [width / 24, lines.length * LINE_HEIGHT];
}

type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** A candidate's box at a zoom and scale, in world pixels (MapLibre's padding and ours). */
export function labelBox(
	feature: Pick<LabelFeature, 'x' | 'y' | 'anchor'>,
	em: [number, number],
	size: number,
	zoom: number
): Box {
	const scale = 2 ** zoom;
	const [px, py] = projected(feature.x, feature.y);
	const [ox, oy] = ANCHOR_OFFSETS[feature.anchor];
	const w = em[0] * size;
	const h = em[1] * size;
	const cx = px * scale + ox * size;
	const cy = py * scale + oy * size;
	const left = feature.anchor === 'left' ? cx : feature.anchor === 'right' ? cx - w : cx - w / 2;
	const top = feature.anchor === 'top' ? cy : feature.anchor === 'bottom' ? cy - h : cy - h / 2;
	const pad = TEXT_PADDING + MARGIN;
	return [left - pad, top - pad, left + w + pad, top + h + pad];
}

function dotBox(coordinates: Position, state: number, zoom: number): Box {
	const [px, py] = projected(coordinates[0], coordinates[1]).map((v) => v * 2 ** zoom);
	const r =
		state === 2
			? sizeAt(EVENT_DOT, zoom) + EVENT_RIM
			: sizeAt(PLACE_DOT, zoom) + PLACE_RIM + MARGIN;
	return [px - r, py - r, px + r, py + r];
}

function ringArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) {
		sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
	}
	return Math.abs(sum / 2);
}

function insideRing(point: Position, ring: Position[]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (
			yi > point[1] !== yj > point[1] &&
			point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi
		)
			inside = !inside;
	}
	return inside;
}

function edgeDistance(point: Position, polygon: Position[][]): number {
	let best = Infinity;
	for (const ring of polygon)
		for (let i = 1; i < ring.length; i++) {
			const [ax, ay] = ring[i - 1];
			const [bx, by] = ring[i];
			const dx = bx - ax;
			const dy = by - ay;
			const t = Math.max(
				0,
				Math.min(1, ((point[0] - ax) * dx + (point[1] - ay) * dy) / (dx * dx + dy * dy || 1))
			);
			best = Math.min(best, Math.hypot(point[0] - ax - t * dx, point[1] - ay - t * dy));
		}
	return best;
}

/**
 * Where a country's name may go, best first: the pole of inaccessibility of its largest polygon
 * (the point furthest from its edges), then up to four other roomy points of it, spread apart.
 * Computed in Mercator, as the map draws it.
 */
export function countryAnchors(geometry: Polygon | MultiPolygon): {
	points: Position[];
	area: number;
} {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let largest = polygons[0];
	let total = 0;
	let largestArea = -1;
	for (const p of polygons) {
		const a = ringArea(p[0]);
		total += a;
		if (a > largestArea) [largest, largestArea] = [p, a];
	}
	const merc = largest.map((ring) => ring.map((pt) => project(pt)));
	const toLonLat = ([x, y]: Position): Position => {
		const [lon, lat] = lonLatOf(x, y);
		return [Math.round(lon * 10) / 10, Math.round(lat * 10) / 10];
	};
	const best = polylabel(merc, 0.002) as unknown as Position;
	const points: Position[] = [best];
	const xs = merc[0].map((p) => p[0]);
	const ys = merc[0].map((p) => p[1]);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const step = Math.max(x1 - x0, y1 - y0) / 20;
	const grid: { p: Position; d: number }[] = [];
	for (let x = x0 + step / 2; x < x1; x += step)
		for (let y = y0 + step / 2; y < y1; y += step) {
			const p = [x, y];
			if (!insideRing(p, merc[0]) || merc.slice(1).some((hole) => insideRing(p, hole))) continue;
			grid.push({ p, d: edgeDistance(p, merc) });
		}
	grid.sort((a, b) => b.d - a.d);
	const bestD = edgeDistance(best, merc);
	const spread = Math.max(x1 - x0, y1 - y0) / 12;
	for (const { p, d } of grid) {
		if (points.length >= 5 || d < bestD * 0.2) break;
		if (points.every((q) => Math.hypot(q[0] - p[0], q[1] - p[1]) >= spread)) points.push(p);
	}
	return { points: points.map(toLonLat), area: Math.round(total) };
}

interface Candidate {
	/** Indices into the feature list: its positions, best first. */
	variants: number[];
	kind: LabelFeature['kind'];
	/** The place or sea it names. */
	id: string;
}

/** Every candidate and, per year, the set each (band, scale) shows. */
export function placeLabels(
	countries: CountryInput[],
	places: PlaceInput[],
	seas: SeaInput[],
	font: FontMetrics,
	/** States the places' events concern: their names go first. */
	story: ReadonlySet<string> = new Set()
): LabelData {
	const features: LabelFeature[] = [];
	const ems: [number, number][] = [];
	const add = (f: LabelFeature, where: string) => {
		features.push(f);
		ems.push(measure(f.text, font, where));
		return features.length - 1;
	};

	const countryCandidates = countries
		.map((c) => {
			const { points, area } = countryAnchors(c.geometry);
			const text = breakLines(c.name, 12);
			// The best point, then just below or above it (clear of a capital's dot), then others.
			const spots: [Position, LabelAnchor][] = [
				[points[0], 'center'],
				[points[0], 'top'],
				[points[0], 'bottom'],
				...points.slice(1).map((p): [Position, LabelAnchor] => [p, 'center'])
			];
			const variants = spots.map(([[x, y], anchor]) =>
				add({ kind: 'country', text, x, y, anchor }, `geodata/polities.json (${c.iso}) name`)
			);
			return { country: c, area, candidate: { variants, kind: 'country', id: c.iso } as Candidate };
		})
		.sort(
			(a, b) =>
				Number(story.has(b.country.iso)) - Number(story.has(a.country.iso)) ||
				b.area - a.area ||
				a.country.iso.localeCompare(b.country.iso)
		);

	const placeCandidates = places.map((p) => {
		const text = breakLines(p.name, 18);
		const [x, y] = p.coordinates;
		const variants = PLACE_ANCHORS.map((anchor) =>
			add({ kind: 'place', text, x, y, anchor }, `geodata/places.json ${p.id} name`)
		);
		return { place: p, candidate: { variants, kind: 'place', id: p.id } as Candidate };
	});

	const seaCandidates = seas.map((s) => ({
		sea: s,
		candidate: {
			variants: [
				add(
					{ kind: 'sea', text: s.text, x: s.coordinates[0], y: s.coordinates[1], anchor: 'center' },
					`geodata/steps/labels.ts sea ${s.id}`
				)
			],
			kind: 'sea',
			id: s.id
		} as Candidate
	}));

	const sizes: Record<LabelFeature['kind'], Stops> = {
		country: COUNTRY_TEXT,
		place: PLACE_TEXT,
		sea: SEA_TEXT
	};

	// bits[feature][year]: one '0'/'1' per band.
	const bits: string[][] = features.map(() => []);
	// A name stays where it was the year before while that spot is free: scrubbing the slider
	// should not make labels hop back and forth around a passing event.
	const lastSpot = LABEL_ZOOMS.map(() => new Map<Candidate, number>());
	for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
		const shown = features.map(() => new Array<string>(LABEL_ZOOMS.length).fill('0'));
		const stateOf = new Map(places.map((p) => [p.id, p.stateIn(year)]));
		const countriesNow = countryCandidates.filter(
			({ country }) => country.start <= year && year < country.end
		);
		for (let band = 0; band < LABEL_ZOOMS.length; band++) {
			const zoom = LABEL_ZOOMS[band];
			const taken: Box[] = places
				.filter((p) => stateOf.get(p.id)! > 0)
				.map((p) => dotBox(p.coordinates, stateOf.get(p.id)!, zoom));
			const placedIds = new Set<string>();
			const tryPlace = (c: Candidate) => {
				const size = sizeAt(sizes[c.kind], zoom);
				const last = lastSpot[band].get(c);
				const order =
					last === undefined ? c.variants : [last, ...c.variants.filter((v) => v !== last)];
				for (const v of order) {
					const box = labelBox(features[v], ems[v], size, zoom);
					if (taken.some((t) => overlaps(t, box))) continue;
					taken.push(box);
					shown[v][band] = '1';
					placedIds.add(c.id);
					lastSpot[band].set(c, v);
					return;
				}
			};
			for (const { place, candidate } of placeCandidates)
				if (stateOf.get(place.id) === 2) tryPlace(candidate);
			for (const { candidate } of countriesNow) tryPlace(candidate);
			for (const { sea, candidate } of seaCandidates) {
				const stand = SEA_PLACES[sea.id];
				if (stand && placedIds.has(stand)) continue;
				tryPlace(candidate);
			}
			if (zoom >= 4)
				for (const { place, candidate } of placeCandidates)
					if (stateOf.get(place.id) === 1) tryPlace(candidate);
		}
		shown.forEach((b, i) => bits[i].push(b.join('')));
	}

	// Only candidates that ever show ship; runs are "<years after FIRST_YEAR>.<hex bits>".
	const kept = features.flatMap((f, i) => (bits[i].some((b) => b.includes('1')) ? [i] : []));
	return {
		features: kept.map((i) => {
			const f = features[i];
			return [f.kind, f.text, f.x, f.y, f.anchor];
		}),
		shown: kept.map((i) => {
			const runs: string[] = [];
			let last = '';
			bits[i].forEach((b, y) => {
				const hex = bitsToHex(b);
				if (hex !== last) runs.push(`${y}.${hex}`);
				last = hex;
			});
			return runs.join(' ');
		})
	};
}

/** Visibility bits (config 0 first) as hex: config c is bit c % 4 of the (c >> 2)-th digit from the right. */
export function bitsToHex(bits: string): string {
	const digits: string[] = [];
	for (let d = 0; d * 4 < bits.length; d++) {
		let v = 0;
		for (let b = 0; b < 4; b++) if (bits[d * 4 + b] === '1') v |= 1 << b;
		digits.unshift(v.toString(16));
	}
	return digits.join('').replace(/^0+(?=.)/, '');
}
