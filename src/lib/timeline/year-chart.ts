/**
 * The year chart under the slider: how many states stood in each class each year, one column a
 * year, stacked in the legend's order. Pure geometry and words, so Node can test them; the
 * component only draws what these return.
 *
 * Units: a column is 1 wide (year `FIRST_YEAR + i` spans x = i..i+1) and the chart is
 * `CHART_HEIGHT` tall; the SVG stretches them to the track's width and its CSS height.
 */
import { RELATION_CLASSES, type RelationClassId } from '$lib/codebook/classes';
import type { ClassCounts } from '$lib/codebook/table';
import { FIRST_YEAR } from '$lib/years/years';

export const CHART_HEIGHT = 100;
/** The chart's height in CSS pixels (the SVG's height). */
export const CHART_PX = 30;
/** The gap between two columns, in column widths: enough to count them, not enough to flicker. */
const GAP = 0.16;

export interface Segment {
	id: RelationClassId;
	count: number;
	/** Top edge and height, in chart units (y grows downward). */
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

/**
 * One year's stack: the legend's first class on top, its last on the baseline, so the column
 * reads top to bottom as the legend does. Classes with no states are left out.
 */
export function stackYear(counts: ClassCounts, max: number): Segment[] {
	const unit = CHART_HEIGHT / max;
	let bottom = CHART_HEIGHT;
	const segments: Segment[] = [];
	for (const c of [...RELATION_CLASSES].reverse()) {
		const count = counts[c.id] ?? 0;
		if (!count) continue;
		const height = count * unit;
		bottom -= height;
		segments.push({ id: c.id, count, y: bottom, height });
	}
	return segments.reverse();
}

const r = (n: number) => Math.round(n * 100) / 100;

/**
 * One SVG path per class (legend order), every year's segment a rectangle in it: eight
 * elements for the whole chart, however many years.
 */
export function classPaths(years: readonly ClassCounts[]): { id: RelationClassId; d: string }[] {
	const max = chartMax(years);
	const d = new Map<RelationClassId, string>(RELATION_CLASSES.map((c) => [c.id, '']));
	const w = r(1 - GAP);
	years.forEach((counts, i) => {
		for (const s of stackYear(counts, max)) {
			d.set(s.id, d.get(s.id) + `M${r(i + GAP / 2)} ${r(s.y)}h${w}v${r(s.height)}h-${w}z`);
		}
	});
	return RELATION_CLASSES.map((c) => ({ id: c.id, d: d.get(c.id)! }));
}

/**
 * The outline that marks a column (the year shown, the year read), for a stack `height` tall: its
 * top and bottom run a pixel outside the stack, so a 2 px stroke hides none of it (Moscow's one
 * state, on top, is under a pixel tall).
 */
export function columnOutline(height: number): { y: number; height: number } {
	const px = CHART_HEIGHT / CHART_PX;
	return { y: CHART_HEIGHT - height - px, height: height + 2 * px };
}

/**
 * Every year's whole column, gaps included, as one path: drawn under the classes it shows their
 * gaps as thin lines, so the pale classes (Normal is nearly the paper's white) keep their shape.
 */
export function columnsBackdrop(years: readonly ClassCounts[]): string {
	const max = chartMax(years);
	return years
		.map((counts, i) => {
			const h = r((total(counts) / max) * CHART_HEIGHT);
			return h ? `M${i} ${r(CHART_HEIGHT - h)}h1v${h}h-1z` : '';
		})
		.join('');
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
