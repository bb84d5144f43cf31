import { describe, expect, it } from 'vitest';
import table from '$lib/generated/relations.json';
import { RELATION_CLASSES, RELATION_CLASS_IDS } from '$lib/codebook/classes';
import {
	classCounts,
	relationsData,
	type RelationsTable,
	type StateRelations
} from '$lib/relations/relations';
import { countsWithout } from '$lib/relations/withheld';
import type { ClassCounts } from '$lib/codebook/table';
import { DISTINCT_DELTA_E, deltaE2000, simulateDeficiency } from '$lib/a11y/colour';
import { allYears, FIRST_YEAR, YEAR_COUNT } from '$lib/years/years';
import {
	MIN_BAND_PX,
	SEPARATOR_COLOUR,
	SEPARATOR_PX,
	bandHeights,
	chartMax,
	columnHeight,
	columnOutline,
	classPaths,
	columnsBackdrop,
	countsSentence,
	eventOffset,
	stackYear,
	total
} from '$lib/timeline/year-chart';

relationsData.provide(table as unknown as RelationsTable);
const READINGS = ['assessed', 'formal'] as const;
const yearsIn = (reading: (typeof READINGS)[number]) =>
	allYears().map((y) => classCounts(y, reading));
/**
 * The columns' heights in pixels: at 1920 × 1080 and 1280 × 800 (Controls.svelte), and the
 * least the layout gives them (a phone, 200% zoom).
 */
const HEIGHTS = [66, 44, 40];

/** The rectangles of a path made of `M x y h w v h h -w z` pieces. */
function rects(d: string) {
	return [...d.matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)h-[\d.]+z/g)].map((m) => {
		const [x, y, w, h] = m.slice(1).map(Number);
		return { x, y, w, h };
	});
}

/** Every rectangle drawn in a column, with its colour, top to bottom. */
function drawnColumns(years: readonly ClassCounts[], heightPx: number, max = chartMax(years)) {
	const { bands, separators } = classPaths(years, heightPx, max);
	const pieces = [
		...bands.flatMap((b, k) =>
			rects(b.d).map((r) => ({ ...r, colour: RELATION_CLASSES[k].colour as string }))
		),
		...rects(separators).map((r) => ({ ...r, colour: SEPARATOR_COLOUR }))
	];
	return years.map((_, i) => pieces.filter((p) => Math.floor(p.x) === i).sort((a, b) => a.y - b.y));
}

/** The smallest ΔE00 of two colours over normal vision and the three dichromacies. */
function leastDifference(a: string, b: string): number {
	const kinds = ['protanopia', 'deuteranopia', 'tritanopia'] as const;
	return Math.min(
		deltaE2000(a, b),
		...kinds.map((k) => deltaE2000(simulateDeficiency(a, k), simulateDeficiency(b, k)))
	);
}

describe('one year stacked', () => {
	const counts: ClassCounts = { dependent: 20, normal: 6, ally: 2, moscow: 1, conflict: 1 };

	it('reads top to bottom in the legend order, classes with no states left out', () => {
		expect(stackYear(counts, 30, 72).map((s) => s.id)).toEqual([
			'moscow',
			'ally',
			'normal',
			'conflict',
			'dependent'
		]);
	});

	it('stands on the baseline with no gaps, whole pixels, as tall as its total', () => {
		for (const heightPx of HEIGHTS) {
			const stack = stackYear(counts, 40, heightPx);
			expect(stack.at(-1)!.y + stack.at(-1)!.height).toBe(heightPx);
			for (let i = 1; i < stack.length; i++)
				expect(stack[i - 1].y + stack[i - 1].height).toBe(stack[i].y);
			for (const s of stack) expect(Number.isInteger(s.y) && Number.isInteger(s.height)).toBe(true);
			const sum = stack.reduce((a, s) => a + s.height, 0);
			expect(sum).toBe(Math.round((total(counts) / 40) * heightPx));
		}
	});

	it('gives a class of one state at least MIN_BAND_PX, the rest in proportion', () => {
		const stack = stackYear(counts, 40, 72);
		for (const s of stack) expect(s.height).toBeGreaterThanOrEqual(MIN_BAND_PX);
		// Proportional without the floor, Moscow's one state would get 1.8 px.
		expect(stack[0]).toMatchObject({ id: 'moscow', height: MIN_BAND_PX });
		// The others keep their order of size.
		const byId = Object.fromEntries(stack.map((s) => [s.id, s.height]));
		expect(byId.dependent).toBeGreaterThan(byId.normal);
		expect(byId.normal).toBeGreaterThan(byId.ally);
	});

	it('shares whole pixels by the largest remainders, the floor kept', () => {
		expect(bandHeights([1, 1, 1], 10, 4)).toEqual([4, 3, 3]);
		expect(bandHeights([1, 9], 20, 4)).toEqual([4, 16]);
		expect(bandHeights([5, 5], 11, 4)).toEqual([6, 5]);
		// Too little height for the floor: an even share.
		expect(bandHeights([1, 1, 30], 9, 4)).toEqual([3, 3, 3]);
		for (const [counts, height] of [
			[[1, 2, 3, 40], 60],
			[[1, 1, 1, 1, 1, 1, 1, 30], 50],
			[[7, 13], 33]
		] as const) {
			const out = bandHeights(counts, height, 4);
			expect(out.reduce((a, b) => a + b, 0)).toBe(height);
			for (const h of out) expect(h).toBeGreaterThanOrEqual(4);
		}
	});

	it('says its counts in words, in legend order', () => {
		expect(countsSentence(1979, counts)).toBe(
			'1979: 1 Moscow, 2 Ally, 6 Normal, 1 Conflict, 20 Not independent'
		);
		expect(countsSentence(1979, {})).toBe('1979: no counts yet');
	});
});

describe('the whole chart, in both readings, at every height the layout gives it', () => {
	for (const reading of READINGS) {
		const years = yearsIn(reading);

		it(`${reading}: one scale, the tallest year filling the height`, () => {
			expect(years).toHaveLength(YEAR_COUNT);
			const max = chartMax(years);
			expect(max).toBe(Math.max(...years.map(total)));
			expect(max).toBeGreaterThan(40);
			for (const h of HEIGHTS)
				expect(Math.max(...years.map((c) => columnHeight(c, max, h)))).toBe(h);
		});

		for (const heightPx of HEIGHTS) {
			it(`${reading}, ${heightPx} px: every class with a state shows in every year, 3 px or more of its colour`, () => {
				const columns = drawnColumns(years, heightPx);
				const { bands } = classPaths(years, heightPx);
				// One rectangle for each year with a state in the class.
				bands.forEach((b, k) =>
					expect(rects(b.d).length).toBe(years.filter((c) => c[RELATION_CLASS_IDS[k]]).length)
				);
				columns.forEach((pieces, i) => {
					const coloured = pieces.filter((p) => p.colour !== SEPARATOR_COLOUR);
					expect(coloured.length, String(FIRST_YEAR + i)).toBe(
						RELATION_CLASSES.filter((c) => years[i][c.id]).length
					);
					for (const p of coloured) {
						expect(p.h, `${FIRST_YEAR + i} ${p.colour}`).toBeGreaterThanOrEqual(
							MIN_BAND_PX - SEPARATOR_PX
						);
						expect(p.x + p.w).toBeLessThanOrEqual(i + 1);
					}
				});
			});

			it(`${reading}, ${heightPx} px: each column is its bands and separators, edge to edge, as tall as its total`, () => {
				const max = chartMax(years);
				drawnColumns(years, heightPx).forEach((pieces, i) => {
					for (let k = 1; k < pieces.length; k++)
						expect(pieces[k].y).toBeCloseTo(pieces[k - 1].y + pieces[k - 1].h, 5);
					expect(pieces.at(-1)!.y + pieces.at(-1)!.h).toBe(heightPx);
					const sum = pieces.reduce((a, p) => a + p.h, 0);
					expect(Math.abs(sum - (total(years[i]) / max) * heightPx)).toBeLessThanOrEqual(0.5);
				});
			});
		}

		it(`${reading}: two bands side by side are told apart by the palette's check, through their separator`, () => {
			// Any two classes meet when the ones between them are empty; every year is checked.
			let pairs = 0;
			for (const heightPx of HEIGHTS)
				drawnColumns(years, heightPx).forEach((pieces, i) => {
					for (let k = 1; k < pieces.length; k++) {
						const [a, b] = [pieces[k - 1].colour, pieces[k].colour];
						// Never two bands with nothing between them.
						expect(a === SEPARATOR_COLOUR || b === SEPARATOR_COLOUR, String(FIRST_YEAR + i)).toBe(
							true
						);
						expect(
							leastDifference(a, b),
							`${FIRST_YEAR + i}: ${a} against ${b}`
						).toBeGreaterThanOrEqual(DISTINCT_DELTA_E);
						pairs++;
					}
				});
			expect(pairs).toBeGreaterThan(YEAR_COUNT * 6);
		});

		it(`${reading}: the backdrop is each whole column, as tall as its stack`, () => {
			const max = chartMax(years);
			const columns = rects(columnsBackdrop(years, 72));
			expect(columns).toHaveLength(YEAR_COUNT);
			columns.forEach((c, i) => {
				expect([c.x, c.w]).toEqual([i, 1]);
				expect(c.h).toBe(columnHeight(years[i], max, 72));
				expect(c.y + c.h).toBe(72);
			});
		});
	}

	it('the separator differs from every class by the palette’s check (so any two may meet)', () => {
		for (const c of RELATION_CLASSES)
			expect(leastDifference(c.colour, SEPARATOR_COLOUR), c.id).toBeGreaterThanOrEqual(
				DISTINCT_DELTA_E
			);
	});

	it('the readings differ somewhere, so following the reading shows', () => {
		expect(classPaths(yearsIn('formal'), 72)).not.toEqual(classPaths(yearsIn('assessed'), 72));
	});
});

describe('the mark on a column', () => {
	it('runs clear of its stack by half its stroke, so the stroke hides no class', () => {
		for (const columnPx of [8, 16, 24]) {
			const o = columnOutline(1985, 60, 97, columnPx, 6);
			expect(o.y).toBe(97 - 60 - 3.5);
			expect(o.y + o.height).toBe(97 + 3.5);
			// Across, in pixels: half the stroke and a half-pixel outside the coloured width.
			const column = 1985 - FIRST_YEAR;
			expect((column + 0.08 - o.x) * columnPx).toBeGreaterThanOrEqual(3.5 - 1e-9);
			expect((o.x + o.width - (column + 0.92)) * columnPx).toBeGreaterThanOrEqual(3.5 - 1e-9);
			expect(o.x + o.width / 2).toBeCloseTo(column + 0.5);
		}
	});
});

describe('states a scene keeps back', () => {
	const states = (table as unknown as { states: Record<string, StateRelations> }).states;

	it("change only their column, by the legend's own sum: the others and the scale stay", () => {
		const years = yearsIn('assessed');
		const max = chartMax(years);
		const i = 1979 - FIRST_YEAR;
		const without = countsWithout(1979, 'assessed', ['VNM'], states)!.counts;
		const kept = years.map((c, k) => (k === i ? without : c));
		expect(total(kept[i])).toBe(total(years[i]) - 1);
		expect(kept[i].ally).toBe((years[i].ally ?? 0) - 1);
		const before = drawnColumns(years, 72, max);
		const after = drawnColumns(kept, 72, max);
		after.forEach((pieces, k) => {
			if (k !== i) expect(pieces, String(FIRST_YEAR + k)).toEqual(before[k]);
		});
		expect(classPaths(kept, 72, max)).not.toEqual(classPaths(years, 72, max));
	});
});

describe('event marks', () => {
	it('sit inside their year’s column, in date order', () => {
		for (const date of ['1979', '1979-01-01', '1979-12-31', '1979-06']) {
			const x = eventOffset(date);
			expect(x).toBeGreaterThan(1979 - FIRST_YEAR);
			expect(x).toBeLessThan(1980 - FIRST_YEAR);
		}
		expect(eventOffset('1979-02-01')).toBeLessThan(eventOffset('1979-02-02'));
		expect(eventOffset('1979-12-31')).toBeLessThan(eventOffset('1980-01-01'));
	});
});
