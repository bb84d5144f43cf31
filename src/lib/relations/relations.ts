/**
 * Every coded state's relationship with Moscow, year by year: the generated table from
 * geodata/relations (validated at build time), and the lookups the page needs.
 */
import table from '$lib/generated/relations.json';
import type {
	RelationsTable,
	StateRelations,
	ClassCounts
} from '../../../geodata/steps/relations-table';
import type { Interval } from '../../../geodata/schema';
import { FIRST_YEAR, LAST_YEAR, type RelationClassId } from './classes';

export type { ClassCounts, Interval, StateRelations };

const TABLE = table as unknown as RelationsTable;
const RELATIONS = TABLE.states;

/** How many drawn polities are in each class in `year`. */
export function classCounts(year: number): ClassCounts {
	return TABLE.counts[year - FIRST_YEAR] ?? {};
}

export interface RelationInYear {
	state: string;
	name: string;
	year: number;
	class: RelationClassId;
	interval: Interval;
}

/** All coded states, by name. */
export function codedStates(
	relations: Record<string, StateRelations> = RELATIONS
): StateRelations[] {
	return Object.values(relations).sort((a, b) => a.name.localeCompare(b.name));
}

/** A state's name from its code ("JPN" -> "Japan"); the code itself if not coded. */
export function stateName(code: string): string {
	return RELATIONS[codedStateFor(code) ?? code]?.name ?? code;
}

/** The coded state behind a polity code: "VDR" (North Vietnam) is coloured from "VNM". */
export function codedStateFor(code: string): string | undefined {
	const state = TABLE.aliases[code] ?? code;
	return state in RELATIONS ? state : undefined;
}

/** How `state` (ISO alpha-3, or SUN) stood with Moscow in `year`, or undefined if not coded. */
export function relationIn(
	state: string,
	year: number,
	relations: Record<string, StateRelations> = RELATIONS
): RelationInYear | undefined {
	const r = relations[state];
	if (!r || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
	const interval = r.intervals[r.byYear[year - FIRST_YEAR]];
	if (!interval) return undefined;
	return { state, name: r.name, year, class: interval.class, interval };
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
