import { FIRST_YEAR, LAST_YEAR } from '$lib/years/years';
import { json } from '@sveltejs/kit';
import { RELATION_CLASSES } from '$lib/codebook/classes';
import { COLUMNS, relationRows } from '$lib/relations/open-data';
import { SOURCES } from '$lib/sources/sources';

export const prerender = true;

export function GET() {
	return json({
		title: `Orbit: how Asian states stood with Moscow, ${FIRST_YEAR}-${LAST_YEAR}`,
		licence: 'CC BY 4.0 (data); see the project README',
		year_sampled_on: 'Each year shows the relationship as it stood on 1 July.',
		classes: RELATION_CLASSES.map(({ id, label, description }) => ({ id, label, description })),
		sources: Object.values(SOURCES).map(({ id, title, authors, publication, date, url }) => ({
			id,
			title,
			authors,
			publication,
			date,
			url
		})),
		columns: COLUMNS,
		rows: relationRows()
	});
}
