/**
 * States whose class is withheld: a tour scene that asks the room hides them in its year until
 * the next step reveals them. Every view that could give the answer away reads this: the map, the
 * legend's and the chart's counts, the state panel, the table, the announcements, the exports.
 */
import type { ClassCounts } from '$lib/codebook/table';
import type { Reading } from '$lib/codebook/readings';
import {
	classCounts,
	contestedCount,
	relationIn,
	relationsData,
	type RelationInYear,
	type StateRelations
} from './relations';
import { changesSince, yearSummary } from './summary';

/** The states hidden, and the one year they are hidden in (other years show them). */
export interface Withheld {
	year: number;
	states: readonly string[];
}

/** The states hidden in `year` ([] in any other year, or when nothing is withheld). */
export function withheldIn(withheld: Withheld | null | undefined, year: number): readonly string[] {
	return withheld && withheld.year === year ? withheld.states : [];
}

/** What the legend counts: states by class, and how many carry a contested reading. */
export interface YearCounts {
	counts: ClassCounts;
	contested: number;
}

/**
 * Whether a coded state is drawn as a polity of its own that year. The USSR's union republics
 * (governed from Moscow until 1992) are drawn within the USSR's outline, not counted apart.
 */
function drawnApart(r: Pick<RelationInYear, 'state' | 'class' | 'year'>): boolean {
	return !(r.class === 'moscow' && r.state !== 'SUN' && r.year < 1992);
}

/** `counts` less the hidden states (each its class in the reading, and its contested mark). */
export function subtractHidden(
	{ counts, contested }: YearCounts,
	hidden: readonly Pick<RelationInYear, 'state' | 'year' | 'class' | 'interval'>[]
): YearCounts {
	const out: ClassCounts = { ...counts };
	let left = contested;
	for (const r of hidden) {
		if (r.interval.contested) left--;
		if (!drawnApart(r)) continue;
		const n = (out[r.class] ?? 0) - 1;
		if (n > 0) out[r.class] = n;
		else delete out[r.class];
	}
	return { counts: out, contested: Math.max(0, left) };
}

/**
 * The year's counts without the states hidden in it. Null while a hidden state's class is not
 * known yet (the full table still on its way): a count that drops when it arrives would tell.
 */
export function countsWithout(
	year: number,
	reading: Reading,
	hidden: readonly string[],
	relations: Record<string, StateRelations> | null = relationsData.value?.states ?? null
): YearCounts | null {
	const shown = { counts: classCounts(year, reading), contested: contestedCount(year) };
	if (!hidden.length) return shown;
	if (!relations) return null;
	const coded = hidden
		.map((state) => relationIn(state, year, reading, relations))
		.filter((r): r is RelationInYear => r !== undefined);
	return subtractHidden(shown, coded);
}

/**
 * The year in words as a screen reader hears it, without the hidden states: out of the counts and
 * the changes, and said to be hidden ("Vietnam is hidden: the room is asked."). Null while their
 * classes are not known yet.
 */
export function summaryWithout(
	year: number,
	reading: Reading,
	hidden: readonly { state: string; name: string }[],
	relations: Record<string, StateRelations> | null = relationsData.value?.states ?? null
): string | null {
	const states = hidden.map((h) => h.state);
	const left = countsWithout(year, reading, states, relations);
	if (!left) return null;
	const changes = changesSince(year, reading).filter((c) => !states.includes(c.state));
	const text = yearSummary(year, reading, left.counts, changes);
	if (!hidden.length) return text;
	const names = hidden.map((h) => h.name);
	return `${text} ${nameList(names)} ${names.length > 1 ? 'are' : 'is'} hidden: the room is asked.`;
}

/** "China", "China and Vietnam", "China, India and Vietnam". */
export function nameList(names: readonly string[]): string {
	return names.length > 1
		? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
		: (names[0] ?? '');
}
