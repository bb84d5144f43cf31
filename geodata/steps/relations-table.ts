/**
 * The relationship data as the site reads it: every coded state's intervals with, for each year
 * 1945-2025, the index of the interval shown (-1 where the state is not coded that year); and how
 * many drawn polities fall in each class each year (for the legend and the year summary).
 */
import { RELATION_CLASS_IDS } from '../../src/lib/relations/classes.ts';
import type {
	ClassCounts,
	RelationsIndex,
	RelationsTable,
	StateRelations
} from '../../src/lib/relations/table.ts';
import { decodeYearCode } from '../../src/lib/relations/year-codes.ts';
import { YEAR_COUNT } from '../../src/lib/timeline/years.ts';
import type { RelationFile } from '../../src/lib/relations/schema.ts';
import { intervalIndexByYear } from '../../src/lib/relations/intervals.ts';

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
