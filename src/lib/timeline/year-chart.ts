/**
 * The year chart under the slider: how many states stood in each class each year, one column a
 * year, stacked in the legend's order. Pure geometry and words, so Node can test them; the
 * component only draws what these return.
 *
 * Units: across, a column is 1 wide (year `FIRST_YEAR + i` spans x = i..i+1), stretched to the
 * track's width; down, a unit is a CSS pixel, the chart's measured height, so a band's edges fall
 * on whole pixels and a band of one state keeps the pixels it is given.
 */
import { RELATION_CLASSES, type RelationClassId } from '$lib/codebook/classes';
import type { ClassCounts } from '$lib/codebook/table';
import { FIRST_YEAR } from '$lib/years/years';

/** The height drawn for before the chart has been measured (and on the server). */
export const DEFAULT_HEIGHT_PX = 44;
/**
 * The least a class with any state gets, in pixels, its separator included: three pixels of its
 * colour, so Moscow's one state reads from the back of a room.
 */
export const MIN_BAND_PX = 4;
/** The line between two bands of a column, so the pale classes keep their edges. */
export const SEPARATOR_PX = 1;
/**
 * The separator's colour: unlike white or the page's paper (which Normal nearly is) and unlike
 * black (which Moscow nearly is for a protanope), it differs from every class by more than the
 * palette's least difference (tests/unit/timeline/year-chart.test.ts).
 */
export const SEPARATOR_COLOUR = '#1b1b3a';
/** The gap between two columns, in column widths: enough to count them, not enough to flicker. */
const GAP = 0.16;

export interface Segment {
	id: RelationClassId;
	count: number;
	/** Top edge and height in pixels (y grows downward), the separator above it included. */
	y: number;
	height: number;
}

/** The tallest year's total: the one scale for every column, so a column's height is its count. */
export function chartMax(years: readonly ClassCounts[]): number {
	return Math.max(1, ...years.map(total));
}

export function total(counts: ClassCounts): number {
	return RELATION_CLASSES.reduce((sum, c) => sum + (counts[c.id] ?? 0), 0);
}

/** A column's height in whole pixels: its total on the chart's one scale. */
export function columnHeight(counts: ClassCounts, max: number, heightPx: number): number {
	return Math.round((total(counts) / max) * heightPx);
}

/**
 * Whole-pixel heights for `counts` summing to `height`: in proportion to the counts, except that
 * no count gets less than `min` (the others share what is left), and the pixels left over by
 * rounding down go to the largest remainders.
 */
export function bandHeights(counts: readonly number[], height: number, min: number): number[] {
	const floor = Math.min(min, Math.floor(height / Math.max(1, counts.length)));
	const raised = new Set<number>();
	let unit = 0;
	for (;;) {
		const rest = counts.reduce((s, c, i) => (raised.has(i) ? s : s + c), 0);
		unit = rest ? (height - floor * raised.size) / rest : 0;
		const low = counts.findIndex((c, i) => !raised.has(i) && c * unit < floor);
		if (low < 0) break;
		raised.add(low);
	}
	const exact = counts.map((c, i) => (raised.has(i) ? floor : c * unit));
	const out = exact.map(Math.floor);
	const order = exact.map((_, i) => i).sort((a, b) => exact[b] - out[b] - (exact[a] - out[a]));
	for (let left = height - out.reduce((a, b) => a + b, 0), k = 0; left > 0; left--, k++)
		out[order[k % order.length]]++;
	return out;
}

/**
 * One year's stack, `heightPx` tall at the chart's tallest: the legend's first class on top, its
 * last on the baseline, so the column reads top to bottom as the legend does. Classes with no
 * states are left out; every class shown is at least MIN_BAND_PX tall.
 */
export function stackYear(counts: ClassCounts, max: number, heightPx: number): Segment[] {
	const shown = RELATION_CLASSES.filter((c) => counts[c.id]);
	const heights = bandHeights(
		shown.map((c) => counts[c.id]!),
		columnHeight(counts, max, heightPx),
		MIN_BAND_PX
	);
	let y = heightPx - heights.reduce((a, b) => a + b, 0);
	return shown.map((c, k) => {
		const segment = { id: c.id, count: counts[c.id]!, y, height: heights[k] };
		y += heights[k];
		return segment;
	});
}

const r = (n: number) => Math.round(n * 100) / 100;
const W = r(1 - GAP);

/**
 * One SVG path per class (legend order), every year's segment a rectangle in it, less the
 * separator on its top edge when a band lies above it; and one path of the separators. Nine
 * elements for the whole chart, however many years.
 */
export function classPaths(
	years: readonly ClassCounts[],
	heightPx: number,
	max = chartMax(years)
): { bands: { id: RelationClassId; d: string }[]; separators: string } {
	const d = new Map<RelationClassId, string>(RELATION_CLASSES.map((c) => [c.id, '']));
	let separators = '';
	years.forEach((counts, i) => {
		const x = r(i + GAP / 2);
		stackYear(counts, max, heightPx).forEach((s, k) => {
			const sep = k ? SEPARATOR_PX : 0;
			if (sep) separators += `M${x} ${s.y}h${W}v${sep}h-${W}z`;
			d.set(s.id, d.get(s.id) + `M${x} ${s.y + sep}h${W}v${s.height - sep}h-${W}z`);
		});
	});
	return { bands: RELATION_CLASSES.map((c) => ({ id: c.id, d: d.get(c.id)! })), separators };
}

/**
 * Every year's whole column, gaps included, as one path: drawn under the classes it shows their
 * gaps as thin lines, so the columns keep their shape where a pale class meets the page.
 */
export function columnsBackdrop(
	years: readonly ClassCounts[],
	heightPx: number,
	max = chartMax(years)
): string {
	return years
		.map((counts, i) => {
			const h = columnHeight(counts, max, heightPx);
			return h ? `M${i} ${heightPx - h}h1v${h}h-1z` : '';
		})
		.join('');
}

/**
 * The outline that marks a column (the year shown, the year read), for a stack `height` pixels
 * tall in a chart `heightPx` tall whose columns are `columnPx` wide: it runs `stroke` pixels
 * clear of the stack on every side, so its stroke (centred on it) hides none of the classes.
 */
export function columnOutline(
	year: number,
	height: number,
	heightPx: number,
	columnPx: number,
	stroke: number
): { x: number; width: number; y: number; height: number } {
	const out = stroke / 2 + 0.5;
	const across = Math.max(0, out / Math.max(1, columnPx) - GAP / 2);
	return {
		x: year - FIRST_YEAR - across,
		width: 1 + 2 * across,
		y: heightPx - height - out,
		height: height + 2 * out
	};
}

/** Where an event sits, in column units: inside its year's column, by its date within the year. */
export function eventOffset(date: string): number {
	const [y, m = 6, d = 15] = date.split('-').map(Number);
	// Kept off the column's edges, so a mark never reads as the next year's.
	return y - FIRST_YEAR + 0.1 + 0.8 * ((m - 1) / 12 + (d - 1) / 365);
}

/** "1979: 1 Moscow, 3 Ally, 20 Normal", in legend order, classes with no states left out. */
export function countsSentence(year: number, counts: ClassCounts): string {
	const parts = RELATION_CLASSES.filter((c) => counts[c.id]).map(
		(c) => `${counts[c.id]} ${c.label}`
	);
	return `${year}: ${parts.length ? parts.join(', ') : 'no counts yet'}`;
}
