import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import PlacePopup from '$lib/components/PlacePopup.svelte';
import {
	eventsForYear,
	originalPassageUrl,
	placeStateChanges,
	placeTexts,
	type PlaceRecord
} from '$lib/places/places';
import { parsePlaceParam } from '$lib/url/place-param';
import { noteRecords, placeCodes } from '../../geodata/steps/places-output';
import { validateNotes, validatePlaces } from '../../geodata/places';
import { DataError } from '../../geodata/schema';
import type { Place } from '../../geodata/places-schema';

const reef: Place = {
	id: 'johnson-south-reef',
	name: 'Johnson South Reef',
	names: {},
	coordinates: [114.28, 9.72],
	kind: 'event-site',
	years: { from: 1987, to: 1990 },
	events: [
		{
			date: '1988-03-14',
			summary: 'Chinese and Vietnamese forces clashed at the reef while Moscow stayed out of it.',
			citations: ['diplomat-2021#vietnam-6'],
			states: ['CHN', 'VNM']
		}
	]
};

describe('place codes', () => {
	it('marks event years 2, the years that matter 1, the rest 0', () => {
		const codes = placeCodes(reef);
		expect(codes).toHaveLength(81);
		expect(codes[1987 - 1945]).toBe('1');
		expect(codes[1988 - 1945]).toBe('2');
		expect(codes[1991 - 1945]).toBe('0');
	});

	it('writes only the places whose state changes', () => {
		const records = [{ ...reef, codes: placeCodes(reef) }] as PlaceRecord[];
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

describe('source links', () => {
	it('links each cited paragraph back to the places that cite it', () => {
		const notes = noteRecords(
			{
				'diplomat-2021': {
					source: 'diplomat-2021',
					notes: {
						'vietnam-6': {
							summary: 'A summary of the paragraph.',
							fragment: { start: 'a', end: 'b' }
						}
					}
				},
				'mazyrin-2012': { source: 'mazyrin-2012', notes: {} }
			},
			[reef]
		);
		expect(notes['diplomat-2021']['vietnam-6'].map).toEqual([
			{ place: 'johnson-south-reef', name: 'Johnson South Reef', year: 1988 }
		]);
	});

	it('deep-links a web page with a text fragment, a PDF without', () => {
		const web = originalPassageUrl(
			{ kind: 'source', source: 'diplomat-2021', paragraph: 'japan-4' },
			{ start: 'The sides also', end: 'peace treaty' }
		);
		expect(web).toBe(
			'https://thediplomat.com/2021/12/asia-after-the-soviet-union/#:~:text=The%20sides%20also,peace%20treaty'
		);
		expect(
			originalPassageUrl(
				{ kind: 'source', source: 'diplomat-2021', paragraph: 'x-1' },
				{ start: 'post-Cold War, era', end: 'a & b' }
			)
		).toContain('#:~:text=post%2DCold%20War%2C%20era,a%20%26%20b');
		expect(
			originalPassageUrl(
				{ kind: 'source', source: 'mazyrin-2012', paragraph: 'mazyrin-2' },
				{ start: 'a', end: 'b' }
			)
		).toBe('http://muse.jhu.edu/books/9789814379588/9789814379588-31.pdf');
	});
});

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

describe('place popup', () => {
	it('renders markup and script in the data as inert text', () => {
		const evil = {
			...reef,
			name: '<img src=x onerror=alert(1)>',
			events: [{ date: reef.events[0].date, states: reef.events[0].states }],
			codes: placeCodes(reef)
		} as PlaceRecord;
		placeTexts.provide({
			[evil.id]: [
				{
					summary: '<script>alert("x")</script> and <b>bold</b>',
					citations: reef.events[0].citations
				}
			]
		});
		const { body } = render(PlacePopup, { props: { place: evil, year: 1988 } });
		expect(body).not.toContain('<script>');
		expect(body).not.toContain('<img');
		expect(body).not.toContain('<b>');
		expect(body).toContain('&lt;script>');
		expect(body).toContain('Original passage');
	});
});

describe('parsePlaceParam', () => {
	const known = (id: string) => id === 'cam-ranh-bay';
	it('opens a known place and ignores others with a notice', () => {
		expect(parsePlaceParam('cam-ranh-bay', known)).toEqual({ place: 'cam-ranh-bay' });
		expect(parsePlaceParam(null, known)).toEqual({ place: null });
		expect(parsePlaceParam('atlantis', known).notice).toContain('not a place');
		expect(parsePlaceParam('<script>', known).place).toBeNull();
	});
});

describe('tours validation', () => {
	it('names a scene that opens an unknown place or outlines an uncoded state', async () => {
		const { validateTours } = await import('../../geodata/tours');
		const scene = {
			title: 'A scene',
			year: 1969,
			view: { center: [126, 45], zoom: 3.6 },
			states: ['CHN', 'XXX'],
			place: 'atlantis',
			note: 'A note long enough to pass the schema.',
			citations: ['diplomat-2021#china-3']
		};
		const tour = {
			id: 'china',
			title: 'China',
			follows: 'diplomat-2021#china',
			scenes: [scene, scene, scene, scene]
		};
		expect(() =>
			validateTours('geodata/tours.json', [tour], { places: new Set(), states: new Set(['CHN']) })
		).toThrow(/\[0\]\.scenes\[0\]\.place: no place "atlantis".*/s);
		expect(() =>
			validateTours('geodata/tours.json', [{ ...tour, scenes: [scene] }], {
				places: new Set(),
				states: new Set()
			})
		).toThrow(/scenes: needs 4-8 scenes/);
	});
});
