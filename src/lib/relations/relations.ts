/**
 * Every coded state's relationship with Moscow, year by year, and the lookups the page needs.
 * Names, aliases and per-year counts come bundled (relations-index.json); the intervals with
 * their reasons and citations (relations.json) are fetched on first use: see `relationsData`.
 */
import index from '$lib/generated/relations-index.json';
import tableUrl from '$lib/generated/relations.json?url';
import { lazyJson } from '$lib/data/lazy.svelte';
import type {
	ClassCounts,
	RelationsIndex,
	RelationsTable,
	StateRelations,
	YearDecision
} from '$lib/codebook/table';
import { yearDecisions } from '$lib/codebook/table';
import type { Reading } from '$lib/codebook/readings';
import type { Interval } from '$lib/codebook/relation-file';
import { RELATION_CLASS_IDS, type RelationClassId } from '$lib/codebook/classes';
import { FIRST_YEAR, LAST_YEAR } from '$lib/years/years';

export type { ClassCounts, Interval, RelationsTable, StateRelations, YearDecision };

const INDEX = index as unknown as RelationsIndex;

/** The full table, fetched on demand (`relationsData.load()`); undefined until it arrives. */
export const relationsData = lazyJson<RelationsTable>(tableUrl, 'the reasons and citations');

const loaded = (): Record<string, StateRelations> => relationsData.value?.states ?? {};

/**
 * How many drawn polities are in each class in `year`, in `reading`. The formal reading's
 * counts come with the full table: empty until it has arrived.
 */
export function classCounts(year: number, reading: Reading): ClassCounts {
	if (reading === 'formal') return relationsData.value?.formalCounts[year - FIRST_YEAR] ?? {};
	const counts = INDEX.counts[year - FIRST_YEAR] ?? [];
	return Object.fromEntries(
		RELATION_CLASS_IDS.flatMap((id, i) => (counts[i] ? [[id, counts[i]]] : []))
	) as ClassCounts;
}

/** How many coded states carry a contested reading in `year`. */
export function contestedCount(year: number): number {
	return INDEX.contested[year - FIRST_YEAR] ?? 0;
}

export interface RelationInYear {
	state: string;
	name: string;
	year: number;
	/** The class in the reading asked for. */
	class: RelationClassId;
	reading: Reading;
	/** The prose of the assessed reading for this year. */
	interval: Interval;
	/** How the year was decided: the formal class and rule, and any judgement departing from it. */
	decision: YearDecision;
	/** The assessed class (equal to `class` in the assessed reading). */
	assessed: RelationClassId;
}

export interface CodedState {
	state: string;
	name: string;
}

/** All coded states, by name. */
export function codedStates(): CodedState[] {
	return Object.entries(INDEX.names)
		.map(([state, name]) => ({ state, name }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** A state's name from its code ("JPN" -> "Japan"); the code itself if not coded. */
export function stateName(code: string): string {
	return INDEX.names[codedStateFor(code) ?? code] ?? code;
}

/** The coded state behind a polity code: "VDR" (North Vietnam) is coloured from "VNM". */
export function codedStateFor(code: string): string | undefined {
	const state = INDEX.aliases[code] ?? code;
	return state in INDEX.names ? state : undefined;
}

/**
 * How `state` (ISO alpha-3, or SUN) stood with Moscow in `year`, in `reading`; undefined if not coded, or
 * while the table is still loading (`relationsData.value` tells the two apart).
 */
export function relationIn(
	state: string,
	year: number,
	reading: Reading,
	relations: Record<string, StateRelations> = loaded()
): RelationInYear | undefined {
	const r = relations[state];
	if (!r || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
	const interval = r.intervals[r.byYear[year - FIRST_YEAR]];
	const decision = yearDecisions(r)[year - FIRST_YEAR];
	if (!interval || !decision) return undefined;
	const cls = reading === 'formal' ? decision.formal : interval.class;
	return {
		state,
		name: r.name,
		year,
		class: cls,
		reading,
		interval,
		decision,
		assessed: interval.class
	};
}

/** Whether the two readings give `state` different classes in `year`. */
export function readingsDiffer(r: RelationInYear): boolean {
	return r.decision.formal !== r.assessed;
}

/** "1978-11-03" -> "3 November 1978"; "1991-12" -> "December 1991"; "1945" -> "1945". */
export function formatDate(date: string): string {
	const [y, m, d] = date.split('-').map(Number);
	if (!m) return String(y);
	const month = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', {
		month: 'long',
		timeZone: 'UTC'
	});
	return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/** "3 November 1978 – 16 June 1994", "since 1 July 2001". */
export function formatInterval(iv: Pick<Interval, 'from' | 'to'>): string {
	if (!iv.to) return `since ${formatDate(iv.from)}`;
	return `${formatDate(iv.from)} – ${formatDate(iv.to)}`;
}
