/**
 * The relationship data as the site reads it (generated relations.json and relations-index.json,
 * written by geodata/steps/relations-table.ts): every coded state's intervals with, for each year,
 * the index of the interval shown (-1 where the state is not coded that year); and how many drawn
 * polities fall in each class each year (for the legend and the year summary).
 */
import type { RelationClassId } from './classes.ts';
import type { Interval } from './schema.ts';
import type { CodebookRecord } from '../codebook/records.ts';
import type { Judgement } from '../codebook/judgements.ts';

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

export interface StateRelations {
	state: string;
	name: string;
	intervals: Interval[];
	/** Per year from FIRST_YEAR: the interval that explains the assessed class, -1 if not coded. */
	byYear: number[];
	/** Per year from FIRST_YEAR: both readings, null if not coded. */
	years: (YearDecision | null)[];
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
	counts: ClassCounts[];
	contested: number[];
}
