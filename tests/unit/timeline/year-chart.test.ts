import { describe, expect, it } from 'vitest';
import table from '$lib/generated/relations.json';
import { RELATION_CLASS_IDS } from '$lib/codebook/classes';
import { classCounts, relationsData, type RelationsTable } from '$lib/relations/relations';
import type { ClassCounts } from '$lib/codebook/table';
import { allYears, FIRST_YEAR, YEAR_COUNT } from '$lib/years/years';
import {
	CHART_HEIGHT,
	CHART_PX,
	chartMax,
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

/** The rectangles of a path made of `M x y h w v h h -w z` pieces. */
function rects(d: string) {
	return [...d.matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)h-[\d.]+z/g)].map((m) => {
		const [x, y, w, h] = m.slice(1).map(Number);
		return { x, y, w, h };
	});
}

describe('one year stacked', () => {
	const counts: ClassCounts = { dependent: 20, normal: 6, ally: 2, moscow: 1, conflict: 1 };

	it('reads top to bottom in the legend order, classes with no states left out', () => {
		expect(stackYear(counts, 30).map((s) => s.id)).toEqual([
			'moscow',
			'ally',
			'normal',
			'conflict',
			'dependent'
		]);
	});

	it('stands on the baseline with no gaps, each class as tall as its count', () => {
		const max = 40;
		const stack = stackYear(counts, max);
		expect(stack.at(-1)!.y + stack.at(-1)!.height).toBeCloseTo(CHART_HEIGHT);
		for (let i = 1; i < stack.length; i++)
			expect(stack[i - 1].y + stack[i - 1].height).toBeCloseTo(stack[i].y);
		for (const s of stack) expect(s.height).toBeCloseTo((s.count / max) * CHART_HEIGHT);
		const sum = stack.reduce((a, s) => a + s.height, 0);
		expect(sum).toBeCloseTo((total(counts) / max) * CHART_HEIGHT);
	});

	it('says its counts in words, in legend order', () => {
		expect(countsSentence(1979, counts)).toBe(
			'1979: 1 Moscow, 2 Ally, 6 Normal, 1 Conflict, 20 Not independent'
		);
		expect(countsSentence(1979, {})).toBe('1979: no counts yet');
	});
});

describe('the whole chart, in both readings', () => {
	for (const reading of READINGS) {
		const years = yearsIn(reading);

		it(`${reading}: one scale, the tallest year filling the height`, () => {
			expect(years).toHaveLength(YEAR_COUNT);
			const max = chartMax(years);
			expect(max).toBe(Math.max(...years.map(total)));
			expect(max).toBeGreaterThan(40);
		});

		it(`${reading}: each column's pieces sum to its year's total, in its own column`, () => {
			const max = chartMax(years);
			const paths = classPaths(years);
			expect(paths.map((p) => p.id)).toEqual(RELATION_CLASS_IDS);
			const byColumn = new Map<number, number>();
			paths.forEach((p, k) => {
				const pieces = rects(p.d);
				// One rectangle for each year with a state in the class.
				expect(pieces.length).toBe(years.filter((c) => c[RELATION_CLASS_IDS[k]]).length);
				for (const r of pieces) {
					const column = Math.floor(r.x);
					expect(r.x + r.w).toBeLessThanOrEqual(column + 1);
					byColumn.set(column, (byColumn.get(column) ?? 0) + r.h);
				}
			});
			years.forEach((counts, i) => {
				// Two decimals per piece: at most eight roundings of 0.005 each.
				expect(
					Math.abs((byColumn.get(i) ?? 0) - (total(counts) / max) * CHART_HEIGHT)
				).toBeLessThan(0.05);
			});
		});

		it(`${reading}: the backdrop is each whole column, as tall as its stack`, () => {
			const max = chartMax(years);
			const columns = rects(columnsBackdrop(years));
			expect(columns).toHaveLength(YEAR_COUNT);
			columns.forEach((c, i) => {
				expect([c.x, c.w]).toEqual([i, 1]);
				expect(c.h).toBeCloseTo((total(years[i]) / max) * CHART_HEIGHT, 1);
				expect(c.y + c.h).toBeCloseTo(CHART_HEIGHT, 1);
			});
		});
	}

	it('the readings differ somewhere, so following the reading shows', () => {
		expect(classPaths(yearsIn('formal'))).not.toEqual(classPaths(yearsIn('assessed')));
	});
});

describe('the mark on a column', () => {
	it('runs a pixel outside its stack, top and bottom, so its stroke hides no class', () => {
		const px = CHART_HEIGHT / CHART_PX;
		const outline = columnOutline(60);
		expect(outline.y).toBeCloseTo(CHART_HEIGHT - 60 - px);
		expect(outline.y + outline.height).toBeCloseTo(CHART_HEIGHT + px);
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
