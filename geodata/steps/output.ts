/**
 * The generated files the site loads: one compact TopoJSON of polities (with label points), and
 * the year table of classes. Output is deterministic: same inputs, same bytes.
 */
import polylabel from 'polylabel';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import { FIRST_YEAR, LAST_YEAR, classIndex } from '../../src/lib/relations/classes.ts';
import type { RelationFile } from '../schema.ts';
import { classByYear } from '../timeline.ts';
import type { PolityFeature } from './polities.ts';

/** Per-year code of a polity: a class index digit, '-' not drawn that year, 'u' drawn but not coded. */
export const NOT_DRAWN = '-';
export const NOT_CODED = 'u';

export function yearCodes(start: number, end: number, relation: RelationFile | undefined): string {
	const classes = relation ? classByYear(relation.intervals) : [];
	let codes = '';
	for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
		if (year < start || year >= end) codes += NOT_DRAWN;
		else {
			const c = classes[year - FIRST_YEAR];
			codes += c === undefined ? NOT_CODED : String(classIndex(c));
		}
	}
	return codes;
}

function ringArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) {
		sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
	}
	return Math.abs(sum / 2);
}

/** Where a polity's name goes: the pole of inaccessibility of its largest polygon. */
export function labelPoint(geometry: Polygon | MultiPolygon): { point: Position; area: number } {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let best = polygons[0];
	let bestArea = -1;
	let total = 0;
	for (const p of polygons) {
		const a = ringArea(p[0]);
		total += a;
		if (a > bestArea) {
			best = p;
			bestArea = a;
		}
	}
	const [lon, lat] = polylabel(best, 0.05);
	const round = (n: number) => Math.round(n * 100) / 100;
	return { point: [round(lon), round(lat)], area: Math.round(total) };
}

export interface OutputOptions {
	/** Minimum planar triangle area (square degrees) a vertex must carry to survive simplification. */
	minWeight: number;
	quantization: number;
	/** Polities whose names are drawn. */
	labelled: Set<string>;
}

/**
 * Builds the topology the site ships: object `polities` (numeric ids in sorted order, properties
 * iso, name, start, end, codes) and object `labels` (points, same properties plus area).
 */
export function polityTopology(
	polities: PolityFeature[],
	relations: Map<string, RelationFile>,
	options: OutputOptions
): Topology {
	const features = polities.map((f, id) => ({
		...f,
		id,
		properties: {
			...f.properties,
			codes: yearCodes(f.properties.start, f.properties.end, relations.get(f.properties.iso))
		}
	}));
	const labels: Feature<Point>[] = features
		.filter((f) => options.labelled.has(f.properties.iso))
		.map((f) => {
			const { point, area } = labelPoint(f.geometry);
			return {
				type: 'Feature',
				id: f.id,
				properties: {
					iso: f.properties.iso,
					name: f.properties.name,
					start: f.properties.start,
					end: f.properties.end,
					area
				},
				geometry: { type: 'Point', coordinates: point }
			};
		});
	const collections: Record<string, FeatureCollection> = {
		polities: { type: 'FeatureCollection', features },
		labels: { type: 'FeatureCollection', features: labels }
	};
	const topo = topology(collections) as unknown as Topology<Objects<object>>;
	// Simplify in degrees, then quantize: simplify() returns absolute coordinates.
	return quantize(simplify(presimplify(topo), options.minWeight), options.quantization);
}
