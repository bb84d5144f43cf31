import { describe, expect, it } from 'vitest';
import { readTourDocument, readTourText } from '../../../src/lib/tours/document-schema';
import {
	TOUR_LIMITS,
	playable,
	tourDocument,
	type TourDocument
} from '../../../src/lib/tours/document';

const lookups = {
	resolveState: (code: string) =>
		['VNM', 'CHN', 'JPN', 'SUN'].includes(code) ? code : code === 'RUS' ? 'SUN' : undefined,
	isPlace: (id: string) => id === 'cam-ranh-bay'
};

function doc(overrides: Record<string, unknown> = {}, scene: Record<string, unknown> = {}) {
	return {
		type: 'orbit-tour',
		version: 1,
		title: 'Vietnam and Moscow',
		scenes: [
			{
				title: 'The lease',
				year: 1979,
				view: { center: [108.2, 11.9], zoom: 5 },
				states: ['VNM'],
				place: 'cam-ranh-bay',
				note: 'Soviet ships arrive at the bay.',
				citations: ['mazyrin-2012#mazyrin-3'],
				...scene
			},
			{ title: 'Later', year: 2002, note: 'The lease ends.' }
		],
		...overrides
	};
}

const error = (input: unknown) => {
	const r = readTourDocument(input, lookups);
	return 'error' in r ? r.error : null;
};

describe('readTourDocument', () => {
	it('accepts a valid document and leaves optional fields optional', () => {
		const r = readTourDocument(doc(), lookups);
		expect('doc' in r && r.doc.scenes[1]).toEqual({
			title: 'Later',
			year: 2002,
			note: 'The lease ends.'
		});
	});

	it('reads an ask scene (1-6 states), and keeps it through playing and saving', () => {
		const r = readTourDocument(doc({}, { ask: ['VNM', 'RUS'] }), lookups);
		expect('doc' in r && r.doc.scenes[0].ask).toEqual(['VNM', 'SUN']);
		const tour = playable((r as { doc: TourDocument }).doc);
		expect(tour.scenes[0].ask).toEqual(['VNM', 'SUN']);
		expect(tour.scenes[1]).not.toHaveProperty('ask');
		const saved = tourDocument(tour);
		expect(saved.scenes[0].ask).toEqual(['VNM', 'SUN']);
		expect(saved.scenes[1]).not.toHaveProperty('ask');
		expect(saved.version).toBe(1);
		expect(error(doc({}, { ask: ['VNM', 'CHN', 'JPN', 'SUN'] }))).toBeNull();
	});

	it('maps state aliases to the coded state', () => {
		const r = readTourDocument(doc({}, { states: ['RUS'] }), lookups);
		expect('doc' in r && r.doc.scenes[0].states).toEqual(['SUN']);
	});

	it.each([
		[null, 'it is not a tour document (a JSON object of type "orbit-tour")'],
		[[1, 2], 'it is not a tour document (a JSON object of type "orbit-tour")'],
		[doc({ type: 'tour' }), 'it is not an Orbit tour (its "type" is not "orbit-tour")'],
		[
			doc({ version: 2 }),
			'it is written in version 2 of the tour format; this atlas reads version 1'
		],
		[
			doc({ version: undefined }),
			'it is written in version none of the tour format; this atlas reads version 1'
		],
		[doc({ title: '  ' }), "the tour's title is empty"],
		[doc({ title: 'x'.repeat(121) }), "the tour's title is longer than 120 characters"],
		[doc({ scenes: [] }), "the tour's scenes are missing: a tour needs at least one"],
		[doc({ scenes: undefined }), 'the tour has no scenes'],
		[doc({ scenes: 'many' }), "the tour's scenes must be a list"],
		[doc({ extra: 1 }), 'the tour has a field this atlas does not read: "extra"'],
		[doc({}, { year: undefined }), 'scene 1 has no year'],
		[doc({}, { year: '1979' }), "scene 1's year must be a year from 1945 to 2025"],
		[doc({}, { year: 1979.5 }), "scene 1's year must be a whole year from 1945 to 2025"],
		[doc({}, { year: 1900 }), "scene 1's year must be a year from 1945 to 2025"],
		[doc({}, { note: 'n'.repeat(1201) }), "scene 1's note is longer than 1,200 characters"],
		[
			doc({}, { view: { center: [500, 0], zoom: 3 } }),
			"scene 1's view's longitude must be -180 to 360"
		],
		[doc({}, { states: ['vn'] }), "scene 1's outlined state 1 must be a three-letter state code"],
		[doc({}, { states: ['XYZ'] }), 'scene 1 outlines "XYZ", a state this atlas does not map'],
		[
			doc({}, { place: 'javascript:alert(1)' }),
			"scene 1's place must be a place id such as cam-ranh-bay"
		],
		[
			doc({}, { place: 'atlantis' }),
			'scene 1 opens the place "atlantis", which this atlas does not have'
		],
		[
			doc({}, { citations: Array(11).fill('mazyrin-2012#mazyrin-3') }),
			"scene 1's citations are more than 10"
		],
		[doc({}, { script: '<script>' }), 'scene 1 has a field this atlas does not read: "script"'],
		[doc({}, { ask: [] }), "scene 1's states to ask about are none: an ask scene hides 1 to 6"],
		[
			doc({}, { ask: ['VNM', 'CHN', 'JPN', 'SUN', 'VNM', 'CHN', 'JPN'] }),
			"scene 1's states to ask about are more than 6: an ask scene hides 1 to 6"
		],
		[doc({}, { ask: 'VNM' }), "scene 1's states to ask about must be a list of state codes"],
		[doc({}, { ask: ['vn'] }), "scene 1's state to ask about 1 must be a three-letter state code"],
		[doc({}, { ask: ['VNM', 'XYZ'] }), 'scene 1 asks about "XYZ", a state this atlas does not map'],
		[doc({}, { ask: ['VNM', 'CHN', 'VNM'] }), 'scene 1 asks about "VNM" twice'],
		// An alias is the state it names: asking about both is asking twice.
		[doc({}, { ask: ['SUN', 'RUS'] }), 'scene 1 asks about "RUS" twice']
	])('rejects %j: %s', (input, message) => {
		expect(error(input)).toBe(message);
	});

	it('says which citation is unusable, and why', () => {
		expect(error(doc({}, { citations: ['mazyrin-2012#mazyrin-999'] }))).toMatch(
			/^scene 1's citation 1 is not usable: /
		);
		expect(error(doc({}, { citations: ['a vague memory'] }))).toMatch(/carries no date/);
	});

	it('counts the further problems', () => {
		expect(error(doc({ title: '' }, { year: undefined }))).toBe(
			"the tour's title is empty (and 1 more)"
		);
	});

	it('holds at most 50 scenes', () => {
		const scene = { title: 'A', year: 1950, note: 'A note.' };
		expect(error(doc({ scenes: Array(50).fill(scene) }))).toBeNull();
		expect(error(doc({ scenes: Array(51).fill(scene) }))).toBe(
			"the tour's scenes are more than 50"
		);
	});
});

describe('readTourText', () => {
	it('says when the text is not JSON', () => {
		expect(readTourText('{"type": "orbit-tour",', lookups)).toEqual({ error: 'it is not JSON' });
	});

	it('refuses more than 64 KB before parsing', () => {
		const big = JSON.stringify(doc({ author: 'a'.repeat(TOUR_LIMITS.bytes) }));
		expect(readTourText(big, lookups)).toEqual({
			error: 'it is 65 KB; a tour may be at most 64 KB'
		});
	});
});

describe('tourDocument and playable', () => {
	it('round-trip a tour, leaving empty fields out', () => {
		const d = doc() as TourDocument;
		const tour = playable(d);
		expect(tour.scenes[1]).toMatchObject({ states: [], citations: [] });
		expect(tourDocument(tour)).toEqual(d);
	});
});

describe('an ask scene needs something to hide', () => {
	it('refuses a state the map draws inside another that year, with the atlas as built', async () => {
		const { TOUR_LOOKUPS } = await import('$lib/tours/tour-lookups');
		const asking = (code: string, year: number) => {
			const r = readTourDocument(doc({}, { year, ask: [code], states: [] }), TOUR_LOOKUPS);
			return 'error' in r ? r.error : null;
		};
		// Kazakhstan is drawn inside the USSR until 1992; Bangladesh inside Pakistan until 1972.
		expect(asking('KAZ', 1985)).toBe(
			'scene 1 asks about "KAZ", which the map does not draw on its own in 1985: there is nothing to hide'
		);
		expect(asking('KAZ', 1995)).toBeNull();
		expect(asking('BGD', 1965)).toMatch(/does not draw on its own in 1965/);
		expect(asking('BGD', 1975)).toBeNull();
		// The USSR is Russia's shape before 1992: asking about it hides the USSR.
		expect(asking('SUN', 1985)).toBeNull();
		expect(asking('VNM', 1979)).toBeNull();
	});
});
