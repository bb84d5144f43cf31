import { relationRows, toCsv } from '$lib/relations/open-data';

export const prerender = true;

export function GET() {
	return new Response(toCsv(relationRows()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
