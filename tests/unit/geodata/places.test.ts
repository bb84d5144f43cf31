import { describe, expect, it } from 'vitest';
import { validateNotes, validatePlaces } from '../../../geodata/places';
import { DataError } from '../../../src/lib/data/validate';
import { reef } from '../places/fixtures';

describe('places and notes validation', () => {
	it('names the field of a bad place', () => {
		try {
			validatePlaces('geodata/places.json', [{ ...reef, kind: 'volcano', events: [] }]);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(DataError);
			const all = (e as DataError).problems.join('\n');
			expect(all).toContain('[0].kind');
			expect(all).toContain('[0].events: needs at least one event');
		}
	});

	it('rejects a duplicate id and a citation of a missing paragraph', () => {
		expect(() => validatePlaces('geodata/places.json', [reef, reef])).toThrow(/used twice/);
		const twice = {
			...reef,
			events: [
				reef.events[0],
				{ ...reef.events[0], summary: 'Another event at the reef on the same day.' }
			]
		};
		expect(() => validatePlaces('geodata/places.json', [twice])).toThrow(
			`[0].events[1].date: ${reef.events[0].date} is also the date of events[0]`
		);
		const bad = {
			...reef,
			events: [{ ...reef.events[0], citations: ['diplomat-2021#vietnam-14'] }]
		};
		expect(() => validatePlaces('geodata/places.json', [bad])).toThrow(
			/\[0\]\.events\[0\]\.citations\[0\]: .*vietnam-14/
		);
	});

	it('requires a note for every paragraph of a source', () => {
		expect(() =>
			validateNotes('geodata/sources/mazyrin-2012.json', 'mazyrin-2012', {
				source: 'mazyrin-2012',
				notes: {
					'mazyrin-1': {
						summary: 'A summary that is long enough.',
						fragment: { start: 'The reasons', end: 'each other' }
					}
				}
			})
		).toThrow(/notes\.mazyrin-2: missing/);
	});
});
