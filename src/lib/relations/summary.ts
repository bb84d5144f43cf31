/**
 * The year in words and as rows: what a screen-reader user hears when the year settles, and what
 * the table view lists. Pure, over the generated relations table (empty until it has loaded).
 */
import { RELATION_CLASSES, relationClass, type RelationClassId } from '$lib/codebook/classes';
import { FIRST_YEAR, LAST_YEAR } from '$lib/years/years';
import type { Reading } from '$lib/codebook/readings';
import {
	classCounts,
	codedStates,
	relationIn,
	type CodedState,
	type RelationInYear
} from './relations';

export interface Change {
	state: string;
	name: string;
	from: RelationClassId;
	to: RelationClassId;
}

/** The coded states shown in `year` (a historical polity only within its years), by name. */
export function statesIn(
	year: number,
	reading: Reading,
	states: CodedState[] = codedStates()
): RelationInYear[] {
	return states
		.map((s) => relationIn(s.state, year, reading))
		.filter((r): r is RelationInYear => r !== undefined);
}

/** States whose class differs from the year before (both years coded). */
export function changesSince(
	year: number,
	reading: Reading,
	states: CodedState[] = codedStates()
): Change[] {
	if (year <= FIRST_YEAR || year > LAST_YEAR) return [];
	const out: Change[] = [];
	for (const s of states) {
		const before = relationIn(s.state, year - 1, reading);
		const now = relationIn(s.state, year, reading);
		if (before && now && before.class !== now.class) {
			out.push({ state: s.state, name: s.name, from: before.class, to: now.class });
		}
	}
	return out;
}

/** "1992. moscow 1, ally 3, partner 5, normal 36, … Changed since 1991: Kazakhstan from moscow to normal; …" */
export function yearSummary(
	year: number,
	reading: Reading,
	counts = classCounts(year, reading),
	changes = changesSince(year, reading)
): string {
	const parts = RELATION_CLASSES.filter((c) => counts[c.id]).map(
		(c) => `${c.label.toLowerCase()} ${counts[c.id]}`
	);
	const named = reading === 'formal' ? ', formal reading' : '';
	let text = `${year}${named}. ${parts.join(', ') || 'nothing coded'}.`;
	if (changes.length) {
		const shown = changes.slice(0, 20).map((c) => {
			const from = relationClass(c.from).label.toLowerCase();
			const to = relationClass(c.to).label.toLowerCase();
			return `${c.name} from ${from} to ${to}`;
		});
		const more = changes.length > 20 ? `, and ${changes.length - 20} more` : '';
		text += ` Changed since ${year - 1}: ${shown.join('; ')}${more}.`;
	}
	return text;
}

export interface Comparison extends Change {
	/** Why the state stands where it does in the later year (our words). */
	reason: string;
}

/** States coded in both years whose class differs, with the reason for the later class. */
export function changesBetween(
	a: number,
	b: number,
	reading: Reading,
	states: CodedState[] = codedStates()
): Comparison[] {
	const [early, late] = a <= b ? [a, b] : [b, a];
	const out: Comparison[] = [];
	for (const s of states) {
		const before = relationIn(s.state, early, reading);
		const after = relationIn(s.state, late, reading);
		if (before && after && before.class !== after.class) {
			out.push({
				state: s.state,
				name: s.name,
				from: before.class,
				to: after.class,
				reason: after.interval.reason
			});
		}
	}
	return out;
}
