/**
 * The two readings of a state, year by year. The formal reading is the codebook applied to the
 * state's records (rules.ts); the assessed reading is the formal one except where a written
 * judgement (judgements.ts) sets aside the rule that decided the year. The authored intervals are
 * the prose of the assessed reading: each year's shown interval must carry the assessed class.
 * Pure; the build runs it and turns every problem into an error naming the file and field.
 */
import type { RelationClassId } from './classes.ts';
import { startOf, type YearSpan } from './intervals.ts';
import type { Interval, RelationFile } from './relation-file.ts';
import { FIRST_YEAR, LAST_YEAR, YEAR_SAMPLE_DAY } from '../years/years.ts';
import type { Judgement } from './judgements.ts';
import type { CodebookRecord } from './records.ts';
import { ASSESSED_RULE, ruleById } from './rules.ts';
import { decideYear, type Decision } from './decide.ts';

export type Reading = 'assessed' | 'formal';
export const READINGS: Reading[] = ['assessed', 'formal'];

/** One coded year in both readings. */
export interface YearCoding {
	formal: Decision;
	/** The assessed class; `rule` is ASSESSED_RULE where a judgement departs. */
	assessed: Decision & { judgement?: string };
	/** Index of the interval whose prose explains the assessed class. */
	interval: number;
}

function covers(span: { from: string; to?: string }, day: string): boolean {
	return startOf(span.from) <= day && (span.to === undefined || day < startOf(span.to));
}

function touchesYear(span: { from: string; to?: string }, year: number): boolean {
	return (
		startOf(span.from) < `${year + 1}-01-01` &&
		(span.to === undefined || startOf(span.to) > `${year}-01-01`)
	);
}

/**
 * The interval that explains a year: for a conflict year, the conflict interval that touches the
 * year (the fighting need not reach 1 July); otherwise the interval in force on 1 July.
 */
export function shownInterval(
	intervals: readonly Interval[],
	year: number,
	cls: RelationClassId
): number {
	if (cls === 'conflict') {
		const i = intervals.findIndex((iv) => iv.class === 'conflict' && touchesYear(iv, year));
		if (i >= 0) return i;
	}
	const day = `${year}-${YEAR_SAMPLE_DAY}`;
	return intervals.findIndex((iv) => covers(iv, day));
}

export interface StateCoding {
	/** Index 0 is FIRST_YEAR; undefined where the state is not coded. */
	years: (YearCoding | undefined)[];
	problems: string[];
}

/** Both readings of one state, and every way its records, judgements and prose disagree. */
export function codeState(
	file: RelationFile,
	records: readonly CodebookRecord[],
	span: YearSpan = file.years ?? { from: FIRST_YEAR, to: LAST_YEAR }
): StateCoding {
	const problems: string[] = [];
	const judgements: readonly Judgement[] = file.judgements ?? [];
	const used = judgements.map(() => 0);
	const years: (YearCoding | undefined)[] = [];
	/** Disagreements between prose and codebook, grouped so a run of years is one message. */
	const mismatches = new Map<string, number[]>();
	for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
		if (year < span.from || year > span.to) {
			years.push(undefined);
			continue;
		}
		const day = `${year}-${YEAR_SAMPLE_DAY}`;
		const formal = decideYear(records, year);
		let assessed: YearCoding['assessed'] = formal;
		const applying = judgements
			.map((j, i) => ({ j, i }))
			.filter(({ j }) => covers(j, day) && j.sets_aside === formal.rule);
		if (applying.length > 1) {
			problems.push(
				`judgements[${applying[1].i}]: overlaps judgements[${applying[0].i}] in ${year}; one judgement a year`
			);
		}
		const first = applying[0];
		if (first) {
			used[first.i]++;
			if (first.j.class === formal.class) {
				problems.push(
					`judgements[${first.i}].class: in ${year} rule ${formal.rule} already gives ${formal.class}; there is nothing to depart from`
				);
			}
			assessed = {
				class: first.j.class,
				rule: ASSESSED_RULE,
				records: formal.records,
				judgement: first.j.id
			};
		}
		const interval = shownInterval(file.intervals, year, assessed.class);
		const shown = file.intervals[interval];
		if (shown && shown.class !== assessed.class) {
			const because = first
				? `judgement ${first.j.id}`
				: `rule ${formal.rule} (${ruleById(formal.rule)?.title}${formal.records.length ? `; records ${formal.records.join(', ')}` : ''})`;
			const key =
				`intervals[${interval}].class: is ${shown.class}, but the codebook gives ${assessed.class} by ${because}` +
				(first ? '' : '; add or fix a record, or write a judgement that sets the rule aside');
			mismatches.set(key, [...(mismatches.get(key) ?? []), year]);
		}
		years.push({ formal, assessed, interval });
	}
	for (const [key, list] of mismatches) {
		const [field, rest] = key.split(/: (.*)/s);
		problems.push(`${field}: in ${yearRanges(list)} ${rest}`);
	}
	judgements.forEach((j, i) => {
		if (!used[i]) {
			problems.push(
				`judgements[${i}].sets_aside: rule ${j.sets_aside} decides none of the years from ${j.from} to ${j.to ?? 'now'}`
			);
		}
	});
	const ids = new Set<string>();
	judgements.forEach((j, i) => {
		if (ids.has(j.id)) problems.push(`judgements[${i}].id: "${j.id}" is used twice`);
		ids.add(j.id);
	});
	return { years, problems };
}

/** Years (from, to inclusive) as compact ranges: "1950–1959, 1962". */
export function yearRanges(years: number[]): string {
	const out: string[] = [];
	let start: number | undefined;
	let prev: number | undefined;
	for (const y of [...years].sort((a, b) => a - b)) {
		if (start === undefined) start = y;
		else if (y !== prev! + 1) {
			out.push(start === prev ? `${start}` : `${start}–${prev}`);
			start = y;
		}
		prev = y;
	}
	if (start !== undefined) out.push(start === prev ? `${start}` : `${start}–${prev}`);
	return out.join(', ');
}
