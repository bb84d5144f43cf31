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
import { FIRST_YEAR, LAST_YEAR } from '../../src/lib/relations/classes.ts';

export interface HistoricalPolity {
	id: string;
	name: string;
	from: number;
	to: number;
	parts: string[];
	note: string;
}

export interface PolityConfig {
	asia: string[];
	historical: HistoricalPolity[];
	unnamed: Record<string, string>;
	names: Record<string, string>;
	region: { west: number; east: number; south: number; north: number };
}

export interface PolityProps {
	iso: string;
	name: string;
	/** First year drawn. */
	start: number;
	/** First year no longer drawn (exclusive). */
	end: number;
}

export type PolityFeature = Feature<Polygon | MultiPolygon, PolityProps>;

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
		const iso = alpha3Of(g, numericToAlpha3, config.unnamed);
		if (iso === 'ATA') continue;
		byIso.set(iso, [...(byIso.get(iso) ?? []), g]);
		// The feature carrying the ISO code names the country (not, say, "Ashmore and Cartier Is.").
		if (g.id !== undefined && !names.has(iso)) names.set(iso, g.properties?.name ?? iso);
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

	const firstYear = new Map<string, number>();
	for (const h of config.historical) for (const part of h.parts) firstYear.set(part, h.to);

	const modern: PolityFeature[] = [...byIso.keys()].map((iso) => ({
		type: 'Feature',
		properties: {
			iso,
			name: config.names[iso] ?? names.get(iso) ?? iso,
			start: firstYear.get(iso) ?? FIRST_YEAR,
			end: OPEN_END
		},
		geometry:
			byIso.get(iso)!.length === 1 ? singleGeometry(topology, byIso.get(iso)![0]) : merged([iso])
	}));
	const historical: PolityFeature[] = config.historical.map((h) => ({
		type: 'Feature',
		properties: { iso: h.id, name: h.name, start: h.from, end: h.to },
		geometry: merged(h.parts)
	}));

	return [...modern.filter((f) => inRegion(f, config.region)), ...historical].sort(
		(a, b) =>
			a.properties.iso.localeCompare(b.properties.iso) || a.properties.start - b.properties.start
	);
}

function singleGeometry(topology: Topology, g: CountryGeometry): Polygon | MultiPolygon {
	return (feature(topology, g) as Feature<Polygon | MultiPolygon>).geometry;
}
