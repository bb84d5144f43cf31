/**
 * The state-years a question can ask about, each with its answer and its weight: every coded
 * state (not Moscow) in every year it is drawn on the map as a state of its own, so the one
 * hidden shape is the state asked about. Years in which a record of the codebook starts or ends,
 * or an event on the map involves the state, weigh more: they are where a class has a story.
 */
import type { RelationClassId } from '$lib/codebook/classes';
import type { Reading } from '$lib/codebook/readings';
import { yearDecisions, type StateRelations } from '$lib/codebook/table';
import { FIRST_YEAR, LAST_YEAR, yearOf } from '$lib/years/years';
import type { DrawnSpan } from './spans';
import { regionOf } from './regions';

/** How much more a year with a record or an event weighs than a quiet one. */
export const MARKED_WEIGHT = 6;

export interface QuizData {
	/** The coded states, as the relations table has them. */
	states: Record<string, StateRelations>;
	/** Historical polity codes coloured from another state's coding (VDR -> VNM). */
	aliases: Record<string, string>;
	/** When each coded state is drawn as a shape of its own, and where. */
	drawn: readonly DrawnSpan[];
	/** The map's events: their dates and the states involved. */
	events: readonly { date: string; states: readonly string[] }[];
}

export interface Candidate {
	state: string;
	name: string;
	year: number;
	/** The class in the reading asked about. */
	answer: RelationClassId;
	/** A record starts or ends, or an event happens, in this state-year. */
	marked: boolean;
	weight: number;
}

/** The state-years with a record or an event, as "STATE:YEAR". */
export function markedYears(data: QuizData): Set<string> {
	const marked = new Set<string>();
	const mark = (state: string, date: string | undefined) => {
		if (date === undefined) return;
		const year = yearOf(date);
		if (year >= FIRST_YEAR && year <= LAST_YEAR) marked.add(`${state}:${year}`);
	};
	for (const s of Object.values(data.states))
		for (const r of s.records) {
			mark(s.state, r.date);
			mark(s.state, r.end);
		}
	for (const e of data.events)
		for (const code of e.states) mark(data.aliases[code] ?? code, e.date);
	return marked;
}

/** The class of `state` in `year`, in `reading` (undefined where it is not coded). */
export function classIn(
	s: StateRelations,
	year: number,
	reading: Reading
): RelationClassId | undefined {
	const interval = s.intervals[s.byYear[year - FIRST_YEAR]];
	const decision = yearDecisions(s)[year - FIRST_YEAR];
	if (!interval || !decision) return undefined;
	return reading === 'formal' ? decision.formal : interval.class;
}

/** The span drawing `state` in `year`, if it is drawn as a shape of its own then. */
export function spanIn(
	drawn: readonly DrawnSpan[],
	state: string,
	year: number
): DrawnSpan | undefined {
	return drawn.find((d) => d.state === state && d.start <= year && year < d.end);
}

/** Every state-year a question may ask about, by state then year. */
export function questionPool(data: QuizData, reading: Reading): Candidate[] {
	const marked = markedYears(data);
	const pool: Candidate[] = [];
	const states = Object.keys(data.states).sort();
	for (const state of states) {
		if (!regionOf(state)) continue;
		const s = data.states[state];
		for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			const answer = classIn(s, year, reading);
			if (!answer || answer === 'moscow' || !spanIn(data.drawn, state, year)) continue;
			const isMarked = marked.has(`${state}:${year}`);
			pool.push({
				state,
				name: s.name,
				year,
				answer,
				marked: isMarked,
				weight: isMarked ? MARKED_WEIGHT : 1
			});
		}
	}
	return pool;
}

/** The classes `state` has in any year of `reading` (a distractor it once had is plausible). */
export function classesOf(s: StateRelations, reading: Reading): Set<RelationClassId> {
	const out = new Set<RelationClassId>();
	for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
		const c = classIn(s, year, reading);
		if (c) out.add(c);
	}
	return out;
}
