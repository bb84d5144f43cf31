/**
 * The relationship data as the site reads it: every coded state's intervals with, for each year
 * 1945-2025, the index of the interval shown (-1 where the state is not coded that year); and how
 * many drawn polities fall in each class each year (for the legend and the year summary).
 */
import { RELATION_CLASS_IDS } from '../../src/lib/codebook/classes.ts';
import {
	decisionRuns,
	type ClassCounts,
	type RelationsIndex,
	type RelationsTable,
	type StateRelations
} from '../../src/lib/codebook/table.ts';
import { decodeYearCode } from '../../src/lib/relations/year-codes.ts';
import { YEAR_COUNT } from '../../src/lib/years/years.ts';
import type { CodebookRecord } from '../../src/lib/codebook/records.ts';
import type { CodedState } from './output.ts';

/** Class counts per year over the polities the map draws, from their per-year codes. */
export function countsByYear(polities: { codes: string }[]): ClassCounts[] {
	return Array.from({ length: YEAR_COUNT }, (_, i) => {
		const counts: ClassCounts = {};
		for (const p of polities) {
			const { classIndex } = decodeYearCode(p.codes[i]);
			if (classIndex !== undefined) {
				const id = RELATION_CLASS_IDS[classIndex];
				counts[id] = (counts[id] ?? 0) + 1;
			}
		}
		return counts;
	});
}

export function relationsTable(
	coded: CodedState[],
	records: Map<string, CodebookRecord[]>,
	aliases: Record<string, string>,
	polities: { codes: string; formal?: string }[]
): RelationsTable {
	const states: Record<string, StateRelations> = {};
	for (const { file, coding } of [...coded].sort((a, b) =>
		a.file.state.localeCompare(b.file.state)
	)) {
		states[file.state] = {
			state: file.state,
			name: file.name,
			intervals: file.intervals,
			byYear: coding.years.map((y) => y?.interval ?? -1),
			decisions: decisionRuns(
				coding.years.map((y) =>
					y
						? {
								formal: y.formal.class,
								rule: y.formal.rule,
								records: y.formal.records,
								...(y.assessed.judgement && { judgement: y.assessed.judgement })
							}
						: null
				)
			),
			records: [...(records.get(file.state) ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
			judgements: file.judgements ?? []
		};
	}
	return {
		states,
		aliases,
		counts: countsByYear(polities),
		formalCounts: countsByYear(polities.map((p) => ({ codes: p.formal ?? p.codes })))
	};
}

export function relationsIndex(table: RelationsTable): RelationsIndex {
	const states = Object.values(table.states);
	return {
		names: Object.fromEntries(states.map((s) => [s.state, s.name])),
		aliases: table.aliases,
		// Counts in legend order, one array a year: the first view ships the numbers, not the keys.
		counts: table.counts.map((c) => RELATION_CLASS_IDS.map((id) => c[id] ?? 0)),
		contested: table.counts.map(
			(_, i) => states.filter((s) => s.intervals[s.byYear[i]]?.contested).length
		)
	};
}
