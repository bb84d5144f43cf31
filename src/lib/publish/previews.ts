/**
 * The link previews' pictures, rendered at build time: one of the atlas and one per built-in
 * tour, at its first scene's year and view (zoomed out to PREVIEW_MAX_ZOOM at most) with the scene's states outlined. Served as
 * `/previews/<id>.png` (src/routes/previews).
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from '$lib/generated/polities.topo.json';
import tours from '$lib/generated/tours.json';
import { ASIA_BOUNDS } from '$lib/map/create-map';
import type { Tour } from '$lib/tours/schema';
import { stateName } from '$lib/relations/relations';
import { nameList } from '$lib/relations/withheld';
import { fitBounds, type View } from '$lib/map/mercator';
import {
	PREVIEW_HEIGHT,
	PREVIEW_WIDTH,
	previewSvg,
	type PolityFeature,
	type TextPath
} from './preview-svg';

/** The year the atlas's own preview shows: the late Cold War, when every class is on the map. */
export const ATLAS_PREVIEW_YEAR = 1985;

export interface PreviewSpec {
	id: string;
	year: number;
	view: View;
	outlined: readonly string[];
	/** States under the "?" fill: a first scene that asks the room. */
	hidden: readonly string[];
	heading: string;
	/** What the picture shows, for `og:image:alt` and the tour page's `alt`. */
	alt: string;
}

export const TOURS = tours as Tour[];

/**
 * The closest a preview zooms in: past it the map draws detailed coastlines the previews do not
 * have (map/detail.ts), and a preview seen small reads better with more around the scene.
 */
export const PREVIEW_MAX_ZOOM = 5;

export const PREVIEWS: readonly PreviewSpec[] = [
	{
		id: 'atlas',
		year: ATLAS_PREVIEW_YEAR,
		view: fitBounds(ASIA_BOUNDS, PREVIEW_WIDTH, PREVIEW_HEIGHT),
		outlined: [],
		hidden: [],
		heading: 'Asia and Moscow',
		alt: `Map of Asia in ${ATLAS_PREVIEW_YEAR}, each state coloured by how it stood with Moscow, with the legend of the eight classes`
	},
	...TOURS.map((tour) => {
		const first = tour.scenes[0];
		return {
			id: `tour-${tour.id}`,
			year: first.year,
			view: { center: first.view.center, zoom: Math.min(first.view.zoom, PREVIEW_MAX_ZOOM) },
			outlined: first.states,
			// A first scene that asks the room keeps its answer out of the preview too.
			hidden: first.ask ?? [],
			heading: tour.title,
			alt: `Map of the tour's first scene, “${first.title}”: each state coloured by how it stood with Moscow that year${first.ask?.length ? ` except ${nameList(first.ask.map(stateName))}, hidden under a question mark` : ''}, with the legend`
		};
	})
];

export function previewSpec(id: string): PreviewSpec | undefined {
	return PREVIEWS.find((p) => p.id === id);
}

/** The site path of a preview's picture. */
export function previewPath(id: string): string {
	return `/previews/${id}.png`;
}

let polities: PolityFeature[] | undefined;

/** The polities as the map draws them, from the geodata build's topology. */
export function previewPolities(): PolityFeature[] {
	const topo = topology as unknown as Topology;
	polities ??= (
		feature(topo, topo.objects.polities as GeometryCollection) as unknown as {
			features: PolityFeature[];
		}
	).features;
	return polities;
}

export function previewSvgFor(spec: PreviewSpec, text: TextPath): string {
	return previewSvg({ ...spec, polities: previewPolities(), text });
}
