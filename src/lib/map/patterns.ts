/** The fill patterns the map draws (RGBA pixel data handed to `map.addImage`). */

export const HATCH_IMAGE = 'hatch';
export const DOTS_IMAGE = 'contested-dots';

/**
 * The dots drawn over a state whose coding that year has a contested reading: a dark dot with a
 * light rim every 10 pixels, visible on every class colour yet quiet at continental scale.
 */
export function dotsImage(size = 10): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	const centre = (size - 1) / 2;
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const d = Math.hypot(x - centre, y - centre);
			const i = (y * size + x) * 4;
			if (d <= 1.0) data.set([20, 20, 20, 170], i);
			else if (d <= 1.8) data.set([255, 255, 255, 110], i);
		}
	return { width: size, height: size, data };
}

/** The hatch drawn over dependent territories: dark diagonals on the neutral, 8x8 pixels, RGBA. */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const on = (x + y) % size < 2;
			const i = (y * size + x) * 4;
			data.set(on ? [90, 84, 76, 200] : [0, 0, 0, 0], i);
		}
	return { width: size, height: size, data };
}

/** Registers both patterns, before the first frame, so no layer asks for a missing image. */
export function addPatterns(map: import('maplibre-gl').Map) {
	map.addImage(HATCH_IMAGE, hatchImage());
	map.addImage(DOTS_IMAGE, dotsImage());
}
