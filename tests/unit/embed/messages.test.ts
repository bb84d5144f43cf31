import { describe, expect, it } from 'vitest';
import { parseSetMessage, stateMessage } from '$lib/embed/messages';

const isPlace = (id: string) => id === 'cam-ranh-bay';

describe('orbit:set messages', () => {
	it('reads every valid field', () => {
		expect(
			parseSetMessage(
				{
					type: 'orbit:set',
					year: 1995,
					view: { center: [95, 42], zoom: 3 },
					place: 'cam-ranh-bay',
					play: false
				},
				isPlace
			)
		).toEqual({
			command: {
				year: 1995,
				view: { center: [95, 42], zoom: 3 },
				place: 'cam-ranh-bay',
				play: false
			},
			problems: []
		});
	});

	it.each([null, undefined, 'orbit:set', 42, [], { type: 'other', year: 1990 }, { year: 1990 }])(
		'ignores %j silently',
		(data) => expect(parseSetMessage(data, isPlace)).toBeNull()
	);

	it.each([
		[{ year: '1995' }, /year/],
		[{ year: 1995.5 }, /year/],
		[{ year: 1e308 }, /year/],
		[{ year: Number.NaN }, /year/],
		[{ year: 1900 }, /year/],
		[{ view: { center: [95], zoom: 3 } }, /view/],
		[{ view: { center: [95, 42], zoom: 'x' } }, /view/],
		[{ view: { center: [95, 100], zoom: 3 } }, /view/],
		[{ view: null }, /view/],
		[{ place: '<script>alert(1)</script>' }, /place/],
		[{ place: 7 }, /place/],
		[{ play: 'yes' }, /play/]
	])('rejects the bad field of %j and keeps the rest', (fields, problem) => {
		const r = parseSetMessage(
			{ type: 'orbit:set', play: true, ...fields, extra: { deep: true } },
			isPlace
		)!;
		expect(r.problems.join(' ')).toMatch(problem);
		const field = Object.keys(fields)[0];
		expect(r.command).not.toHaveProperty(field);
		if (field !== 'play') expect(r.command.play).toBe(true);
	});
});

describe('orbit:state messages', () => {
	it('rounds the view', () => {
		expect(stateMessage(1995, { center: [95.123456789, 42.000001], zoom: 3.000049 }, null)).toEqual(
			{
				type: 'orbit:state',
				year: 1995,
				view: { center: [95.1235, 42], zoom: 3 },
				place: null
			}
		);
	});
});
