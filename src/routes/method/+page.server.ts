import { datasetFigures, departures } from '$lib/codebook/dataset';
import { LIKE_CASES } from '$lib/codebook/like-cases';
import { TABLE } from '$lib/relations/open-data';
import { relationIn } from '$lib/relations/relations';
import atop from '$lib/generated/atop-comparison.json';
import { atopFigures, differenceGroups, type AtopComparisonData } from '$lib/codebook/atop-summary';
import type { PageServerLoad } from './$types';

export const prerender = true;

const ATOP = atop as unknown as AtopComparisonData;
/** Record titles by id, across states (a reason may cite another state's record). */
const TITLES = new Map(
	Object.values(TABLE.states).flatMap((s) => s.records.map((r) => [r.id, r.title] as const))
);

export const load: PageServerLoad = () => ({
	figures: datasetFigures(TABLE),
	departures: departures(TABLE),
	likeCases: LIKE_CASES.map((group) => ({
		why: group.why,
		cases: group.cases.map(([state, year]) => {
			const r = relationIn(state, year, 'assessed', TABLE.states);
			return { state, year, name: r?.name ?? state, class: r?.class ?? null };
		})
	})),
	atop: {
		figures: atopFigures(ATOP),
		differences: differenceGroups(ATOP).map((g) => ({
			...g,
			records: g.records.map((id) => ({ id, title: TITLES.get(id) ?? id }))
		}))
	}
});
