import { FIRST_YEAR, LAST_YEAR } from '$lib/years/years';
import { json } from '@sveltejs/kit';
import data from '$lib/generated/places.json';
import type { PlaceRecord } from '$lib/places/records';

const PLACES = data as unknown as PlaceRecord[];

export const prerender = true;

export function GET() {
	return json({
		title: `Orbit: places and events in the history of Asia and Moscow, ${FIRST_YEAR}-${LAST_YEAR}`,
		licence: 'CC BY 4.0 (data); see the project README',
		// The per-year display codes are the map's business, not the data's.
		places: PLACES.map((place) => {
			const { codes, ...published } = place;
			void codes;
			return published;
		})
	});
}
