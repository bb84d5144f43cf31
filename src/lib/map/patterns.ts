/** The fill patterns the map draws (RGBA pixel data handed to `map.addImage`). */

export const HATCH_IMAGE = 'hatch';

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

/**
 * Registers the hatch before the first frame, so no layer asks for a missing image. (The contested
 * mark is a line, not a pattern: contested-mark.ts.)
 */
export function addPatterns(map: import('maplibre-gl').Map) {
	map.addImage(HATCH_IMAGE, hatchImage());
}
