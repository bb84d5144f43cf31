import data from '$lib/generated/places.json';
import type { PlaceRecord } from '$lib/places/records';
import { EVENT_COLUMNS, eventRows } from '$lib/places/events-csv';
import { toCsv } from '$lib/relations/open-data';

export const prerender = true;

export function GET() {
	return new Response(toCsv(eventRows(data as unknown as PlaceRecord[]), EVENT_COLUMNS), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
