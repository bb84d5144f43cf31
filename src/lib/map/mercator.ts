/**
 * Web Mercator as MapLibre draws it (512-pixel world at zoom 0): the geodata build places labels
 * with it, and a link preview at a scene's `center` and `zoom` frames what a 1200-pixel-wide
 * window would show.
 */
export interface View {
	center: [number, number];
	zoom: number;
}

const WORLD = 512;

/** A longitude/latitude in world pixels at zoom 0. */
export function worldPoint(lon: number, lat: number): [number, number] {
	const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
	return [
		((lon + 180) / 360) * WORLD,
		((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * WORLD
	];
}

/** The longitude/latitude of a point in world pixels at zoom 0 (the inverse of `worldPoint`). */
export function lonLatOf(x: number, y: number): [number, number] {
	return [
		(x / WORLD) * 360 - 180,
		(Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD))) * 180) / Math.PI
	];
}

/** A projector from longitude/latitude to pixels of a `width` x `height` image of `view`. */
export function projector(view: View, width: number, height: number) {
	const scale = 2 ** view.zoom;
	const [cx, cy] = worldPoint(...view.center);
	return (lon: number, lat: number): [number, number] => {
		const [x, y] = worldPoint(lon, lat);
		return [(x - cx) * scale + width / 2, (y - cy) * scale + height / 2];
	};
}

/** The view that fits `bounds` ([[west, south], [east, north]]) in the image, as fitBounds does. */
export function fitBounds(
	bounds: [[number, number], [number, number]],
	width: number,
	height: number
): View {
	const [x0, y1] = worldPoint(...bounds[0]);
	const [x1, y0] = worldPoint(...bounds[1]);
	const zoom = Math.log2(Math.min(width / (x1 - x0), height / (y1 - y0)));
	return { center: lonLatOf((x0 + x1) / 2, (y0 + y1) / 2), zoom };
}
