/**
 * The QR code of an address, for a room to scan from a projected screen: the module matrix
 * (uqr), the SVG path that draws it, and how far back it can be read. Pure: tested in Node.
 *
 * Loaded only when a QR view opens (QrDialog imports it, and is itself imported on demand), so
 * uqr never weighs on the first page load.
 */
import { encode } from 'uqr';

/** The light margin a reader needs to find the code: four modules, as the standard asks. */
export const QUIET_ZONE = 4;

/**
 * Most modules across (quiet zone included) that still read from the back of a lecture hall.
 * At 25 m a phone's wide camera (12 MP) sees a 3 m wide 1080p screen at about 5 screen pixels per
 * camera pixel, and decoders want two or more camera pixels a module: about 12 screen pixels a
 * module. The QR view gives the code about 900 px at 1920 × 1080, and 900 / 12 = 75: up to
 * version 12 (65 modules + 8 of quiet zone = 73), which holds about 360 characters at level L.
 * An ordinary view's address is 60-150 characters (version 4-7, 20 px modules or more).
 */
export const FAR_MODULES = 73;

/** The largest code there is (version 40 at level L) holds 2,953 bytes. */
export const MAX_BYTES = 2953;

export interface QrMatrix {
	/** Modules across and down, quiet zone included. */
	size: number;
	/** Row by row, true for a dark module. */
	dark: boolean[][];
}

/**
 * The code for `text` with its quiet zone, or null when `text` is longer than any code holds.
 * Level L, raised where it costs no modules (boostEcc): on a screen nothing smudges or covers the
 * code, so the fewest, largest modules read best from afar.
 */
export function qrMatrix(text: string): QrMatrix | null {
	if (new TextEncoder().encode(text).length > MAX_BYTES) return null;
	const { size, data } = encode(text, { ecc: 'L', boostEcc: true, border: QUIET_ZONE });
	return { size, dark: data };
}

/**
 * The dark modules as one SVG path in module units (one rectangle per horizontal run), so a
 * code drawn at a whole number of pixels a module has crisp edges and no seams between modules.
 */
export function darkPath(dark: readonly (readonly boolean[])[]): string {
	let d = '';
	dark.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			d += `M${start} ${y}h${x - start}v1h${start - x}z`;
		}
	});
	return d;
}

/** How the room gets the address: the code of the address itself, dense, or of a shorter one. */
export type QrFit = 'far' | 'dense' | 'without-tour';

export interface AddressCode {
	/** What the code encodes (the address, or the view link without the tour). */
	text: string;
	matrix: QrMatrix;
	fit: QrFit;
}

/**
 * The code to show for an address. A shared tour carries its whole document in `?tour=` (up to
 * a few KB): its code may be dense (still shown, with a note: a phone nearer the screen reads
 * it), or too long for any code; then the code is of the view link without the tour, which
 * opens the same year, view and place.
 */
export function addressCode(href: string): AddressCode | null {
	const matrix = qrMatrix(href);
	if (matrix) return { text: href, matrix, fit: matrix.size > FAR_MODULES ? 'dense' : 'far' };
	const view = withoutTour(href);
	const viewMatrix = view === href ? null : qrMatrix(view);
	return viewMatrix ? { text: view, matrix: viewMatrix, fit: 'without-tour' } : null;
}

/** The address without a shared tour: its payload, and the scene that pointed into it. */
export function withoutTour(href: string): string {
	const url = new URL(href);
	if (!url.searchParams.has('tour')) return href;
	url.searchParams.delete('tour');
	url.searchParams.delete('scene');
	return url.href;
}
