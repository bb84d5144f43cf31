import { describe, expect, it } from 'vitest';
import { eventsForYear, placeStateChanges, type PlaceRecord } from '$lib/places/places';
import { placeCodes } from '../../../geodata/steps/places-output';
import { reef } from './fixtures';

describe('place codes', () => {
	it('marks event years 2, the years that matter 1, the rest 0', () => {
		const codes = placeCodes(reef);
		expect(codes).toHaveLength(81);
		expect(codes[1987 - 1945]).toBe('1');
		expect(codes[1988 - 1945]).toBe('2');
		expect(codes[1991 - 1945]).toBe('0');
	});

	it('writes only the places whose state changes', () => {
		const records = [reef] as unknown as PlaceRecord[];
		expect(placeStateChanges(records, null, 1986)).toEqual([{ id: 0, p: 0 }]);
		expect(placeStateChanges(records, 1986, 1987)).toEqual([{ id: 0, p: 1 }]);
		expect(placeStateChanges(records, 1987, 1988)).toEqual([{ id: 0, p: 2 }]);
		expect(placeStateChanges(records, 1995, 1996)).toEqual([]);
	});

	it('puts the events nearest the year first', () => {
		const place = {
			events: [{ date: '1956-10-19' }, { date: '1993-10-13' }, { date: '2020-07-01' }]
		} as PlaceRecord;
		expect(eventsForYear(place, 1993).map((e) => e.date)).toEqual([
			'1993-10-13',
			'2020-07-01',
			'1956-10-19'
		]);
	});
});
