import { describe, expect, it } from 'vitest';
import {
	FIRST_YEAR,
	LAST_YEAR,
	SPEEDS,
	YEAR_COUNT,
	allYears,
	clampYear,
	inRange,
	yearOf
} from '$lib/years/years';

describe('years', () => {
	it('covers 1945 to 2025, the USSR and then the Russian Federation', () => {
		expect([FIRST_YEAR, LAST_YEAR, YEAR_COUNT]).toEqual([1945, 2025, 81]);
		expect(allYears()).toHaveLength(YEAR_COUNT);
		expect(allYears().at(-1)).toBe(LAST_YEAR);
	});

	it('clamps and rounds any number into range', () => {
		expect(clampYear(1900)).toBe(FIRST_YEAR);
		expect(clampYear(3000)).toBe(LAST_YEAR);
		expect(clampYear(1985.4)).toBe(1985);
		expect(clampYear(-Infinity)).toBe(FIRST_YEAR);
		expect(inRange(1985)).toBe(true);
		expect(inRange(1985.5)).toBe(false);
		expect(inRange(2026)).toBe(false);
	});

	it('reads the year of a date at any precision', () => {
		expect(yearOf('1978-11-03')).toBe(1978);
		expect(yearOf('1991-12')).toBe(1991);
		expect(yearOf('1945')).toBe(1945);
	});

	it('plays at the four speeds the controls and the embed offer', () => {
		expect(SPEEDS).toEqual([0.5, 1, 2, 4]);
	});
});
