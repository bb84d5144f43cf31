/**
 * What an export takes from the map on screen when it starts: the style, the polities in the
 * reading shown, the placed labels, the year, the outline, the states hidden and the view. Images and videos are
 * drawn from it on a hidden map (offscreen-map.ts, loaded only when an export starts), never on
 * the reader's map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Reading } from '$lib/codebook/readings';
import { viewOf, type View } from './create-map';
import type { OffscreenFrame, OffscreenInput, OffscreenMap } from './offscreen-map';

export interface MapExportSource {
	readonly input: OffscreenInput;
	readonly reading: Reading;
	readonly year: number;
	readonly outlined: readonly string[];
	/** The states whose class a tour scene hides (drawn "?" in the export too). */
	readonly hidden: readonly string[];
	/**
	 * `view` (the view on screen when not given) as a map `width` pixels wide shows it: the same
	 * extent across its width as the map on screen, so an export frames what the reader framed.
	 */
	viewAt(view: View | undefined, width: number): View;
}

export function exportSource(
	map: MapLibreMap,
	shown: Omit<MapExportSource, 'viewAt'>
): MapExportSource {
	const screenWidth = map.getContainer().clientWidth;
	const onScreen = viewOf(map);
	return {
		...shown,
		viewAt(view, width) {
			const v = view ?? onScreen;
			return { center: v.center, zoom: v.zoom + Math.log2(width / screenWidth) };
		}
	};
}

function firstFrame(source: MapExportSource, width: number): OffscreenFrame {
	const { year, outlined, hidden } = source;
	return { year, outlined, hidden, view: source.viewAt(undefined, width) };
}

/** The map as it stands, drawn once at `width` x `height`: an image export. */
export async function snapshotMap(
	source: MapExportSource,
	width: number,
	height: number
): Promise<HTMLCanvasElement> {
	const { snapshot } = await import('./offscreen-map');
	return snapshot(source.input, width, height, firstFrame(source, width));
}

/**
 * A hidden map at `width` x `height` for video export, opened on the year and view shown; the
 * caller draws its frames and must remove() it. Aborting `signal` stops it opening.
 */
export async function openOffscreen(
	source: MapExportSource,
	width: number,
	height: number,
	signal?: AbortSignal
): Promise<OffscreenMap> {
	const { OffscreenMap } = await import('./offscreen-map');
	return OffscreenMap.open(source.input, width, height, firstFrame(source, width), signal);
}
