/**
 * The presenter tours (generated from geodata/tours.json) and stepping through them. The menu
 * needs only titles and scene counts (bundled); the scenes are fetched when a tour starts.
 */
import index from '$lib/generated/tours-index.json';
import toursUrl from '$lib/generated/tours.json?url';
import { lazyJson } from '$lib/data/lazy.svelte';
import type { Scene, Tour } from './schema';

export type { Scene, Tour };

export interface TourEntry {
	id: string;
	title: string;
	/** How many scenes. */
	scenes: number;
}

export const TOURS = index as TourEntry[];

export const toursData = lazyJson<Tour[]>(toursUrl, 'the tours');

export function tourEntry(id: string): TourEntry | undefined {
	return TOURS.find((t) => t.id === id);
}

/** A tour with its scenes; undefined if unknown or still loading. */
export function tourById(
	id: string,
	tours: readonly Tour[] = toursData.value ?? []
): Tour | undefined {
	return tours.find((t) => t.id === id);
}

/** The scene `by` steps from `index`, clamped to the tour (a clicker at the end stays there). */
export function stepScene(tour: { scenes: readonly unknown[] }, index: number, by: number): number {
	return Math.min(tour.scenes.length - 1, Math.max(0, index + by));
}
