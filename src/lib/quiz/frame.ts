/**
 * The view a question opens on: the hidden state in the middle of the map with its neighbours
 * around it (a small state is not blown up to fill the map, a large one still fits).
 */
import { fitBounds, type View } from '$lib/map/mercator';
import type { Bounds } from './spans';

/** The share of the map's width and height the state's box may fill. */
const FILL = 0.55;
const MIN_ZOOM = 1;
const MAX_ZOOM = 5.5;

export function frameView(bounds: Bounds, width: number, height: number): View {
	const view = fitBounds(bounds, Math.max(width, 1) * FILL, Math.max(height, 1) * FILL);
	return { center: view.center, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom)) };
}
