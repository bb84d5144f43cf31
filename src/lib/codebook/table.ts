/**
 * The relationship data as the site reads it (generated relations.json and relations-index.json,
 * written by geodata/steps/relations-table.ts): every coded state's intervals with, for each year,
 * the index of the interval shown (-1 where the state is not coded that year); and how many drawn
 * polities fall in each class each year (for the legend and the year summary).
 */
import type { RelationClassId } from './classes.ts';
import type { Interval } from './relation-file.ts';
import { FIRST_YEAR, YEAR_COUNT } from '../years/years.ts';
import type { CodebookRecord } from './records.ts';
import type { Judgement } from './judgements.ts';

/** How a year was coded in both readings (compact: the table ships 81 of these per state). */
export interface YearDecision {
	/** The formal class, and the rule that decided it. */
	formal: RelationClassId;
	rule: string;
	/** The records that made the rule match. */
	records: string[];
	/** The judgement the assessed reading follows instead, if any. */
	judgement?: string;
}

/** Consecutive years (inclusive) decided by the same rule, records and judgement. */
export interface DecisionRun extends YearDecision {
	from: number;
	to: number;
}

/** Runs of equal decisions, from per-year decisions (index 0 is FIRST_YEAR; null: not coded). */
export function decisionRuns(years: readonly (YearDecision | null)[]): DecisionRun[] {
	const runs: DecisionRun[] = [];
	years.forEach((y, i) => {
		if (!y) return;
		const year = FIRST_YEAR + i;
		const last = runs.at(-1);
		if (
			last &&
			last.to === year - 1 &&
			last.formal === y.formal &&
			last.rule === y.rule &&
			last.judgement === y.judgement &&
			last.records.join() === y.records.join()
		) {
			last.to = year;
		} else runs.push({ from: year, to: year, ...y });
	});
	return runs;
}

const expanded = new WeakMap<StateRelations, (YearDecision | null)[]>();

/** A state's decision for every year from FIRST_YEAR (null where not coded); computed once. */
export function yearDecisions(s: StateRelations): (YearDecision | null)[] {
	let years = expanded.get(s);
	if (!years) {
		years = Array.from({ length: YEAR_COUNT }, () => null);
		for (const { from, to, ...d } of s.decisions) {
			for (let y = from; y <= to; y++) years[y - FIRST_YEAR] = d;
		}
		expanded.set(s, years);
	}
	return years;
}

export interface StateRelations {
	state: string;
	name: string;
	intervals: Interval[];
	/** Per year from FIRST_YEAR: the interval that explains the assessed class, -1 if not coded. */
	byYear: number[];
	/** Both readings, as runs of years decided alike (expand with `yearDecisions`). */
	decisions: DecisionRun[];
	records: CodebookRecord[];
	judgements: Judgement[];
}

export type ClassCounts = Partial<Record<RelationClassId, number>>;

export interface RelationsTable {
	states: Record<string, StateRelations>;
	/** Historical polity codes coloured from another state's file (VDR -> VNM). */
	aliases: Record<string, string>;
	/** Index 0 is FIRST_YEAR. */
	counts: ClassCounts[];
	/** The same counts in the formal reading. */
	formalCounts: ClassCounts[];
}

/**
 * What the first view needs, without the intervals' reasons and citations (fetched on demand):
 * each coded state's name, the aliases, and per year the class counts and how many coded
 * states carry a contested reading.
 */
export interface RelationsIndex {
	names: Record<string, string>;
	aliases: Record<string, string>;
	/** Per year, the count of each class in RELATION_CLASS_IDS order. */
	counts: number[][];
	contested: number[];
}
