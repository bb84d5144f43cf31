/**
 * Every prerendered page, with what it tells search engines and link previews: its description
 * (in our words) and its preview picture. The head tags
 * (src/hooks.server.ts), the sitemap and robots.txt are all made from this one list, so they
 * cannot drift apart; a unit test checks it against the routes.
 */
import { SOURCES, SOURCE_IDS, type Source } from '$lib/sources/sources';
import { YEAR_RANGE_LABEL } from '$lib/years/years';
import { TOURS } from './previews';
import type { Tour } from '$lib/tours/schema';

export const SITE_NAME = 'Orbit';
export const SITE_DESCRIPTION = `An interactive atlas of how Asia's states stood with Moscow, ${YEAR_RANGE_LABEL}, with every colour cited.`;

export interface PageEntry {
	/** The page's site path, as SvelteKit prerenders it (no trailing slash). */
	path: string;
	description: string;
	/** The id of its preview picture (publish/previews.ts). */
	preview: string;
}

const SOURCE_DESCRIPTIONS: Record<keyof typeof SOURCES, (s: Source) => string> = {
	'diplomat-2021': (s) =>
		`A note in our words on every paragraph of ${s.publication}'s “${s.title}” (${s.date}), by country, each linked to the original passage and to the map.`,
	'mazyrin-2012': (s) =>
		`A note in our words on every paragraph of ${s.authors}'s “${s.title}” (${s.date}), each linked to the original passage and to the map.`
};

/** The source section a tour follows, as a reader would name it. */
export function tourFollows(tour: Tour): string {
	const [sourceId, sectionId] = tour.follows.split('#') as [keyof typeof SOURCES, string];
	const source = SOURCES[sourceId];
	const section = source.sections.find((s) => s.id === sectionId);
	if (sourceId === 'mazyrin-2012') return `${source.authors}'s chapter, “${source.title}”`;
	return `the ${section?.title ?? sectionId} section of ${source.publication}'s “${source.title}”`;
}

export function tourDescription(tour: Tour): string {
	const years = tour.scenes.map((s) => s.year);
	return `A tour of the atlas in ${tour.scenes.length} scenes, ${Math.min(...years)} to ${Math.max(...years)}, following ${tourFollows(tour)}: each scene sets the year and the view, with a note and its citation.`;
}

export function tourPath(tour: Pick<Tour, 'id'>): string {
	return `/tours/${tour.id}`;
}

export const PAGES: readonly PageEntry[] = [
	{ path: '/', description: SITE_DESCRIPTION, preview: 'atlas' },
	{
		path: '/embed',
		description:
			'The Orbit atlas without the site around it, to frame in a course page or a slide deck and drive by messages.',
		preview: 'atlas'
	},
	{
		path: '/method',
		description:
			'The codebook behind every colour: the eight classes, the dated records, the thirteen numbered rules, the judgements where practice differed, and a check against the ATOP alliance data.',
		preview: 'atlas'
	},
	{
		path: '/quiz',
		description:
			'Test yourself after the lecture: ten questions on how an Asian state stood with Moscow in a given year, each on the map of that year with the state hidden, then the answer with its rule, reason and citation.',
		preview: 'atlas'
	},
	{
		path: '/data',
		description: `The open data behind the atlas: every coded state-year ${YEAR_RANGE_LABEL}, its records and events as CSV and JSON, described by a Frictionless data package, with a changelog.`,
		preview: 'atlas'
	},
	...SOURCE_IDS.map((id) => ({
		path: `/sources/${id}`,
		description: SOURCE_DESCRIPTIONS[id](SOURCES[id]),
		preview: 'atlas'
	})),
	...TOURS.map((tour) => ({
		path: tourPath(tour),
		description: tourDescription(tour),
		preview: `tour-${tour.id}`
	}))
];

export function pageEntry(path: string): PageEntry | undefined {
	return PAGES.find((p) => p.path === path);
}
