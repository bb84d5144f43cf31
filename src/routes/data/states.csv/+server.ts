import { STATE_COLUMNS, stateRows } from '$lib/codebook/dataset';
import { TABLE, toCsv } from '$lib/relations/open-data';

export const prerender = true;

export function GET() {
	return new Response(toCsv(stateRows(TABLE), STATE_COLUMNS), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
