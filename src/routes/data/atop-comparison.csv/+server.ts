import data from '$lib/generated/atop-comparison.json';
import { ATOP_COLUMNS, atopCsvRows, type AtopComparisonData } from '$lib/codebook/atop-summary';
import { toCsv } from '$lib/relations/open-data';

export const prerender = true;

export function GET() {
	return new Response(toCsv(atopCsvRows(data as unknown as AtopComparisonData), ATOP_COLUMNS), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
