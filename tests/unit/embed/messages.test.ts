import { describe, expect, it } from 'vitest';
import { heightMessage, keyMessage, parseSetMessage, stateMessage } from '$lib/embed/messages';

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

describe('scenes, keys and heights', () => {
	const scenes = (tour: string) => (tour === 'china' ? 8 : undefined);

	it('opens a built-in tour scene by its address form, or ends the tour with null', () => {
		expect(parseSetMessage({ type: 'orbit:set', scene: 'china/3' }, isPlace, scenes)).toEqual({
			command: { scene: { tour: 'china', index: 2 } },
			problems: []
		});
		expect(parseSetMessage({ type: 'orbit:set', scene: null }, isPlace, scenes)?.command).toEqual({
			scene: null
		});
	});

	it.each(['china/0', 'china/9', 'atlantis/1', 'china', 42, { tour: 'china' }, '../china/1'])(
		'refuses the scene %j with a problem, keeping the other fields',
		(scene) => {
			const parsed = parseSetMessage({ type: 'orbit:set', scene, year: 1990 }, isPlace, scenes);
			expect(parsed?.command).toEqual({ year: 1990 });
			expect(parsed?.problems).toEqual(['scene must be a tour scene such as "china/3", or null']);
		}
	);

	it('writes the key and height messages a host listens for', () => {
		expect(keyMessage('PageDown')).toEqual({ type: 'orbit:key', key: 'PageDown' });
		expect(heightMessage(590.4)).toEqual({ type: 'orbit:height', height: 590 });
	});
});
