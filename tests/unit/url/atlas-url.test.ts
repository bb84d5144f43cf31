import { describe, expect, it } from 'vitest';
import { parseAtlasUrl, writeAtlasUrl, type Lookups } from '$lib/url/atlas-url';

const lookups: Lookups = {
	resolveState: (c) => (c === 'VDR' ? 'VNM' : ['VNM', 'KAZ', 'SUN'].includes(c) ? c : undefined),
	isPlace: (id) => id === 'cam-ranh-bay',
	sceneCount: (t) => (t === 'china' ? 5 : undefined)
};
const parse = (query: string) => parseAtlasUrl(new URLSearchParams(query), lookups);

describe('atlas URL', () => {
	it('reads every parameter', () => {
		expect(
			parse('year=1985&state=VNM&place=cam-ranh-bay&compare=1995&scene=china/2&reading=formal')
		).toEqual({
			year: 1985,
			state: 'VNM',
			place: 'cam-ranh-bay',
			compare: 1995,
			scene: { tour: 'china', index: 1 },
			tour: null,
			reading: 'formal',
			notices: []
		});
	});

	it('round-trips through the address and keeps the hash and other parameters', () => {
		const url = new URL('http://127.0.0.1/?embed=1&year=1900#map=3/42/95');
		const state = {
			year: 1991,
			state: 'KAZ',
			place: null,
			compare: 1985,
			scene: { tour: 'china', index: 4 },
			tour: null,
			reading: 'formal' as const
		};
		const written = writeAtlasUrl(url, state);
		expect(written.hash).toBe('#map=3/42/95');
		expect(written.search).toContain('scene=china/5');
		expect(written.searchParams.get('reading')).toBe('formal');
		expect(written.searchParams.get('embed')).toBe('1');
		const { notices, ...back } = parse(written.search);
		expect(back).toEqual(state);
		expect(notices).toEqual([]);
	});

	it('keeps an ask scene\'s step: "china/3" its question, "china/3/answer" its answer', () => {
		expect(parse('scene=china/3/answer')).toMatchObject({
			scene: { tour: 'china', index: 2, answer: true },
			notices: []
		});
		expect(parse('scene=china/3').scene).toEqual({ tour: 'china', index: 2 });
		const url = new URL('http://127.0.0.1/');
		const base = { year: 1969, state: null, place: null, compare: null, tour: null };
		const answer = { ...base, reading: 'assessed' as const, scene: { tour: 'china', index: 2 } };
		const written = writeAtlasUrl(url, { ...answer, scene: { ...answer.scene, answer: true } });
		expect(written.search).toBe('?year=1969&scene=china/3/answer');
		expect(writeAtlasUrl(url, answer).search).toBe('?year=1969&scene=china/3');
		// Out of range: clamped to the last scene, at its question.
		expect(parse('scene=china/9/answer')).toMatchObject({ scene: { tour: 'china', index: 4 } });
		expect(parse('scene=china/9/answer').scene).not.toHaveProperty('answer');
		// A reader's tour keeps the step too.
		expect(parse('tour=abc&scene=custom/2/answer').scene).toEqual({
			tour: 'custom',
			index: 1,
			answer: true
		});
	});

	it("carries a reader's tour and its scene, checked once the tour is unpacked", () => {
		const state = {
			year: 1979,
			state: null,
			place: null,
			compare: null,
			scene: { tour: 'custom', index: 2 },
			tour: 'q1ZKLskvKdZSyk0tLk5MT1WyUjA0MLQ0MQ',
			reading: 'assessed' as const
		};
		const written = writeAtlasUrl(new URL('http://127.0.0.1/'), state);
		expect(written.search).toBe(`?year=1979&scene=custom/3&tour=${state.tour}`);
		const { notices, ...back } = parse(written.search);
		expect(back).toEqual(state);
		expect(notices).toEqual([]);
		// The default reading is not written: the address stays as short as before.
		expect(written.searchParams.has('reading')).toBe(false);
		// Without a scene, or with another tour's, a reader's tour opens at its first scene.
		expect(parse(`tour=abc&scene=china/2`)).toMatchObject({
			scene: { tour: 'custom', index: 0 },
			tour: 'abc'
		});
		expect(parse(`tour=`)).toMatchObject({ scene: { tour: 'custom', index: 0 }, tour: '' });
	});

	it.each([
		['compare=abc', { compare: null }, /not a year to compare/],
		['compare=3000', { compare: 2025 }, /nearest year/],
		['scene=atlantis/1', { scene: null }, /not a tour scene/],
		['scene=china/9', { scene: { tour: 'china', index: 4 } }, /scenes 1–5/],
		['scene=china', { scene: null }, /not a tour scene/],
		['scene=china/2/answers', { scene: null }, /not a tour scene/],
		['scene=china/answer', { scene: null }, /not a tour scene/],
		['scene=<script>/1', { scene: null }, /not a tour scene/],
		['place=atlantis', { place: null }, /not a place/],
		['state=ZZZ', { state: null }, /not a state/],
		['reading=legal', { reading: 'assessed' }, /not a reading.*assessed reading/],
		['reading=', { reading: 'assessed' }, /^$/]
	])('%s is ignored or clamped with a notice', (query, expected, notice) => {
		const r = parse(query);
		expect(r).toMatchObject(expected);
		expect(r.notices.join(' ')).toMatch(notice);
	});
});
