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
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
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

/** The part of a shape inside a box, or null. */
export function clipToBox(
	geometry: Polygon | MultiPolygon,
	box: DetailRegion['box'],
	pad = 0
): Polygon | MultiPolygon | null {
	const [w, s, e, n] = box;
	// Cheap reject before the polygon clipper: no vertex near the box.
	const near = polygonsOf(geometry).some((p) =>
		p[0].some(([lon, lat]) => lon >= w - 5 && lon <= e + 5 && lat >= s - 5 && lat <= n + 5)
	);
	if (!near) return null;
	const clipped = intersect(
		featureCollection([
			{ type: 'Feature', properties: {}, geometry },
			turfPolygon([boxRing(box, pad)])
		])
	);
	return clipped ? clipped.geometry : null;
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
		const planar = planarFeature(shape);
		if (!planar) return;
		for (const region of regions) {
			const geometry = clipToBox(planar.geometry, region.box, LAND_OVERLAP);
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
 * The 10m countries split in two: a topology buildPolities can read (every country it can name),
 * and the id-less features no config entry names (claimed islets), as plain features.
 */
export function detailWorld(
	world: Topology,
	numericToAlpha3: (n: string) => string | undefined,
	config: PolityConfig
): { topology: Topology; unowned: Feature<Polygon | MultiPolygon>[] } {
	const countries = world.objects.countries as GeometryCollection<{ name?: string }>;
	const named = (g: (typeof countries.geometries)[number]) =>
		g.id !== undefined
			? numericToAlpha3(String(g.id)) !== undefined
			: config.unnamed[(g.properties as { name?: string } | undefined)?.name ?? ''] !== undefined;
	const unowned = countries.geometries
		.filter((g) => !named(g) && g.type !== null)
		.map((g) => feature(world, g) as Feature<Polygon | MultiPolygon>);
	return {
		topology: {
			...world,
			objects: { countries: { ...countries, geometries: countries.geometries.filter(named) } }
		},
		unowned
	};
}
