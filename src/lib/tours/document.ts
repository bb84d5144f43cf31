/**
 * A tour made by a reader (the contract in DATA.md): the document a share link carries and the
 * editor saves, and the one shape the player plays, built-in or not. Zod-free, so the player and
 * the menu can use it without loading the schema (see document-schema.ts).
 */
import type { View } from '$lib/map/create-map';
import { CUSTOM_TOUR_ID } from './scene-ref';

/** The limits of a shared tour: what a lecture needs, and small enough to travel in a link. */
export const TOUR_LIMITS = {
	scenes: 50,
	title: 120,
	note: 1200,
	citations: 10,
	author: 120,
	/** The whole document, as UTF-8 JSON. */
	bytes: 64 * 1024
} as const;

export interface TourSceneDoc {
	title: string;
	year: number;
	view?: View;
	states?: string[];
	place?: string;
	note: string;
	citations?: string[];
	/** States the scene hides and asks the room about, revealed at the next step (1-6). */
	ask?: string[];
}

/** How many states an ask scene may hide. */
export const ASK_LIMITS = { min: 1, max: 6 } as const;

export interface TourDocument {
	type: 'orbit-tour';
	version: 1;
	title: string;
	author?: string;
	scenes: TourSceneDoc[];
}

/** A scene as the player plays it: built-in scenes always have a view, a reader's may not. */
export interface PlayableScene {
	title: string;
	year: number;
	view?: View;
	states: string[];
	place?: string;
	note: string;
	citations: string[];
	/** States hidden until the next step (an ask scene); absent on a scene that asks nothing. */
	ask?: string[];
}

export interface PlayableTour {
	id: string;
	title: string;
	author?: string;
	scenes: PlayableScene[];
}

export { CUSTOM_TOUR_ID };

export function playable(doc: TourDocument): PlayableTour {
	return {
		id: CUSTOM_TOUR_ID,
		title: doc.title,
		author: doc.author,
		scenes: doc.scenes.map(({ ask, ...s }) => ({
			...s,
			states: s.states ?? [],
			citations: s.citations ?? [],
			...(ask?.length ? { ask } : {})
		}))
	};
}

/** A tour (built-in or a reader's) as a document to edit or share; empty fields are left out. */
export function tourDocument(
	tour: Pick<PlayableTour, 'title' | 'author' | 'scenes'>
): TourDocument {
	return {
		type: 'orbit-tour',
		version: 1,
		title: tour.title,
		...(tour.author ? { author: tour.author } : {}),
		scenes: tour.scenes.map((s) => ({
			title: s.title,
			year: s.year,
			...(s.view ? { view: s.view } : {}),
			...(s.states?.length ? { states: [...s.states] } : {}),
			...(s.place ? { place: s.place } : {}),
			note: s.note,
			...(s.citations?.length ? { citations: [...s.citations] } : {}),
			...(s.ask?.length ? { ask: [...s.ask] } : {})
		}))
	};
}

/** The document's size as the limit counts it: UTF-8 bytes of its JSON. */
export function documentBytes(doc: TourDocument): number {
	return new TextEncoder().encode(JSON.stringify(doc)).length;
}

/** A file name for the document: its title, lower-cased and hyphenated. */
export function tourFileName(doc: Pick<TourDocument, 'title'>): string {
	const slug = doc.title
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `orbit-tour-${slug || 'untitled'}.json`;
}

/** The address that opens a packed tour at its first scene, on the site or in an embed. */
export function tourAddress(origin: string, payload: string, page: '/' | '/embed' = '/'): string {
	const url = new URL(page, origin);
	url.searchParams.set('tour', payload);
	return url.href;
}

/** What a scene takes from the map as it is (the fields it leaves out, it has none of). */
export type MapScene = Pick<TourSceneDoc, 'year' | 'view' | 'states' | 'place'>;

/**
 * The map as a scene: the year, the view (rounded to about 10 m and 1/100 of a zoom level),
 * the selected state, outlined, and the open place.
 */
export function sceneFromMap(map: {
	year: number;
	view: View | null;
	selected: string | null;
	place: string | null;
}): MapScene {
	const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
	const { year, view, selected, place } = map;
	return {
		year,
		...(view
			? {
					view: {
						center: [round(view.center[0], 4), round(view.center[1], 4)],
						zoom: round(view.zoom, 2)
					}
				}
			: {}),
		...(selected ? { states: [selected] } : {}),
		...(place ? { place } : {})
	};
}
