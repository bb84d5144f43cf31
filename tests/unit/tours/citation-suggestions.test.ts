import { describe, expect, it } from 'vitest';
import { suggestCitations } from '../../../src/lib/tours/citation-suggestions';

const lookups = {
	stateCitations: (state: string, year: number) =>
		state === 'VNM' ? { name: 'Vietnam', citations: [`v-${year}`, 'shared'] } : undefined,
	placeEvents: (place: string) =>
		place === 'cam-ranh-bay'
			? {
					name: 'Cam Ranh Bay',
					events: [
						{ year: 1979, citations: ['e-1979'] },
						{ year: 1988, citations: ['e-1988', 'shared'] },
						{ year: 2002, citations: ['e-2002'] }
					]
				}
			: undefined
};

describe('suggestCitations', () => {
	it("offers the place's events up to the year (nearest first), then the states', once each", () => {
		expect(
			suggestCitations({ year: 1990, states: ['VNM', 'XYZ'], place: 'cam-ranh-bay' }, lookups)
		).toEqual([
			{ citation: 'e-1988', from: 'Cam Ranh Bay, 1988' },
			{ citation: 'shared', from: 'Cam Ranh Bay, 1988' },
			{ citation: 'e-1979', from: 'Cam Ranh Bay, 1979' },
			{ citation: 'v-1990', from: 'Vietnam in 1990' }
		]);
	});

	it('offers nothing for a scene that shows nothing coded', () => {
		expect(suggestCitations({ year: 1990, states: [] }, lookups)).toEqual([]);
	});
});
