/**
 * Coastline detail for the map zoomed in: the polities rebuilt from Natural Earth 10m and cut to a
 * few regional boxes round the places where 50m shows islands as jagged triangles (the Kurils,
 * Korea, Cam Ranh Bay, the Spratlys). The site fetches it only past zoom 5 (src/lib/map/detail.ts)
 * and draws it over the coarse map: each box first as sea, then its detailed land.
 *
 * Each land piece is one polity's shape (the same config, merges and cut lines as the 50m build)
 * and names that polity's feature id in the coarse topology, so the page copies the polity's
 * year state to it. Land that no polity holds at 10m (Natural Earth's "Spratly Is.", "Scarborough
 * Reef": claimed by several states) carries no polity and is drawn uncoded.
 */
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import {
	featureCollection,
	multiPolygon as turfMultiPolygon,
	polygon as turfPolygon
} from '@turf/helpers';
import intersect from '@turf/intersect';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { planarFeature } from './planar.ts';
import { OPEN_END, type PolityConfig, type PolityFeature } from './polities.ts';

/** A box [west, south, east, north] drawn from 10m; edges chosen to fall in open sea where they can. */
export interface DetailRegion {
	id: string;
	box: [number, number, number, number];
}

export const DETAIL_REGIONS: DetailRegion[] = [
	// Korea, Tsushima, the Tumen mouth; Kyushu's north and Honshu's western tip are cut at 131E.
	{ id: 'korea', box: [124, 33, 131, 43.5] },
	// Vladivostok and the Primorye coast up to the Tatar Strait.
	{ id: 'primorye', box: [131, 41.5, 139, 48] },
	// Hokkaido, the Kurils (the disputed southern four), Sakhalin, Kamchatka's tip.
	{ id: 'kurils', box: [139, 41, 157.5, 54.8] },
	// Vietnam's coast from Phu Quoc to the Gulf of Tonkin, Hainan, the Paracels and Spratlys.
	{ id: 'south-china-sea', box: [103.5, 7.5, 118, 22] }
];

/**
 * How far the land reaches past its box (degrees). Sea mask and land share an edge would leave a
 * faint antialiased seam over land; land reaching a little further covers it.
 */
const LAND_OVERLAP = 0.02;

/** A land piece before output: its polity (coarse feature id), or none. */
export interface DetailProps {
	polity?: number;
	region: string;
}

type Ring = Position[];

function boxRing([w, s, e, n]: DetailRegion['box'], pad = 0): Ring {
	return [
		[w - pad, s - pad],
		[e + pad, s - pad],
		[e + pad, n + pad],
		[w - pad, n + pad],
		[w - pad, s - pad]
	];
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * One ring cut to an axis-aligned box (Sutherland-Hodgman, one box side at a time). Where a
 * concave ring leaves and re-enters, the result runs along the box side and back: zero area, and
 * outlineWithoutBox leaves those stretches out. Null when nothing of the ring is inside.
 */
export function clipRing(ring: Ring, [w, s, e, n]: DetailRegion['box']): Ring | null {
	const sides: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
		[(p) => p[0] >= w, (a, b) => at(a, b, 0, w)],
		[(p) => p[0] <= e, (a, b) => at(a, b, 0, e)],
		[(p) => p[1] >= s, (a, b) => at(a, b, 1, s)],
		[(p) => p[1] <= n, (a, b) => at(a, b, 1, n)]
	];
	let points = ring.slice(0, -1);
	for (const [inside, cross] of sides) {
		if (points.length === 0) return null;
		const out: Position[] = [];
		points.forEach((p, i) => {
			const prev = points[(i + points.length - 1) % points.length];
			if (inside(p)) {
				if (!inside(prev)) out.push(cross(prev, p));
				out.push(p);
			} else if (inside(prev)) out.push(cross(prev, p));
		});
		points = out;
	}
	if (points.length < 3) return null;
	return [...points, points[0]];
}

/** Where segment a-b meets the line where coordinate `axis` equals `value`. */
function at(a: Position, b: Position, axis: 0 | 1, value: number): Position {
	const t = (value - a[axis]) / (b[axis] - a[axis]);
	const other = 1 - axis;
	const p: Position = [0, 0];
	p[axis] = value;
	p[other] = a[other] + t * (b[other] - a[other]);
	return p;
}

/** A shape's rings cut to its box widened by a degree each way (zero-width stretches and all). */
function roughClip(
	geometry: Polygon | MultiPolygon,
	[w, s, e, n]: DetailRegion['box']
): MultiPolygon | null {
	const wide: DetailRegion['box'] = [w - 1, s - 1, e + 1, n + 1];
	const polygons = polygonsOf(geometry).flatMap(([outer, ...holes]) => {
		const clipped = clipRing(outer, wide);
		if (!clipped) return [];
		return [[clipped, ...holes.map((h) => clipRing(h, wide)).filter((h) => h !== null)]];
	});
	return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/**
 * The part of a shape inside a box, or null. Rings are first cut to a wider box (cheap, but it
 * leaves zero-width stretches along the cut), then the polygon clipper cuts that small remainder
 * exactly, so no sliver runs along the box's side.
 */
export function clipToBox(
	geometry: Polygon | MultiPolygon,
	box: DetailRegion['box'],
	pad = 0
): Polygon | MultiPolygon | null {
	const [w, s, e, n] = [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
	const wide: DetailRegion['box'] = [w - 1, s - 1, e + 1, n + 1];
	const inside: Position[][][] = [];
	const crossing: Position[][][] = [];
	for (const polygon of polygonsOf(geometry)) {
		const [outer, ...holes] = polygon;
		// Most islands lie wholly inside: they need no cutting.
		if (outer.every(([lon, lat]) => lon >= w && lon <= e && lat >= s && lat <= n)) {
			inside.push(polygon);
			continue;
		}
		const clipped = clipRing(outer, wide);
		if (clipped)
			crossing.push([clipped, ...holes.map((h) => clipRing(h, wide)).filter((h) => h !== null)]);
	}
	const cut = crossing.length
		? intersect(
				featureCollection<Polygon | MultiPolygon>([
					turfMultiPolygon(crossing),
					turfPolygon([boxRing(box, pad)])
				])
			)
		: null;
	const polygons = [...inside, ...(cut ? polygonsOf(cut.geometry) : [])];
	if (polygons.length === 0) return null;
	return polygons.length === 1
		? { type: 'Polygon', coordinates: polygons[0] }
		: { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * A clipped shape's outline without the stretches that run along the box's edge: the coast and
 * borders to draw, not the cut.
 */
export function outlineWithoutBox(
	geometry: Polygon | MultiPolygon,
	box: DetailRegion['box'],
	pad = 0
): Position[][] {
	const [w, s, e, n] = [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
	const eps = 1e-9;
	const onEdge = (a: Position, b: Position) =>
		(Math.abs(a[0] - w) < eps && Math.abs(b[0] - w) < eps) ||
		(Math.abs(a[0] - e) < eps && Math.abs(b[0] - e) < eps) ||
		(Math.abs(a[1] - s) < eps && Math.abs(b[1] - s) < eps) ||
		(Math.abs(a[1] - n) < eps && Math.abs(b[1] - n) < eps);
	const lines: Position[][] = [];
	for (const polygon of polygonsOf(geometry))
		for (const ring of polygon) {
			// Start the walk at a cut edge when there is one, so a line never wraps round the ring's start.
			const cut = ring.findIndex((p, i) => i > 0 && onEdge(ring[i - 1], p));
			const start = cut === -1 ? 0 : cut;
			const walk = [...ring.slice(start), ...ring.slice(1, start + 1)];
			let line: Position[] = [walk[0]];
			for (let i = 1; i < walk.length; i++) {
				if (onEdge(walk[i - 1], walk[i])) {
					if (line.length > 1) lines.push(line);
					line = [walk[i]];
				} else line.push(walk[i]);
			}
			if (line.length > 1) lines.push(line);
		}
	return lines;
}

export interface DetailOptions {
	/** Minimum planar triangle area (square degrees) a vertex must carry to survive. */
	minWeight: number;
	quantization: number;
}

/**
 * The detail topology: objects `land` (polygons, numeric ids, properties `polity` and `region`),
 * `lines` (the same ids: each land piece's coast and borders, not its cut), `sea` (the boxes) and
 * `disputed` (the detailed disputed areas).
 *
 * `polities10m`: the polities built from 10m (spherical); `coarse`: the 50m polities in the
 * order of their feature ids, so each piece finds its polity by iso and years.
 */
export function detailTopology(
	polities10m: PolityFeature[],
	coarse: PolityFeature[],
	unowned: Feature<Polygon | MultiPolygon>[],
	disputed: Feature<Polygon | MultiPolygon>[],
	options: DetailOptions,
	regions: DetailRegion[] = DETAIL_REGIONS
): Topology {
	const idOf = new Map(
		coarse.map((p, id) => [`${p.properties.iso}/${p.properties.start}/${p.properties.end}`, id])
	);
	const pieces: { geometry: Polygon | MultiPolygon; props: DetailProps }[] = [];
	const add = (shape: Feature<Polygon | MultiPolygon>, polity: number | undefined) => {
		for (const region of regions) {
			// Cut the spherical shape roughly first (no box comes near the antimeridian), so the
			// planar fix and the exact clip see only what is near the box.
			const near = roughClip(shape.geometry, region.box);
			const planar = near && planarFeature({ ...shape, geometry: near });
			const geometry = planar && clipToBox(planar.geometry, region.box, LAND_OVERLAP);
			if (geometry) pieces.push({ geometry, props: { polity, region: region.id } });
		}
	};
	for (const p of polities10m) {
		const { iso, start, end } = p.properties;
		const id = idOf.get(`${iso}/${start}/${end}`);
		if (id === undefined) continue; // a polity the coarse map leaves out (outside its region)
		add(p, id);
	}
	for (const f of unowned) add(f, undefined);

	const land = pieces.map(({ geometry, props }, id) => ({
		type: 'Feature' as const,
		id,
		properties: props,
		geometry
	}));
	const regionOf = new Map(regions.map((r) => [r.id, r]));
	const lines = land.flatMap((f) => {
		const coordinates = outlineWithoutBox(
			f.geometry,
			regionOf.get(f.properties.region)!.box,
			LAND_OVERLAP
		);
		return coordinates.length
			? [
					{
						type: 'Feature' as const,
						id: f.id,
						properties: {},
						geometry: { type: 'MultiLineString' as const, coordinates }
					}
				]
			: [];
	});
	const sea = regions.map((r) => ({
		type: 'Feature' as const,
		properties: { region: r.id },
		geometry: { type: 'Polygon' as const, coordinates: [boxRing(r.box)] }
	}));
	const topo = presimplify(
		topology({
			land: featureCollection(land as Feature<Polygon | MultiPolygon>[]),
			lines: featureCollection(lines as unknown as Feature<LineString>[]),
			sea: featureCollection(sea),
			disputed: featureCollection(disputed.map((d) => planarFeature(d)).filter((d) => d !== null))
		}) as unknown as Topology<Objects<object>>
	);
	return quantize(simplify(topo, options.minWeight), options.quantization);
}

/** The year span a land piece is drawn in (its polity's), for tests. */
export function pieceYears(
	piece: DetailProps,
	coarse: PolityFeature[]
): { start: number; end: number } {
	if (piece.polity === undefined) return { start: 0, end: OPEN_END };
	const { start, end } = coarse[piece.polity].properties;
	return { start, end };
}

/** The land pieces of a detail topology, by object name (tests and the page read them alike). */
export type DetailObjects = Record<'land' | 'lines' | 'sea' | 'disputed', GeometryCollection>;

/**
 * What the detail is built from: the 10m countries with land near a region box (with every other
 * part of a historical polity they belong to, so the USSR merges whole) and the config cut down
 * to them; and, apart, the id-less features no config entry names (claimed islets).
 */
export function detailWorld(
	world: Topology,
	numericToAlpha3: (n: string) => string | undefined,
	config: PolityConfig,
	regions: DetailRegion[] = DETAIL_REGIONS
): { topology: Topology; config: PolityConfig; unowned: Feature<Polygon | MultiPolygon>[] } {
	const countries = world.objects.countries as GeometryCollection<{ name?: string }>;
	type Country = (typeof countries.geometries)[number];
	const isoOf = (g: Country) =>
		g.id !== undefined
			? numericToAlpha3(String(g.id))
			: config.unnamed[(g.properties as { name?: string } | undefined)?.name ?? ''];
	const shapes = new Map<Country, Feature<Polygon | MultiPolygon>>();
	const shapeOf = (g: Country) => {
		if (!shapes.has(g)) shapes.set(g, feature(world, g) as Feature<Polygon | MultiPolygon>);
		return shapes.get(g)!;
	};
	const near = (g: Country) =>
		g.type !== null &&
		regions.some((r) => clipRing(boxRing(r.box, 1), bboxOf(shapeOf(g).geometry)) !== null);
	const nearIsos = new Set(countries.geometries.filter(near).map(isoOf));
	const historical = config.historical.filter((h) => h.parts.some((iso) => nearIsos.has(iso)));
	const wanted = new Set([...nearIsos, ...historical.flatMap((h) => h.parts)]);
	const unowned = countries.geometries
		.filter((g) => isoOf(g) === undefined && near(g))
		.map(shapeOf);
	return {
		topology: {
			...world,
			objects: {
				countries: {
					...countries,
					geometries: countries.geometries.filter((g) => {
						const iso = isoOf(g);
						return iso !== undefined && wanted.has(config.alias[iso] ?? iso);
					})
				}
			}
		},
		config: { ...config, historical },
		unowned
	};
}

/** A shape's bounding box, as [west, south, east, north]. */
function bboxOf(geometry: Polygon | MultiPolygon): DetailRegion['box'] {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const polygon of polygonsOf(geometry))
		for (const [lon, lat] of polygon[0]) {
			w = Math.min(w, lon);
			e = Math.max(e, lon);
			s = Math.min(s, lat);
			n = Math.max(n, lat);
		}
	return [w, s, e, n];
}
