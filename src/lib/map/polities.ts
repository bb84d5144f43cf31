/**
 * The polities the map draws and what each shows in a given year, read from the generated
 * topology. Each polity carries a per-year code string computed at build time (the alphabet is
 * in relations/year-codes.ts).
 */
import { RELATION_CLASS_IDS, type RelationClassId } from '../codebook/classes.ts';
import {
	NOT_DRAWN,
	codeIn as codeOf,
	decodeYearCode,
	isContestedCode,
	stateValue
} from '../relations/year-codes.ts';
import type { Reading } from '../codebook/readings.ts';

/** A polity's shape, as the build cuts it (geodata/steps/polities.ts). */
export interface PolityShape {
	/** The polity drawn: ISO alpha-3 or a historical code (SUN, VDR, RVN, YAR, YMD). */
	iso: string;
	/** The coded state whose relation colours it (North Vietnam is coloured as VNM). */
	state: string;
	name: string;
	/** First year drawn. */
	start: number;
	/** First year no longer drawn (exclusive). */
	end: number;
}

/** A polity as the map reads it: its shape's properties and its year codes. */
export interface PolityProps extends PolityShape {
	/** The assessed reading's codes. */
	codes: string;
	/** The formal reading's codes, only where they differ from `codes`. */
	formal?: string;
}

export interface PolityRecord extends PolityProps {
	id: number;
}

/** The polities with `codes` in the given reading (the same array for the assessed one). */
export function inReading<T extends PolityProps>(polities: T[], reading: Reading): T[] {
	if (reading === 'assessed') return polities;
	return polities.map((p) => (p.formal === undefined ? p : { ...p, codes: p.formal }));
}

/** A polity's code in a year ('-' outside the atlas's years). */
export function codeIn(polity: Pick<PolityProps, 'codes'>, year: number): string {
	return codeOf(polity.codes, year);
}

export function isDrawnIn(polity: PolityProps, year: number): boolean {
	return codeIn(polity, year) !== NOT_DRAWN;
}

/** The class a polity shows in a year, or undefined (not drawn, or not coded). */
export function classOfPolityIn(polity: PolityProps, year: number): RelationClassId | undefined {
	const { classIndex } = decodeYearCode(codeIn(polity, year));
	return classIndex === undefined ? undefined : RELATION_CLASS_IDS[classIndex];
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

/** The polities as built, shown in one reading at a time: what every write and export reads. */
export class ReadingPolities {
	#built: PolityRecord[] = [];
	#reading: Reading | null = null;
	shown: PolityRecord[] = [];

	/** Shows `reading` (of `built`, when given); false when that is shown already. */
	show(reading: Reading, built = this.#built): boolean {
		if (reading === this.#reading && built === this.#built) return false;
		this.#built = built;
		this.#reading = reading;
		this.shown = inReading(built, reading);
		return true;
	}
}
