import { describe, expect, it } from 'vitest';
import {
	createExpression,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import { RELATION_CLASS_IDS } from '$lib/codebook/classes';
import {
	NOT_CODED,
	NOT_DRAWN,
	STATE_NOT_CODED,
	STATE_NOT_DRAWN,
	codeIn,
	contestedExpression,
	decodeYearCode,
	encodeYearCode,
	isContestedCode,
	stateValue,
	stateValueExpression,
	type YearCodeInput
} from '$lib/relations/year-codes';
import { FIRST_YEAR, LAST_YEAR } from '$lib/years/years';

const every: YearCodeInput[] = [
	{ drawn: false },
	{ drawn: true },
	...RELATION_CLASS_IDS.flatMap((_, classIndex) =>
		[false, true].map((contested) => ({ drawn: true as const, classIndex, contested }))
	)
];

/** Evaluates a style expression for a feature whose `codes` is one character, in FIRST_YEAR. */
function onMap(expression: unknown, code: string, type: 'number' | 'boolean') {
	const spec = {
		type,
		'property-type': 'data-driven',
		expression: { interpolated: false, parameters: ['zoom', 'feature'] }
	} as unknown as StylePropertySpecification;
	const compiled = createExpression(expression, 'paint', spec, { year: FIRST_YEAR });
	if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
	return compiled.value.evaluate(
		{ zoom: 3 } as never,
		{ type: 'Polygon', properties: { codes: code }, geometry: [] } as never
	);
}

describe('year codes', () => {
	it('round-trips every class, contested or not, and the two non-class codes', () => {
		const codes = every.map(encodeYearCode);
		expect(new Set(codes).size).toBe(every.length);
		for (const [i, input] of every.entries()) {
			const decoded = decodeYearCode(codes[i]);
			expect(decoded.drawn).toBe(input.drawn);
			if (input.drawn && input.classIndex !== undefined) {
				expect(decoded).toEqual({
					drawn: true,
					classIndex: input.classIndex,
					contested: input.contested
				});
			} else expect(decoded.classIndex).toBeUndefined();
		}
		expect(encodeYearCode({ drawn: false })).toBe(NOT_DRAWN);
		expect(encodeYearCode({ drawn: true })).toBe(NOT_CODED);
	});

	it('refuses a class index that does not exist', () => {
		for (const classIndex of [-1, RELATION_CLASS_IDS.length, 1.5])
			expect(() => encodeYearCode({ drawn: true, classIndex, contested: false })).toThrow(
				RangeError
			);
	});

	it('gives the feature-state values the style reads', () => {
		expect(stateValue(NOT_DRAWN)).toBe(STATE_NOT_DRAWN);
		expect(stateValue(NOT_CODED)).toBe(STATE_NOT_CODED);
		expect(stateValue(encodeYearCode({ drawn: true, classIndex: 4, contested: true }))).toBe(4);
		expect(isContestedCode(encodeYearCode({ drawn: true, classIndex: 4, contested: true }))).toBe(
			true
		);
		expect(isContestedCode('4')).toBe(false);
	});

	it('decodes the same way on the map (style expressions) as in script', () => {
		for (const code of every.map(encodeYearCode)) {
			expect(onMap(stateValueExpression(), code, 'number'), code).toBe(stateValue(code));
			expect(onMap(contestedExpression(), code, 'boolean'), code).toBe(isContestedCode(code));
		}
	});

	it('reads a year out of a code string, and nothing outside the atlas years', () => {
		const codes = '0'.repeat(LAST_YEAR - FIRST_YEAR) + 'c';
		expect(codeIn(codes, FIRST_YEAR)).toBe('0');
		expect(codeIn(codes, LAST_YEAR)).toBe('c');
		expect(codeIn(codes, FIRST_YEAR - 1)).toBe(NOT_DRAWN);
		expect(codeIn(codes, LAST_YEAR + 1)).toBe(NOT_DRAWN);
	});
});
