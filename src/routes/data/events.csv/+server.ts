import data from '$lib/generated/places.json';
import type { PlaceRecord } from '$lib/places/records';

const PLACES = data as unknown as PlaceRecord[];
import { csvField } from '$lib/relations/open-data';

export const prerender = true;

const COLUMNS = [
	'place',
	'place_name',
	'lon',
	'lat',
	'kind',
	'date',
	'summary',
	'states',
	'citations'
];

export function GET() {
	const lines = [COLUMNS.join(',')];
	for (const p of PLACES)
		for (const e of p.events) {
			const row = [
				p.id,
				p.name,
				p.coordinates[0],
				p.coordinates[1],
				p.kind,
				e.date,
				e.summary,
				e.states.join(' '),
				e.citations.join(' | ')
			];
			lines.push(row.map(csvField).join(','));
		}
	return new Response(lines.join('\r\n') + '\r\n', {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
