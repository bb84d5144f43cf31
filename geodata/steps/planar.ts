/**
 * Makes world-atlas geometry safe for a planar renderer.
 *
 * world-atlas is stitched for d3's spherical projections: a ring that crosses the antimeridian
 * jumps from +180 to -180 (MapLibre then draws a band across the whole map), and 50m Antarctica
 * is a tiny ring round the pole with the real coastline as its hole. Here each ring is unwrapped
 * so no edge spans more than 180 degrees (longitudes beyond +-180 are fine for MapLibre), a ring
 * that then circles a pole is closed through that pole, and each polygon is shifted by whole
 * turns so its outer ring is centred in [-180, 180]. Holes move with their outer ring.
 */
import rewind from '@turf/rewind';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

const POLAR_LATITUDE = 89.9;

/** A ring that lies entirely within a hair of a pole (world-atlas's polar cap artefact). */
export function isPolarCap(ring: Ring): boolean {
	return ring.every(([, lat]) => Math.abs(lat) > POLAR_LATITUDE);
}

/** Removes +-360 jumps so consecutive longitudes never differ by more than 180. */
export function unwrapRing(ring: Ring): Ring {
	const out: Ring = [];
	let offset = 0;
	ring.forEach(([lon, lat], i) => {
		if (i > 0) {
			const prev = ring[i - 1][0];
			const step = lon - prev;
			if (step > 180) offset -= 360;
			else if (step < -180) offset += 360;
		}
		out.push([lon + offset, lat]);
	});
	return out;
}

/**
 * After unwrapping, a ring round a pole ends a full turn from where it began: close it along the
 * pole so it becomes an ordinary planar polygon.
 */
export function closeAroundPole(ring: Ring): Ring {
	const first = ring[0];
	const last = ring[ring.length - 1];
	if (Math.abs(last[0] - first[0]) < 180) {
		if (last[0] !== first[0] || last[1] !== first[1]) return [...ring, first];
		return ring;
	}
	const meanLat = ring.reduce((sum, [, lat]) => sum + lat, 0) / ring.length;
	const pole = meanLat < 0 ? -90 : 90;
	return [...ring, [last[0], pole], [first[0], pole], first];
}

function lonRange(ring: Ring): [number, number] {
	let min = Infinity;
	let max = -Infinity;
	for (const [lon] of ring) {
		if (lon < min) min = lon;
		if (lon > max) max = lon;
	}
	return [min, max];
}

function shiftRing(ring: Ring, by: number): Ring {
	return by === 0 ? ring : ring.map(([lon, lat]) => [lon + by, lat]);
}

/** Whole turns that bring `centre` into [-180, 180]. */
function turnsToCentre(centre: number): number {
	return -360 * Math.round(centre / 360);
}

/** One polygon (outer ring + holes), fixed. Returns null when nothing drawable remains. */
export function planarPolygon(rings: Ring[]): Ring[] | null {
	let kept = rings;
	// A polar-cap outer ring whose hole is the real outline: promote the hole.
	if (kept.length > 1 && isPolarCap(kept[0])) kept = kept.slice(1);
	else if (kept.length === 1 && isPolarCap(kept[0])) return null;

	const [outer, ...holes] = kept.map((r) => closeAroundPole(unwrapRing(r)));
	const [min, max] = lonRange(outer);
	const shift = turnsToCentre((min + max) / 2);
	const outerCentre = (min + max) / 2 + shift;
	return [
		shiftRing(outer, shift),
		...holes.map((hole) => {
			const [hMin, hMax] = lonRange(hole);
			// Bring the hole to within half a turn of its outer ring.
			return shiftRing(hole, turnsToCentre((hMin + hMax) / 2 - outerCentre));
		})
	];
}

/** Fixes a Polygon or MultiPolygon feature; winding made RFC 7946 (outer rings counter-clockwise). */
export function planarFeature<P>(
	feature: Feature<Polygon | MultiPolygon, P>
): Feature<Polygon | MultiPolygon, P> | null {
	const polygons =
		feature.geometry.type === 'Polygon'
			? [feature.geometry.coordinates]
			: feature.geometry.coordinates;
	const fixed = polygons.map(planarPolygon).filter((p): p is Ring[] => p !== null);
	if (fixed.length === 0) return null;
	const geometry: Polygon | MultiPolygon =
		fixed.length === 1
			? { type: 'Polygon', coordinates: fixed[0] }
			: { type: 'MultiPolygon', coordinates: fixed };
	const fixedFeature = { ...feature, geometry } as Feature<Polygon | MultiPolygon>;
	return rewind(fixedFeature, { mutate: true }) as Feature<Polygon | MultiPolygon, P>;
}

/** The longest edge, in degrees of longitude, of any ring of a geometry (tests use this). */
export function longestLonEdge(geometry: Polygon | MultiPolygon): number {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let longest = 0;
	for (const polygon of polygons)
		for (const ring of polygon)
			for (let i = 1; i < ring.length; i++) {
				longest = Math.max(longest, Math.abs(ring[i][0] - ring[i - 1][0]));
			}
	return longest;
}
