/**
 * Draws a map's current year and view into a canvas of `width` x `height` CSS pixels, for image
 * export: a second, offscreen map with the same style and state, zoomed so that it shows the same
 * extent across its width as the map on screen.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { addPatterns } from './patterns';
import { bordersEpoch, type PolityRecord } from './polities';
import { atlasStyle, type AtlasStyleInput } from './style';
import { writeOutline, writeYear } from './year-writer';

export interface SnapshotInput {
	maplibre: typeof import('maplibre-gl');
	/** The map on screen, whose view is copied. */
	map: MapLibreMap;
	style: AtlasStyleInput;
	polities: readonly PolityRecord[];
	year: number;
	outlined: readonly string[];
}

export async function snapshot(
	{ maplibre, map, style, polities, year, outlined }: SnapshotInput,
	width: number,
	height: number
): Promise<HTMLCanvasElement> {
	const holder = document.createElement('div');
	holder.setAttribute('aria-hidden', 'true');
	Object.assign(holder.style, {
		position: 'fixed',
		left: '-30000px',
		top: '0',
		width: `${width}px`,
		height: `${height}px`
	});
	document.body.append(holder);
	const shot = new maplibre.Map({
		container: holder,
		style: atlasStyle({ ...style, year, bordersYear: bordersEpoch(polities, year) }),
		center: map.getCenter(),
		zoom: map.getZoom() + Math.log2(width / map.getContainer().clientWidth),
		interactive: false,
		attributionControl: false,
		pixelRatio: 1,
		fadeDuration: 0,
		canvasContextAttributes: { preserveDrawingBuffer: true }
	});
	try {
		addPatterns(shot);
		await shot.once('load');
		writeYear(shot, polities, null, year);
		writeOutline(shot, polities, outlined);
		shot.triggerRepaint();
		await shot.once('idle');
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		canvas.getContext('2d')!.drawImage(shot.getCanvas(), 0, 0, width, height);
		return canvas;
	} finally {
		shot.remove();
		holder.remove();
	}
}
