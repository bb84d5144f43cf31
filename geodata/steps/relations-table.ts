/**
 * The relationship data as the site reads it: every coded state's intervals with, for each year
 * 1945-2025, the index of the interval shown (-1 where the state is not coded that year); and how
 * many drawn polities fall in each class each year (for the legend and the year summary).
 */
import {
	RELATION_CLASS_IDS,
	YEAR_COUNT,
	type RelationClassId
} from '../../src/lib/relations/classes.ts';
import type { Interval, RelationFile } from '../schema.ts';
import { intervalIndexByYear } from '../timeline.ts';

export interface StateRelations {
	state: string;
	name: string;
	intervals: Interval[];
	byYear: number[];
}

export type ClassCounts = Partial<Record<RelationClassId, number>>;

export interface RelationsTable {
	states: Record<string, StateRelations>;
	/** Historical polity codes coloured from another state's file (VDR -> VNM). */
	aliases: Record<string, string>;
	/** Index 0 is FIRST_YEAR. */
	counts: ClassCounts[];
}

/** Class counts per year over the polities the map draws, from their per-year codes. */
export function countsByYear(polities: { codes: string }[]): ClassCounts[] {
	return Array.from({ length: YEAR_COUNT }, (_, i) => {
		const counts: ClassCounts = {};
		for (const p of polities) {
			const code = p.codes[i];
			const index = code >= 'a' && code <= 'h' ? code.charCodeAt(0) - 97 : Number(code);
			if (code !== '-' && code !== 'u') {
				const id = RELATION_CLASS_IDS[index];
				counts[id] = (counts[id] ?? 0) + 1;
			}
		}
		return counts;
	});
}

export function relationsTable(
	relations: RelationFile[],
	aliases: Record<string, string>,
	polities: { codes: string }[]
): RelationsTable {
	const states: Record<string, StateRelations> = {};
	for (const r of [...relations].sort((a, b) => a.state.localeCompare(b.state))) {
		states[r.state] = {
			state: r.state,
			name: r.name,
			intervals: r.intervals,
			byYear: intervalIndexByYear(r.intervals)
		};
	}
	return { states, aliases, counts: countsByYear(polities) };
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

export function relationsIndex(table: RelationsTable): RelationsIndex {
	const states = Object.values(table.states);
	return {
		names: Object.fromEntries(states.map((s) => [s.state, s.name])),
		aliases: table.aliases,
		counts: table.counts,
		contested: table.counts.map(
			(_, i) => states.filter((s) => s.intervals[s.byYear[i]]?.contested).length
		)
	};
}
