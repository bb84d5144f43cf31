/**
 * The polities the map draws and what each shows in a given year, read from the generated
 * topology. Each polity carries a per-year code string computed at build time: a class index
 * digit ('0'-'7'), the same as a letter ('a'-'h') when the coding is contested that year,
 * '-' (not drawn that year) or 'u' (drawn, not yet coded).
 */
import {
	FIRST_YEAR,
	LAST_YEAR,
	RELATION_CLASS_IDS,
	type RelationClassId
} from '$lib/relations/classes';

export interface PolityProps {
	/** The polity drawn: ISO alpha-3 or a historical code (SUN, VDR, RVN, YAR, YMD). */
	iso: string;
	/** The coded state whose relation colours it (North Vietnam is coloured as VNM). */
	state: string;
	name: string;
	start: number;
	end: number;
	codes: string;
}

export interface PolityRecord extends PolityProps {
	id: number;
}

export const NOT_DRAWN = '-';
export const NOT_CODED = 'u';

/** Feature-state value `c` for a code: class index, -1 not drawn, 8 drawn without data. */
export const STATE_NOT_DRAWN = -1;
export const STATE_NOT_CODED = RELATION_CLASS_IDS.length;

export function codeIn(polity: PolityProps, year: number): string {
	if (year < FIRST_YEAR || year > LAST_YEAR) return NOT_DRAWN;
	return polity.codes[year - FIRST_YEAR];
}

/** Feature-state `c` for a code (see STATE_* above). */
export function stateValue(code: string): number {
	if (code === NOT_DRAWN) return STATE_NOT_DRAWN;
	if (code === NOT_CODED) return STATE_NOT_CODED;
	return isContestedCode(code) ? code.charCodeAt(0) - 97 : Number(code);
}

export function isContestedCode(code: string): boolean {
	return code >= 'a' && code <= 'h';
}

export function isDrawnIn(polity: PolityProps, year: number): boolean {
	return codeIn(polity, year) !== NOT_DRAWN;
}

/** The class a polity shows in a year, or undefined (not drawn, or not coded). */
export function classOfPolityIn(polity: PolityProps, year: number): RelationClassId | undefined {
	const code = codeIn(polity, year);
	if (code === NOT_DRAWN || code === NOT_CODED) return undefined;
	return RELATION_CLASS_IDS[stateValue(code)];
}

/**
 * The feature-state writes that take the map from `from` (null: nothing written yet) to `to`:
 * only the polities whose value changes, so a step touches as few features as it can.
 */
export function stateChanges(
	polities: readonly PolityRecord[],
	from: number | null,
	to: number
): { id: number; c: number; k: boolean }[] {
	const out: { id: number; c: number; k: boolean }[] = [];
	for (const p of polities) {
		const next = codeIn(p, to);
		if (from === null || codeIn(p, from) !== next) {
			out.push({ id: p.id, c: stateValue(next), k: isContestedCode(next) });
		}
	}
	return out;
}

/**
 * The first year of the stretch of years around `year` in which the same polities are drawn.
 * Labels are filtered by this, so their filter changes only when a border does.
 */
export function bordersEpoch(polities: readonly PolityProps[], year: number): number {
	let epoch = FIRST_YEAR;
	for (const p of polities) {
		if (p.start <= year && p.start > epoch) epoch = p.start;
		if (p.end <= year && p.end > epoch) epoch = p.end;
	}
	return epoch;
}
