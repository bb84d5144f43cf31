import { describe, expect, it } from 'vitest';
import { classOfPolityIn, stateChanges, type PolityRecord } from '$lib/map/polities';

const codes = (pattern: (year: number) => string) =>
	Array.from({ length: 81 }, (_, i) => pattern(1945 + i)).join('');

const polities: PolityRecord[] = [
	{
		id: 0,
		iso: 'SUN',
		name: 'USSR',
		start: 1945,
		end: 1992,
		codes: codes((y) => (y < 1992 ? '0' : '-'))
	},
	{
		id: 1,
		iso: 'KAZ',
		name: 'Kazakhstan',
		start: 1992,
		end: 2026,
		codes: codes((y) => (y < 1992 ? '-' : '1'))
	},
	{
		id: 2,
		iso: 'MNG',
		name: 'Mongolia',
		start: 1945,
		end: 2026,
		codes: codes((y) => (y < 1990 ? '1' : '2'))
	},
	{ id: 3, iso: 'FRA', name: 'France', start: 1945, end: 2026, codes: codes(() => 'u') },
	// Contested from 1971 (the letter form of class 2).
	{
		id: 4,
		iso: 'IND',
		name: 'India',
		start: 1945,
		end: 2026,
		codes: codes((y) => (y < 1971 ? '3' : 'c'))
	}
].map((p) => ({ ...p, state: p.iso }));

describe('classOfPolityIn', () => {
	it('reads the class shown each year, across the 1991/1992 split', () => {
		expect(classOfPolityIn(polities[0], 1991)).toBe('moscow');
		expect(classOfPolityIn(polities[0], 1992)).toBeUndefined();
		expect(classOfPolityIn(polities[1], 1991)).toBeUndefined();
		expect(classOfPolityIn(polities[1], 1992)).toBe('ally');
		expect(classOfPolityIn(polities[3], 1992)).toBeUndefined();
		expect(classOfPolityIn(polities[4], 1975)).toBe('partner');
	});
});

describe('stateChanges', () => {
	it('writes every polity the first time', () => {
		expect(stateChanges(polities, null, 1985)).toEqual([
			{ id: 0, c: 0, k: false },
			{ id: 1, c: -1, k: false },
			{ id: 2, c: 1, k: false },
			{ id: 3, c: 8, k: false },
			{ id: 4, c: 2, k: true }
		]);
	});

	it('writes only what changes between two years', () => {
		expect(stateChanges(polities, 1985, 1986)).toEqual([]);
		expect(stateChanges(polities, 1989, 1990)).toEqual([{ id: 2, c: 2, k: false }]);
		expect(stateChanges(polities, 1991, 1992)).toEqual([
			{ id: 0, c: -1, k: false },
			{ id: 1, c: 1, k: false }
		]);
		expect(stateChanges(polities, 1970, 1971)).toEqual([{ id: 4, c: 2, k: true }]);
	});
});
