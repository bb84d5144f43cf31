/**
 * The reveal.js plugin's pure parts (static/orbit-reveal.js): what a slide's attributes ask for,
 * what a map's report is read as, and whether a report shows what a slide asked. The deck itself
 * runs in tests/e2e/reveal.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { readSettings, readState, shows } from '../../../static/orbit-reveal.js';

/** A slide as the plugin reads it: its `data-orbit-*` attributes. */
const slide = (dataset: Record<string, string>) => ({ dataset }) as unknown as HTMLElement;

const view = { center: [95, 42], zoom: 3 };
const read = (fields: Record<string, unknown> = {}) =>
	readState({
		type: 'orbit:state',
		year: 1989,
		view,
		place: null,
		reading: 'assessed',
		scene: null,
		...fields
	});
const state = (fields: Record<string, unknown> = {}) => read(fields)!;

describe('slide attributes', () => {
	it('read a reading and a tour, and an empty tour ends it', () => {
		const payload = 'q1ZKKs3JUbJSKk7NS07NK1GqBQA';
		expect(readSettings(slide({ orbitReading: ' Formal ', orbitTour: payload }))).toEqual({
			settings: { reading: 'formal', tour: payload },
			problems: []
		});
		expect(readSettings(slide({ orbitReading: 'assessed', orbitTour: ' ' })).settings).toEqual({
			reading: 'assessed',
			tour: null
		});
	});

	it('name a reading that is neither and keep the rest', () => {
		expect(readSettings(slide({ orbitReading: 'official', orbitScene: 'china/2' }))).toEqual({
			settings: { scene: 'china/2' },
			problems: ['data-orbit-reading="official" is neither formal nor assessed']
		});
	});
});

describe('reports', () => {
	it('are read with their reading and scene', () => {
		expect(state({ reading: 'formal', scene: 'custom/2' })).toEqual({
			year: 1989,
			view,
			place: null,
			reading: 'formal',
			scene: 'custom/2'
		});
		// A map that says no scene shows none.
		expect(readState({ year: 1989, view, place: null })).toEqual({
			year: 1989,
			view,
			place: null,
			scene: null
		});
	});

	it.each([{ reading: 'official' }, { scene: 3 }, { scene: 'x'.repeat(101) }, { year: '1989' }])(
		'refuse %j',
		(fields) => expect(read(fields)).toBeNull()
	);
});

describe('a report shows a slide', () => {
	it('by its scene, not its year', () => {
		const asked = { scene: 'china/2' };
		expect(shows(state({ scene: null }), asked, false)).toBe(false);
		expect(shows(state({ scene: 'china/1' }), asked, false)).toBe(false);
		expect(shows(state({ scene: 'china/2' }), asked, false)).toBe(true);
		// Ending the tour: only a report with no scene.
		expect(shows(state({ scene: 'china/2' }), { scene: null }, false)).toBe(false);
		expect(shows(state(), { scene: null }, false)).toBe(true);
	});

	it('by its reading', () => {
		expect(shows(state(), { reading: 'formal', year: 1989 }, false)).toBe(false);
		expect(shows(state({ reading: 'formal' }), { reading: 'formal', year: 1989 }, false)).toBe(
			true
		);
	});

	it("by a reader's tour at its first scene, and no scene once it is ended", () => {
		const payload = { tour: 'q1ZKKs3JUbJSKk7NS07NK1GqBQA' };
		expect(shows(state(), payload, false)).toBe(false);
		expect(shows(state({ scene: 'custom/2' }), payload, false)).toBe(false);
		expect(shows(state({ scene: 'custom/1' }), payload, false)).toBe(true);
		expect(shows(state({ scene: 'custom/1' }), { tour: null }, false)).toBe(false);
		expect(shows(state(), { tour: null }, false)).toBe(true);
	});
});
