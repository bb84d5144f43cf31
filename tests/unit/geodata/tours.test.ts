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

	it('names an ask scene that hides an uncoded state, too many states, or one twice', async () => {
		const { validateTours } = await import('../../../geodata/tours');
		const scene = {
			title: 'A scene',
			year: 1969,
			view: { center: [126, 45], zoom: 3.6 },
			states: ['CHN'],
			note: 'A note long enough to pass the schema.',
			citations: ['diplomat-2021#china-3']
		};
		const tour = (ask: unknown) => [
			{
				id: 'china',
				title: 'China',
				follows: 'diplomat-2021#china',
				scenes: [{ ...scene, ask }, scene, scene, scene]
			}
		];
		const known = { places: new Set<string>(), states: new Set(['CHN', 'VNM']) };
		const check = (ask: unknown) => () => validateTours('geodata/tours.json', tour(ask), known);
		expect(check(['CHN'])).not.toThrow();
		expect(check(['CHN', 'XXX'])).toThrow(
			/\[0\]\.scenes\[0\]\.ask\[1\]: "XXX" is not a coded state/
		);
		expect(check(['CHN', 'CHN'])).toThrow(/names a state twice/);
		expect(check([])).toThrow(/hides 1-6 states/);
		expect(check(Array(7).fill('CHN'))).toThrow(/hides 1-6 states/);
	});
});

describe('the built-in tours ask the room', async () => {
	const tours = (await import('$lib/generated/tours.json')).default as {
		id: string;
		scenes: { year: number; ask?: string[]; title: string }[];
	}[];
	const table = (await import('$lib/generated/relations.json')).default as unknown as {
		states: Record<string, { byYear: (number | null)[]; intervals: { class: string }[] }>;
	};
	const classIn = (state: string, year: number) => {
		const s = table.states[state];
		return s?.intervals[s.byYear[year - 1945] ?? -1]?.class;
	};

	it.each(tours.map((t) => [t.id, t] as const))('%s: at least two ask scenes', (_, tour) => {
		expect(tour.scenes.filter((s) => s.ask?.length).length).toBeGreaterThanOrEqual(2);
	});

	it('asks only about states coded in the scene year, and the answers are the surprises meant', () => {
		const answers = Object.fromEntries(
			tours.flatMap((t) =>
				t.scenes.flatMap((s, i) =>
					(s.ask ?? []).map((state) => [`${t.id}/${i + 1} ${state}`, classIn(state, s.year)])
				)
			)
		);
		expect(answers).toEqual({
			'china/1 CHN': 'conflict',
			'china/6 CHN': 'partner',
			'india/1 IND': 'normal',
			'india/2 IND': 'partner',
			'japan/1 JPN': 'conflict',
			'japan/3 JPN': 'normal',
			'koreas/1 PRK': 'partner',
			'koreas/4 KOR': 'no-relations',
			'koreas/4 PRK': 'ally',
			'vietnam/1 VNM': 'ally',
			'vietnam/7 VNM': 'partner',
			'mazyrin/1 VNM': 'ally',
			'mazyrin/2 VNM': 'partner'
		});
	});
});

describe('an ask scene of a built-in tour needs something to hide', () => {
	it('names a state drawn inside another in the scene year', async () => {
		const { validateTours } = await import('../../../geodata/tours');
		const scene = {
			title: 'A scene',
			year: 1985,
			view: { center: [70, 48], zoom: 3.6 },
			note: 'A note long enough to pass the schema.',
			citations: ['diplomat-2021#china-3']
		};
		const tour = (ask: string[]) => [
			{
				id: 'central',
				title: 'Central Asia',
				follows: 'diplomat-2021#china',
				scenes: [{ ...scene, ask }, scene, scene, scene]
			}
		];
		const known = {
			places: new Set<string>(),
			states: new Set(['KAZ', 'RUS']),
			drawn: { KAZ: [[1992, 2026]], RUS: [[1945, 2026]] } as Record<string, [number, number][]>
		};
		expect(() => validateTours('geodata/tours.json', tour(['RUS']), known)).not.toThrow();
		expect(() => validateTours('geodata/tours.json', tour(['KAZ']), known)).toThrow(
			/\[0\]\.scenes\[0\]\.ask\[0\]: "KAZ" has no shape of its own on the map in 1985/
		);
	});
});
