/**
 * From world-atlas countries to the polities the map draws: modern states keyed by ISO alpha-3,
 * historical polities merged from their successors on shared arcs, each with [start, end) years.
 */
import { feature, merge } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type {
	GeometryCollection,
	MultiPolygon as TopoMultiPolygon,
	Polygon as TopoPolygon,
	Topology
} from 'topojson-specification';
import difference from '@turf/difference';
import { feature as turfFeature, featureCollection, polygon as turfPolygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { PolityShape } from '../../src/lib/map/polities.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../src/lib/years/years.ts';

export interface HistoricalPolity {
	id: string;
	name: string;
	from: number;
	to: number;
	parts: string[];
	/** The relation file that colours it, when not its own id (North Vietnam takes VNM's). */
	data?: string;
	/** Keep only the part inside (`within`) or outside (`outside`) one of the config's lines. */
	within?: string;
	outside?: string;
	note: string;
}

export interface CutLine {
	ring: [number, number][];
	note: string;
}

/** An area drawn as disputed: the islands of `of` that lie inside `box` [west, south, east, north]. */
export interface DisputedArea {
	id: string;
	name: string;
	of: string;
	box: [number, number, number, number];
	note: string;
}

export interface PolityConfig {
	disputed: DisputedArea[];
	asia: string[];
	historical: HistoricalPolity[];
	lines: Record<string, CutLine>;
	unnamed: Record<string, string>;
	/** Countries always drawn as part of another (Hong Kong with China). */
	alias: Record<string, string>;
	names: Record<string, string>;
	region: { west: number; east: number; south: number; north: number };
}

export type PolityFeature = Feature<Polygon | MultiPolygon, PolityShape>;

type CountryGeometry = (TopoPolygon | TopoMultiPolygon) & {
	id?: string;
	properties?: { name?: string };
};

/** One past the last year of the slider: "still drawn today". */
export const OPEN_END = LAST_YEAR + 1;

/**
 * ISO alpha-3 for a world-atlas country: its numeric id through the ISO table, or the config's
 * `unnamed` entry for the features Natural Earth leaves without one.
 */
export function alpha3Of(
	g: CountryGeometry,
	numericToAlpha3: (n: string) => string | undefined,
	unnamed: Record<string, string>
): string {
	const name = g.properties?.name ?? '';
	if (g.id === undefined) {
		const iso = unnamed[name];
		if (!iso)
			throw new Error(
				`geodata/polities.json unnamed: no alpha-3 for the id-less feature "${name}"`
			);
		return iso;
	}
	const iso = numericToAlpha3(g.id);
	if (!iso)
		throw new Error(`geodata/polities.json: no alpha-3 for world-atlas id ${g.id} ("${name}")`);
	return iso;
}

function inRegion(f: Feature<Polygon | MultiPolygon>, region: PolityConfig['region']): boolean {
	const polygons =
		f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	return polygons.some((p) =>
		p[0].some(([lon, lat]) => {
			const inLat = lat >= region.south && lat <= region.north;
			const inLon = (lon >= region.west && lon <= region.east) || lon + 360 <= region.east;
			return inLat && inLon;
		})
	);
}

/**
 * Every polity the map draws, in spherical (world-atlas) coordinates, sorted by iso then start.
 * Several world-atlas features may share an alpha-3 (N. Cyprus joins Cyprus): they are merged.
 */
export function buildPolities(
	topology: Topology,
	config: PolityConfig,
	numericToAlpha3: (n: string) => string | undefined
): PolityFeature[] {
	const countries = topology.objects.countries as GeometryCollection;
	const byIso = new Map<string, CountryGeometry[]>();
	const names = new Map<string, string>();
	for (const g of countries.geometries as CountryGeometry[]) {
		const own = alpha3Of(g, numericToAlpha3, config.unnamed);
		const iso = config.alias[own] ?? own;
		if (iso === 'ATA') continue;
		byIso.set(iso, [...(byIso.get(iso) ?? []), g]);
		// The feature carrying the ISO code names the country (not, say, "Ashmore and Cartier Is.").
		if (g.id !== undefined && own === iso && !names.has(iso))
			names.set(iso, g.properties?.name ?? iso);
	}

	const merged = (parts: string[]) => {
		const geometries = parts.flatMap((iso) => {
			const gs = byIso.get(iso);
			if (!gs)
				throw new Error(
					`geodata/polities.json historical.parts: "${iso}" is not a world-atlas country`
				);
			return gs;
		});
		return merge(topology, geometries) as MultiPolygon;
	};

	const geometryOf = (iso: string) => {
		const gs = byIso.get(iso)!;
		return gs.length === 1 ? singleGeometry(topology, gs[0]) : merged([iso]);
	};

	const modern: PolityFeature[] = [...byIso.keys()].flatMap((iso) =>
		yearsFree(iso, config.historical).map(([start, end]) => ({
			type: 'Feature' as const,
			properties: { iso, state: iso, name: config.names[iso] ?? names.get(iso) ?? iso, start, end },
			geometry: geometryOf(iso)
		}))
	);
	const historical: PolityFeature[] = config.historical.map((h) => ({
		type: 'Feature',
		properties: { iso: h.id, state: h.data ?? h.id, name: h.name, start: h.from, end: h.to },
		geometry: cut(merged(h.parts), h, config.lines)
	}));

	return [...modern.filter((f) => inRegion(f, config.region)), ...historical].sort(
		(a, b) =>
			a.properties.iso.localeCompare(b.properties.iso) || a.properties.start - b.properties.start
	);
}

/**
 * The spans of years, within [FIRST_YEAR, OPEN_END), in which no historical shape made from
 * `iso` is drawn: the years the country is drawn as itself.
 */
export function yearsFree(iso: string, historical: HistoricalPolity[]): [number, number][] {
	const taken = historical
		.filter((h) => h.parts.includes(iso))
		.map((h) => [h.from, h.to] as [number, number])
		.sort((a, b) => a[0] - b[0]);
	const spans: [number, number][] = [];
	let year = FIRST_YEAR;
	for (const [from, to] of taken) {
		if (from > year) spans.push([year, from]);
		year = Math.max(year, to);
	}
	if (year < OPEN_END) spans.push([year, OPEN_END]);
	return spans;
}

/** Keeps the side of a documented line that a historical shape asks for. */
function cut(
	geometry: MultiPolygon,
	h: HistoricalPolity,
	lines: Record<string, CutLine>
): Polygon | MultiPolygon {
	const name = h.within ?? h.outside;
	if (!name) return geometry;
	const line = lines[name];
	if (!line)
		throw new Error(`geodata/polities.json historical ${h.id}: no line "${name}" in lines`);
	const shape = turfFeature<Polygon | MultiPolygon>(geometry);
	const side = turfFeature<Polygon | MultiPolygon>(turfPolygon([line.ring]).geometry);
	const kept = h.within
		? intersect(featureCollection([shape, side]))
		: difference(featureCollection([shape, side]));
	if (!kept)
		throw new Error(
			`geodata/polities.json historical ${h.id}: nothing left after cutting along "${name}"`
		);
	return kept.geometry;
}

function singleGeometry(topology: Topology, g: CountryGeometry): Polygon | MultiPolygon {
	return (feature(topology, g) as Feature<Polygon | MultiPolygon>).geometry;
}

/** The polygons of a country that fall inside each disputed area's box, as their own features. */
export function disputedAreas(
	topology: Topology,
	numericToAlpha3: (n: string) => string | undefined,
	config: PolityConfig
): Feature<Polygon | MultiPolygon>[] {
	const countries = (topology.objects.countries as GeometryCollection)
		.geometries as CountryGeometry[];
	return config.disputed.map((area) => {
		const g = countries.find((c) => c.id !== undefined && numericToAlpha3(c.id) === area.of);
		if (!g) throw new Error(`geodata/polities.json disputed ${area.id}: no country "${area.of}"`);
		const geometry = singleGeometry(topology, g);
		const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		const [w, s, e, n] = area.box;
		const inside = polygons.filter((p) =>
			p[0].every(([lon, lat]) => lon >= w && lon <= e && lat >= s && lat <= n)
		);
		if (inside.length === 0)
			throw new Error(`geodata/polities.json disputed ${area.id}: no land inside box`);
		return {
			type: 'Feature',
			properties: { id: area.id, name: area.name },
			geometry: { type: 'MultiPolygon', coordinates: inside }
		};
	});
}
