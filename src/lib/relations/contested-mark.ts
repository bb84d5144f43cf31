/**
 * The mark over a state whose coding that year has a contested reading: a dashed keyline just
 * inside the state's border, dark dashes over a light casing. One definition for the map's
 * layers (style.ts), the legend's swatch and the exported legend (export/compose.ts).
 *
 * Why a keyline and not a fill pattern: some twenty states carry a contested reading in most
 * years, and the dots we drew over their whole area competed with the class colour they only
 * qualify. A keyline leaves a state's interior to its class colour and follows its outline, so it
 * is found by scanning borders, at any size: every island of Japan, the Philippines or Indonesia
 * gets its own, where a sparse pattern skips small shapes (and tiny rings read as the map's place
 * marks). Dark dashes with light gaps and a light casing show on every class colour, the pale and
 * the dark alike, by lightness alone, so the mark survives greyscale print (tested in
 * tests/unit/relations/contested-mark.test.ts). The dashes also set it apart from a plain border, and
 * its place inside the border from the disputed outline, which is drawn on the border.
 *
 * Sizes are CSS pixels at zoom 2 (the whole continent) and zoom 6, interpolated between: the
 * line is thinner and nearer the border when zoomed out, so an island a few pixels wide gets a
 * small knot of the mark rather than a scribble wider than itself (the offset line of a ring
 * narrower than twice the inset folds over itself).
 */
export const CONTESTED_MARK = {
	dark: '#1d1d1d',
	light: '#ffffff',
	/** Width of the dark dashes. */
	width: { z2: 1, z6: 1.6 },
	/** The light casing's width on each side of the dashes. */
	casing: { z2: 0.5, z6: 1 },
	/** Distance from the border to the keyline's centre, toward the state's interior. */
	inset: { z2: 1.3, z6: 3.2 },
	/** Dash and gap, in multiples of the dash width (MapLibre's `line-dasharray` unit). */
	dash: [3, 2] as [number, number]
} as const;

export type Zoom = 'z2' | 'z6';
type AtZoom = { z2: number; z6: number };

/** The outer edge of the mark's band, in pixels in from the border. */
export function markReach(zoom: Zoom): number {
	const m = CONTESTED_MARK;
	return m.inset[zoom] + m.width[zoom] / 2 + m.casing[zoom];
}

/** The band's width (casing, dashes, casing), in pixels. */
export function markBand(zoom: Zoom): number {
	const m = CONTESTED_MARK;
	return m.width[zoom] + 2 * m.casing[zoom];
}

/** A zoom ramp for a MapLibre paint property, from zoom 2 to zoom 6. */
export function zoomRamp(value: AtZoom | ((z: Zoom) => number)) {
	const at = (z: Zoom) => (typeof value === 'function' ? value(z) : value[z]);
	return ['interpolate', ['linear'], ['zoom'], 2, at('z2'), 6, at('z6')] as [
		'interpolate',
		['linear'],
		['zoom'],
		number,
		number,
		number,
		number
	];
}
