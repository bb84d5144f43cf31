/**
 * When and where each coded state is drawn as a shape of its own, read from the map's topology at
 * build time (the quiz page's data), so a question asks only about a state the map can hide, and
 * frames it. A state merged into another in some years (East Timor in Indonesia 1976–1999,
 * Bangladesh in Pakistan to 1971) or governed from Moscow has no span of its own then.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** [[west, south], [east, north]] in degrees. */
export type Bounds = [[number, number], [number, number]];

export interface DrawnSpan {
	/** The coded state whose class the shape shows (North Vietnam's shape is VNM's). */
	state: string;
	/** First year drawn. */
	start: number;
	/** First year no longer drawn (exclusive). */
	end: number;
	bounds: Bounds;
}

function positions(geometry: Geometry): Position[] {
	switch (geometry.type) {
		case 'Polygon':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
		default:
			return [];
	}
}

/** The box around a shape (no coded state crosses the antimeridian). */
export function boundsOf(geometry: Geometry): Bounds {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lon, lat] of positions(geometry)) {
		w = Math.min(w, lon);
		e = Math.max(e, lon);
		s = Math.min(s, lat);
		n = Math.max(n, lat);
	}
	return [
		[w, s],
		[e, n]
	];
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The spans of the coded states' shapes in the map's topology (its `polities` object). */
export function drawnSpans(topology: Topology, coded: ReadonlySet<string>): DrawnSpan[] {
	const polities = feature(
		topology,
		topology.objects.polities as GeometryCollection
	) as FeatureCollection;
	return polities.features
		.map((f: Feature) => f.properties as { state: string; start: number; end: number } | null)
		.flatMap((p, i) => {
			const geometry = polities.features[i].geometry;
			if (!p || !coded.has(p.state) || !geometry) return [];
			const [[w, s], [e, n]] = boundsOf(geometry);
			return [
				{
					state: p.state,
					start: p.start,
					end: p.end,
					bounds: [
						[round(w), round(s)],
						[round(e), round(n)]
					] as Bounds
				}
			];
		});
}
