import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classCounts } from '$lib/relations/relations';
import { allYears, FIRST_YEAR, LAST_YEAR, YEAR_COUNT } from '$lib/years/years';
import { classPaths } from '$lib/timeline/year-chart';
import {
	HALF_THUMB_PX,
	axisLabels,
	chartFraction,
	runFraction,
	type AxisLabel
} from '$lib/timeline/year-axis';

const SIZES = { labelPx: 32, chosenPx: 46 };
/** The thumb's run at 1920 × 1080, 1280 × 800, presenter mode and on a phone. */
const RUNS = [1300, 640, 1880, 330];

/** Each year's column centre as the chart draws it, in column units (its Moscow band). */
const centres = (() => {
	const years = allYears().map((y) => classCounts(y, 'assessed'));
	const moscow = classPaths(years, 72).bands.find((b) => b.id === 'moscow')!;
	return [...moscow.d.matchAll(/M([\d.]+) [\d.]+h([\d.]+)/g)].map(
		(m) => Number(m[1]) + Number(m[2]) / 2
	);
})();

/** A label's left and right edge in pixels along the run. */
function span(l: AxisLabel, runPx: number): [number, number] {
	const w = l.chosen ? SIZES.chosenPx : SIZES.labelPx;
	const x = l.at * runPx + l.shift;
	return [x - w / 2, x + w / 2];
}

describe('the axis under the slider', () => {
	it('stands each decade label on its year’s column, as the chart draws it', () => {
		expect(centres).toHaveLength(YEAR_COUNT);
		const labels = axisLabels(FIRST_YEAR, LAST_YEAR, 1947, { runPx: 1300, ...SIZES });
		const decades = labels.filter((l) => !l.chosen).map((l) => l.year);
		expect(decades).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
		for (const l of labels) {
			const x = chartFraction(l.at, YEAR_COUNT) * YEAR_COUNT;
			expect(x, String(l.year)).toBeCloseTo(centres[l.year - FIRST_YEAR], 5);
		}
	});

	it('stands the chosen year’s label on its column, held over the track at the ends', () => {
		for (const runPx of RUNS)
			for (const year of allYears()) {
				const chosen = axisLabels(FIRST_YEAR, LAST_YEAR, year, { runPx, ...SIZES }).at(-1)!;
				expect(chosen).toMatchObject({ year, chosen: true });
				expect(chartFraction(chosen.at, YEAR_COUNT) * YEAR_COUNT).toBeCloseTo(
					centres[year - FIRST_YEAR],
					5
				);
				const [left, right] = span(chosen, runPx);
				expect(left).toBeGreaterThanOrEqual(-HALF_THUMB_PX - 1e-9);
				expect(right).toBeLessThanOrEqual(runPx + HALF_THUMB_PX + 1e-9);
				// Held only as far as it must be: the middle years are not moved.
				if (year > FIRST_YEAR + 5 && year < LAST_YEAR - 5) expect(chosen.shift).toBe(0);
			}
	});

	it('leaves out the decades the chosen year would touch, and only those', () => {
		for (const runPx of RUNS)
			for (const year of allYears()) {
				const labels = axisLabels(FIRST_YEAR, LAST_YEAR, year, { runPx, ...SIZES });
				const spans = labels.map((l) => span(l, runPx));
				for (let i = 0; i < spans.length; i++)
					for (let j = i + 1; j < spans.length; j++)
						expect(
							Math.min(spans[i][1], spans[j][1]) - Math.max(spans[i][0], spans[j][0]),
							`${labels[i].year} and ${labels[j].year} at ${runPx} px`
						).toBeLessThan(0);
				// A decade is left out only near the chosen year.
				const kept = labels.filter((l) => !l.chosen).map((l) => l.year);
				for (let d = 1950; d <= 2020; d += 10)
					if (!kept.includes(d))
						expect(Math.abs(d - year) * (runPx / (LAST_YEAR - FIRST_YEAR))).toBeLessThan(
							SIZES.chosenPx + SIZES.labelPx
						);
			}
		// The chosen year on a decade is that decade's label.
		const on = axisLabels(FIRST_YEAR, LAST_YEAR, 1980, { runPx: 1300, ...SIZES });
		expect(on.filter((l) => l.year === 1980)).toHaveLength(1);
	});

	it('follows a shorter range (an embed’s), still from thumb centre to thumb centre', () => {
		const labels = axisLabels(1960, 1990, 1975, { runPx: 600, ...SIZES });
		expect(labels.map((l) => l.year)).toEqual([1960, 1970, 1980, 1990, 1975]);
		expect(runFraction(1960, 1960, 1990)).toBe(0);
		expect(runFraction(1990, 1960, 1990)).toBe(1);
	});

	it('draws the axis and the chart in the boxes this geometry assumes', () => {
		const read = (file: string) =>
			readFileSync(
				fileURLToPath(new URL(`../../../src/lib/timeline/${file}`, import.meta.url)),
				'utf8'
			);
		// The axis: inset half a thumb from each end of the track.
		expect(read('YearSlider.svelte')).toMatch(
			new RegExp(`inset: auto ${HALF_THUMB_PX}px 0 ${HALF_THUMB_PX}px;`)
		);
		// The chart: the run widened by half a column (a run of YEAR_COUNT - 1 steps) each side.
		const chart = read('YearChart.svelte');
		expect(chart).toContain(`--half-thumb: ${HALF_THUMB_PX}px;`);
		expect(chart).toContain(
			`margin: 3px calc(var(--half-thumb) - (100% - 2 * var(--half-thumb)) / ${2 * (YEAR_COUNT - 1)}) 0;`
		);
	});
});
