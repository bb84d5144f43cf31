import { json } from '@sveltejs/kit';
import { dataPackage } from '$lib/codebook/datapackage';
import { PLACE_KINDS } from '$lib/places/schema';
import { SITE_URL } from '$lib/site/site';

export const prerender = true;

export function GET() {
	return json(dataPackage(PLACE_KINDS, SITE_URL));
}
