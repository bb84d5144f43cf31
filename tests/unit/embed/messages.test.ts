import { describe, expect, it } from 'vitest';
import {
	heightMessage,
	keyMessage,
	parseSetMessage,
	reportedScene,
	stateMessage
} from '$lib/embed/messages';

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
					play: false,
					reading: 'formal',
					tour: 'q1ZKKs3JUbJSKk7NS07NK1GqBQA'
				},
				isPlace
			)
		).toEqual({
			command: {
				year: 1995,
				view: { center: [95, 42], zoom: 3 },
				place: 'cam-ranh-bay',
				play: false,
				reading: 'formal',
				tour: 'q1ZKKs3JUbJSKk7NS07NK1GqBQA'
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
		[{ play: 'yes' }, /play/],
		[{ reading: 'Formal' }, /reading must be "formal" or "assessed"/],
		[{ reading: null }, /reading/],
		[{ reading: ['formal'] }, /reading/],
		[{ reading: '<script>alert(1)</script>' }, /reading/],
		[{ tour: 42 }, /tour must be a \?tour= payload/],
		[{ tour: { payload: 'abc' } }, /tour/],
		[{ tour: ['abc'] }, /tour/]
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
	it('rounds the view and says the reading and the scene', () => {
		expect(
			stateMessage({
				year: 1995,
				view: { center: [95.123456789, 42.000001], zoom: 3.000049 },
				place: null,
				reading: 'formal',
				scene: 'custom/2'
			})
		).toEqual({
			type: 'orbit:state',
			year: 1995,
			view: { center: [95.1235, 42], zoom: 3 },
			place: null,
			reading: 'formal',
			scene: 'custom/2'
		});
	});

	it('says asking: true while an ask scene hides its answer, and leaves it out otherwise', () => {
		const shown = {
			year: 1969,
			view: { center: [127, 44] as [number, number], zoom: 3.8 },
			place: null,
			reading: 'assessed' as const,
			scene: 'china/1'
		};
		expect(stateMessage({ ...shown, asking: true })).toEqual({
			type: 'orbit:state',
			...shown,
			asking: true
		});
		expect(stateMessage(shown)).not.toHaveProperty('asking');
		expect(stateMessage({ ...shown, asking: undefined })).not.toHaveProperty('asking');
	});

	it('reports a scene once the map has drawn its year, and keeps it while the reader moves on', () => {
		// Asked for china/2 (1989) while 1985 shows: not yet; then drawn.
		expect(reportedScene(null, 'china/2', 1989, 1985)).toBeNull();
		expect(reportedScene(null, 'china/2', 1989, 1989)).toBe('china/2');
		// The scenes of a tour not yet fetched (no year known): what was said before.
		expect(reportedScene(null, 'china/2', undefined, 1989)).toBeNull();
		// A step to china/3 (1991): china/2 until 1991 is drawn.
		expect(reportedScene('china/2', 'china/3', 1991, 1989)).toBe('china/2');
		expect(reportedScene('china/2', 'china/3', 1991, 1991)).toBe('china/3');
		// The reader drags the year within the scene: still in it.
		expect(reportedScene('china/3', 'china/3', 1991, 1994)).toBe('china/3');
		// No tour (ended, or a reader's tour still opening): null at once.
		expect(reportedScene('custom/2', null, undefined, 1994)).toBeNull();
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

	it('opens an ask scene at its answer with "/answer"', () => {
		expect(
			parseSetMessage({ type: 'orbit:set', scene: 'china/3/answer' }, isPlace, scenes)?.command
		).toEqual({ scene: { tour: 'china', index: 2, answer: true } });
	});

	it.each([
		'china/0',
		'china/9',
		'atlantis/1',
		'china',
		42,
		{ tour: 'china' },
		'../china/1',
		'china/3/answer/',
		'china/3/ANSWER',
		'china/3/question'
	])('refuses the scene %j with a problem, keeping the other fields', (scene) => {
		const parsed = parseSetMessage({ type: 'orbit:set', scene, year: 1990 }, isPlace, scenes);
		expect(parsed?.command).toEqual({ year: 1990 });
		expect(parsed?.problems).toEqual([
			'scene must be a tour scene such as "china/3" (or "china/3/answer"), or null'
		]);
	});

	it('writes the key and height messages a host listens for', () => {
		expect(keyMessage('PageDown')).toEqual({ type: 'orbit:key', key: 'PageDown' });
		expect(heightMessage(590.4)).toEqual({ type: 'orbit:height', height: 590 });
	});
});
