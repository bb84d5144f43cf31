declare module 'polylabel' {
	/** Pole of inaccessibility of a polygon (outer ring + holes), to `precision`. */
	export default function polylabel(
		polygon: number[][][],
		precision?: number
	): [number, number] & { distance: number };
}
