/**
 * How big the map's labels and place markers are at each zoom, shared by the style (which draws
 * them) and the geodata build (which decides, for every year and zoom band, which labels show
 * so that none overlaps another or a place's dot: geodata/steps/labels.ts).
 *
 * Sizes grow with the zoom, so a larger screen, which frames Asia at a higher zoom, gets larger
 * type: the default view is at about zoom 0.8 on a phone, 1.9 on a laptop and 2.5 at 1920x1080,
 * where a country's name is 16 px and a place's 14 px. They grow more slowly than the map
 * (which doubles each zoom), so a set of labels that does not collide at a band's lowest zoom
 * does not collide anywhere in the band. Stops sit on whole zooms: MapLibre evaluates a zoom
 * curve per whole-zoom tile and interpolates inside it, so the drawn size is exactly `sizeAt`.
 */

/** [zoom, value] stops, linear between them, constant beyond the ends. */
export type Stops = readonly (readonly [number, number])[];

export const COUNTRY_TEXT: Stops = [
	[0, 10],
	[1, 12],
	[2, 14.5],
	[3, 17],
	[5, 19],
	[8, 22]
];
export const SEA_TEXT: Stops = [
	[0, 9],
	[1, 10.5],
	[2, 12.5],
	[3, 14.5],
	[5, 16],
	[8, 18]
];
export const PLACE_TEXT: Stops = [
	[0, 10],
	[1, 11.5],
	[2, 13.5],
	[3, 15],
	[5, 16],
	[8, 18]
];
/** A place's dot radius with an event that year (`p` 2), and in its years otherwise (`p` 1). */
export const EVENT_DOT: Stops = [
	[0, 4],
	[1, 5],
	[2, 6.5],
	[3, 7.5],
	[6, 10]
];
export const PLACE_DOT: Stops = [
	[0, 2.5],
	[1, 3],
	[2, 4],
	[3, 5],
	[6, 7]
];
/** The dots' rims, in pixels (the event ring is gold and wider). */
export const EVENT_RIM = 2.5;
export const PLACE_RIM = 1.2;

/**
 * Presenter mode draws every label this much larger: the room is further away than a reader. It
 * shows the set placed for half a zoom lower, which still never collides: there the map is
 * 1.41x smaller while the labels are at least 0.88x the size (tested), so every gap holds.
 */
export const PRESENTER_SCALE = 1.25;
export const PRESENTER_ZOOM_SHIFT = 0.5;

/** A place's name starts this many ems from its dot's centre (it clears the largest dot). */
export const PLACE_OFFSET_EM = 0.95;

/** MapLibre's own space around every label's box (`text-padding`), in pixels. */
export const TEXT_PADDING = 2;
/** Line height in ems (`text-line-height`). */
export const LINE_HEIGHT = 1.2;

/**
 * The zoom bands labels are decided for: a band runs from its zoom to the next one. Finer where
 * the default views fall (phone, laptop, projector), coarser where readers zoom in.
 */
export const LABEL_ZOOMS = [
	0, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.5, 4, 5, 6, 7, 8
] as const;

/** The value of `stops` at `zoom`. */
export function sizeAt(stops: Stops, zoom: number): number {
	if (zoom <= stops[0][0]) return stops[0][1];
	for (let i = 1; i < stops.length; i++) {
		const [z1, v1] = stops[i];
		if (zoom <= z1) {
			const [z0, v0] = stops[i - 1];
			return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
		}
	}
	return stops[stops.length - 1][1];
}

/** The band a zoom falls in (an index into LABEL_ZOOMS); presenter mode looks half a zoom lower. */
export function bandOf(zoom: number, presenting = false): number {
	const z = presenting ? zoom - PRESENTER_ZOOM_SHIFT : zoom;
	let band = 0;
	for (let i = 1; i < LABEL_ZOOMS.length; i++) if (z >= LABEL_ZOOMS[i]) band = i;
	return band;
}
