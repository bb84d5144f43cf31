/**
 * Time arithmetic for coded intervals: half-open [from, to) on ISO dates, sampled once a year.
 * Pure; used by the build and the tests.
 */
import { type RelationClassId } from './classes.ts';
import { FIRST_YEAR, LAST_YEAR, YEAR_SAMPLE_DAY } from '../years/years.ts';
import type { Interval } from './relation-file.ts';

/** Inclusive years a polity is coded for. */
export interface YearSpan {
	from: number;
	to: number;
}

/** "1991" -> "1991-01-01", "1991-12" -> "1991-12-01": the first day the date names. */
export function startOf(date: string): string {
	const [y, m = '01', d = '01'] = date.split('-');
	return `${y}-${m}-${d}`;
}

/** The day a year is shown as. */
export function sampleDay(year: number): string {
	return `${year}-${YEAR_SAMPLE_DAY}`;
}

/**
 * Problems with an ordered interval list: gaps, overlaps, reversed or empty intervals, a start
 * after the first year, a closed last interval. Messages name the interval by index.
 */
export function coverageProblems(
	intervals: readonly Interval[],
	years: YearSpan = { from: FIRST_YEAR, to: LAST_YEAR }
): string[] {
	const problems: string[] = [];
	if (intervals.length === 0) return ['intervals: none'];
	if (startOf(intervals[0].from) > sampleDay(years.from)) {
		problems.push(`intervals[0].from: ${intervals[0].from} starts after ${years.from} is shown`);
	}
	const lastOpen = years.to >= LAST_YEAR;
	intervals.forEach((iv, i) => {
		const last = i === intervals.length - 1;
		if (iv.to === undefined) {
			if (!last) problems.push(`intervals[${i}].to: only the last interval may be open-ended`);
			if (!lastOpen)
				problems.push(`intervals[${i}].to: must close, the polity ends in ${years.to}`);
			return;
		}
		if (startOf(iv.to) <= startOf(iv.from)) {
			problems.push(`intervals[${i}].to: ${iv.to} is not after from ${iv.from}`);
		}
		if (last) {
			if (lastOpen) problems.push(`intervals[${i}].to: the last interval must be open-ended`);
			else if (startOf(iv.to) <= sampleDay(years.to)) {
				problems.push(`intervals[${i}].to: coverage ends ${iv.to}, before ${years.to} is shown`);
			}
			return;
		}
		const next = intervals[i + 1];
		const end = startOf(iv.to);
		const start = startOf(next.from);
		if (end < start) problems.push(`intervals[${i + 1}].from: gap from ${iv.to} to ${next.from}`);
		if (end > start)
			problems.push(`intervals[${i + 1}].from: overlaps intervals[${i}] (ends ${iv.to})`);
	});
	return problems;
}

/** The interval covering a day, if any. */
export function intervalOn<T extends Pick<Interval, 'from' | 'to'>>(
	intervals: readonly T[],
	day: string
): T | undefined {
	return intervals.find(
		(iv) => startOf(iv.from) <= day && (iv.to === undefined || day < startOf(iv.to))
	);
}

/** Index of the interval shown for each year FIRST_YEAR..LAST_YEAR (-1 where none). */
export function intervalIndexByYear(intervals: readonly Interval[]): number[] {
	const out: number[] = [];
	for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
		const iv = intervalOn(intervals, sampleDay(year));
		out.push(iv ? intervals.indexOf(iv) : -1);
	}
	return out;
}

/** The class shown for each year, FIRST_YEAR..LAST_YEAR. */
export function classByYear(intervals: readonly Interval[]): (RelationClassId | undefined)[] {
	return intervalIndexByYear(intervals).map((i) => intervals[i]?.class);
}
