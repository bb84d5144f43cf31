/** The presenter tours (generated from geodata/tours.json) and stepping through them. */
import data from '$lib/generated/tours.json';
import type { Scene, Tour } from '../../../geodata/tours-schema';

export type { Scene, Tour };

export const TOURS = data as unknown as Tour[];

export function tourById(id: string, tours: readonly Tour[] = TOURS): Tour | undefined {
	return tours.find((t) => t.id === id);
}

/** The scene `by` steps from `index`, clamped to the tour (a clicker at the end stays there). */
export function stepScene(tour: Pick<Tour, 'scenes'>, index: number, by: number): number {
	return Math.min(tour.scenes.length - 1, Math.max(0, index + by));
}
