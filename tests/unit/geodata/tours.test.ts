import { describe, expect, it } from 'vitest';

describe('tours validation', () => {
	it('names a scene that opens an unknown place or outlines an uncoded state', async () => {
		const { validateTours } = await import('../../../geodata/tours');
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
