import { datasetFigures, departures } from '$lib/codebook/dataset';
import { LIKE_CASES } from '$lib/codebook/like-cases';
import { TABLE } from '$lib/relations/open-data';
import { relationIn } from '$lib/relations/relations';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => ({
	figures: datasetFigures(TABLE),
	departures: departures(TABLE),
	likeCases: LIKE_CASES.map((group) => ({
		why: group.why,
		cases: group.cases.map(([state, year]) => {
			const r = relationIn(state, year, 'assessed', TABLE.states);
			return { state, year, name: r?.name ?? state, class: r?.class ?? null };
		})
	}))
});
