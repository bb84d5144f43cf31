/**
 * The year-code alphabet: what a polity shows each year, one character a year from FIRST_YEAR,
 * computed by the build and read by the map. The one place it is encoded, decoded and written as a
 * MapLibre expression.
 *
 *   '0'-'7'  the class index (RELATION_CLASSES order)
 *   'a'-'h'  the same class, with a contested reading that year
 *   '-'      not drawn that year (the polity did not exist)
 *   'u'      drawn, but not coded
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { RELATION_CLASS_IDS } from '../codebook/classes.ts';
import { FIRST_YEAR, LAST_YEAR } from '../years/years.ts';

export const NOT_DRAWN = '-';
export const NOT_CODED = 'u';

/** Feature-state value `c` for a code: the class index, or one of these. */
export const STATE_NOT_DRAWN = -1;
export const STATE_NOT_CODED = RELATION_CLASS_IDS.length;

const CONTESTED_LETTERS = RELATION_CLASS_IDS.map((_, i) => String.fromCharCode(97 + i));

export type YearCodeInput =
	| { drawn: false }
	| { drawn: true; classIndex?: undefined }
	| { drawn: true; classIndex: number; contested: boolean };

/** One year's character. */
export function encodeYearCode(input: YearCodeInput): string {
	if (!input.drawn) return NOT_DRAWN;
	if (input.classIndex === undefined) return NOT_CODED;
	const i = input.classIndex;
	if (!Number.isInteger(i) || i < 0 || i >= RELATION_CLASS_IDS.length) {
		throw new RangeError(`no relation class with index ${i}`);
	}
	return input.contested ? CONTESTED_LETTERS[i] : String(i);
}

export interface DecodedYearCode {
	drawn: boolean;
	/** The class index, undefined when not drawn or not coded. */
	classIndex?: number;
	contested: boolean;
}

/** What one year's character says. */
export function decodeYearCode(code: string): DecodedYearCode {
	if (code === NOT_DRAWN || code === undefined) return { drawn: false, contested: false };
	if (code === NOT_CODED) return { drawn: true, contested: false };
	const letter = CONTESTED_LETTERS.indexOf(code);
	if (letter >= 0) return { drawn: true, classIndex: letter, contested: true };
	return { drawn: true, classIndex: Number(code), contested: false };
}

/** The code of a year in a polity's code string ('-' outside the atlas's years). */
export function codeIn(codes: string, year: number): string {
	if (year < FIRST_YEAR || year > LAST_YEAR) return NOT_DRAWN;
	return codes[year - FIRST_YEAR] ?? NOT_DRAWN;
}

/** Feature-state `c` for a code: class index, STATE_NOT_DRAWN or STATE_NOT_CODED. */
export function stateValue(code: string): number {
	const d = decodeYearCode(code);
	if (!d.drawn) return STATE_NOT_DRAWN;
	return d.classIndex ?? STATE_NOT_CODED;
}

export function isContestedCode(code: string): boolean {
	return decodeYearCode(code).contested;
}

/** The style expression for this year's character of a feature's `codes`, read from a global `year`. */
export function yearCodeExpression(): ExpressionSpecification {
	const index: ExpressionSpecification = ['-', ['global-state', 'year'], FIRST_YEAR];
	return ['slice', ['get', 'codes'], index, ['+', index, 1]];
}

/** The expression of the same decoding as `stateValue`, on the map. */
export function stateValueExpression(): ExpressionSpecification {
	const code = yearCodeExpression();
	return [
		'match',
		code,
		NOT_DRAWN,
		STATE_NOT_DRAWN,
		NOT_CODED,
		STATE_NOT_CODED,
		...CONTESTED_LETTERS.flatMap((letter, i) => [letter, i]),
		['to-number', code]
	] as unknown as ExpressionSpecification;
}

/** The expression of `isContestedCode`, on the map. */
export function contestedExpression(): ExpressionSpecification {
	return ['in', yearCodeExpression(), ['literal', CONTESTED_LETTERS.join('')]];
}
