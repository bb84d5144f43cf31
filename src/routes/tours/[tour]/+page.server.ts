import { error } from '@sveltejs/kit';
import { tourDescription, tourFollows } from '$lib/publish/pages';
import { PREVIEWS, TOURS } from '$lib/publish/previews';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => TOURS.map((t) => ({ tour: t.id }));

export const load: PageServerLoad = ({ params }) => {
	const tour = TOURS.find((t) => t.id === params.tour);
	if (!tour) error(404, `No tour "${params.tour}"`);
	const preview = PREVIEWS.find((p) => p.id === `tour-${tour.id}`)!;
	return {
		tour: {
			id: tour.id,
			title: tour.title,
			scenes: tour.scenes.map((s) => ({ title: s.title, year: s.year, note: s.note }))
		},
		description: tourDescription(tour),
		follows: tourFollows(tour),
		preview: { id: preview.id, alt: preview.alt },
		others: TOURS.filter((t) => t.id !== tour.id).map((t) => ({ id: t.id, title: t.title }))
	};
};
