import { describe, expect, it } from 'vitest';
import { OPEN_END, yearsFree, type HistoricalPolity } from '../../../geodata/steps/polities';

const h = (from: number, to: number, parts: string[]): HistoricalPolity => ({
	id: 'X',
	name: 'X',
	from,
	to,
	parts,
	note: ''
});

describe('yearsFree', () => {
	it('is every year when no historical shape uses the country', () => {
		expect(yearsFree('CHN', [h(1945, 1992, ['RUS'])])).toEqual([[1945, OPEN_END]]);
	});

	it('starts a successor when its historical polity ends', () => {
		expect(yearsFree('KAZ', [h(1945, 1992, ['RUS', 'KAZ'])])).toEqual([[1992, OPEN_END]]);
	});

	it('leaves a gap where a country is drawn inside another for a while', () => {
		expect(yearsFree('SGP', [h(1964, 1966, ['MYS', 'SGP'])])).toEqual([
			[1945, 1964],
			[1966, OPEN_END]
		]);
	});

	it('joins back-to-back historical shapes', () => {
		expect(
			yearsFree('PRK', [h(1945, 1949, ['PRK', 'KOR']), h(1949, 1953, ['PRK', 'KOR'])])
		).toEqual([[1953, OPEN_END]]);
	});
});
