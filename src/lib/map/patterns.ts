/** The fill patterns the map draws (RGBA pixel data handed to `map.addImage`). */

export const HATCH_IMAGE = 'hatch';
/** The "?" drawn over states a tour scene hides while it asks the room (year-paint.ts). */
export const QUESTION_IMAGE = 'question';

type Raster = { width: number; height: number; data: Uint8Array };

/** The hatch drawn over dependent territories: dark diagonals on the neutral, 8x8 pixels, RGBA. */
export function hatchImage(size = 8): Raster {
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const on = (x + y) % size < 2;
			const i = (y * size + x) * 4;
			data.set(on ? [90, 84, 76, 200] : [0, 0, 0, 0], i);
		}
	return { width: size, height: size, data };
}

/** A question mark, 6 x 9 pixels ('#' drawn). */
export const QUESTION_GLYPH = [
	'.####.',
	'##..##',
	'....##',
	'...##.',
	'..##..',
	'..##..',
	'......',
	'..##..',
	'..##..'
] as const;

/** Where each tile draws its two marks: staggered, so no row or column of them reads as a hatch. */
const MARKS: readonly [number, number][] = [
	[3, 2],
	[15, 14]
];

/**
 * The hidden states' pattern: dark question marks, staggered on a 24 x 24 tile, with a pale
 * keyline so they read on the neutral fill in colour and in greyscale, and unlike the hatch.
 */
export function questionImage(size = 24): Raster {
	const data = new Uint8Array(size * size * 4);
	const on = (x: number, y: number) =>
		MARKS.some(([mx, my]) => QUESTION_GLYPH[y - my]?.[x - mx] === '#');
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const i = (y * size + x) * 4;
			if (on(x, y)) data.set([40, 37, 33, 255], i);
			else if (on(x - 1, y) || on(x + 1, y) || on(x, y - 1) || on(x, y + 1))
				data.set([255, 255, 255, 160], i);
		}
	return { width: size, height: size, data };
}

/**
 * Registers the patterns before the first frame, so no layer asks for a missing image. (The
 * contested mark is a line, not a pattern: contested-mark.ts.)
 */
export function addPatterns(map: import('maplibre-gl').Map) {
	map.addImage(HATCH_IMAGE, hatchImage());
	map.addImage(QUESTION_IMAGE, questionImage());
}
