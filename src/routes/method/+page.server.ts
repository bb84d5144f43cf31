import { datasetFigures, departures } from '$lib/codebook/dataset';
import { TABLE } from '$lib/relations/open-data';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => ({
	figures: datasetFigures(TABLE),
	departures: departures(TABLE)
});
