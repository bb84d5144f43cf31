/**
 * The generated files the site loads: one compact TopoJSON of polities (with label points), and
 * the year table of classes. Label points are placed separately (labels.ts). Output is deterministic: same inputs, same bytes.
 */
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import { classIndex } from '../../src/lib/codebook/classes.ts';
import { encodeYearCode } from '../../src/lib/relations/year-codes.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../src/lib/years/years.ts';
import type { RelationFile } from '../../src/lib/codebook/relation-file.ts';
import type { Reading, StateCoding } from '../../src/lib/codebook/readings.ts';
import type { PolityFeature } from './polities.ts';

/** A coded state: its authored file and both readings derived from it (codebook/readings.ts). */
export interface CodedState {
	file: RelationFile;
	coding: StateCoding;
}

/**
 * A polity's year codes in one reading (the alphabet is in src/lib/relations/year-codes.ts). A
 * year is marked contested when the interval that explains it carries a contested reading.
 */
export function yearCodes(
	start: number,
	end: number,
	coded: CodedState | undefined,
	reading: Reading = 'assessed'
): string {
	let codes = '';
	for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
		const y = coded?.coding.years[year - FIRST_YEAR];
		const interval = y ? coded!.file.intervals[y.interval] : undefined;
		codes += encodeYearCode(
			year < start || year >= end
				? { drawn: false }
				: y
					? {
							drawn: true,
							classIndex: classIndex(y[reading].class),
							contested: !!interval?.contested
						}
					: { drawn: true }
		);
	}
	return codes;
}

export interface OutputOptions {
	/** Disputed areas drawn with their own outline (the southern Kurils). */
	disputed: Feature<Polygon | MultiPolygon>[];
	/** Minimum planar triangle area (square degrees) a vertex must carry to survive simplification. */
	minWeight: number;
	/**
	 * The same threshold for arcs that border only uncoded context polities (Europe, Africa, the
	 * Americas, Oceania): drawn for orientation at the edge of the view, so coarser is fine.
	 */
	contextMinWeight: number;
	quantization: number;
}

/**
 * Builds the topology the site ships: object `polities` (numeric ids in sorted order, properties
 * iso, name, start, end, codes).
 */
export function polityTopology(
	polities: PolityFeature[],
	relations: Map<string, CodedState>,
	options: OutputOptions
): Topology {
	const features = polities.map((f, id) => {
		const { start, end, state } = f.properties;
		const codes = yearCodes(start, end, relations.get(state));
		const formal = yearCodes(start, end, relations.get(state), 'formal');
		// The formal reading travels only where it differs, so the first view stays as light.
		return {
			...f,
			id,
			properties: { ...f.properties, codes, ...(formal !== codes && { formal }) }
		};
	});
	const collections: Record<string, FeatureCollection> = {
		polities: { type: 'FeatureCollection', features },
		disputed: { type: 'FeatureCollection', features: options.disputed }
	};
	const topo = presimplify(topology(collections) as unknown as Topology<Objects<object>>);
	coarsenContextArcs(topo, options.contextMinWeight, (f) => relations.has(f.state));
	// Simplify in degrees, then quantize: simplify() returns absolute coordinates.
	return quantize(simplify(topo, options.minWeight), options.quantization);
}

/**
 * Drops the weight of every vertex below `threshold` on arcs that no coded polity uses, so the
 * global simplification removes them: the context's coastlines cost bytes and show little.
 */
function coarsenContextArcs(
	topo: Topology,
	threshold: number,
	coded: (properties: { state: string }) => boolean
) {
	const keep = new Set<number>();
	const collect = (arcs: unknown): void => {
		if (typeof arcs === 'number') keep.add(arcs < 0 ? ~arcs : arcs);
		else if (Array.isArray(arcs)) arcs.forEach(collect);
	};
	const polities = topo.objects.polities as unknown as {
		geometries: { properties: { state: string }; arcs?: unknown }[];
	};
	for (const g of polities.geometries) if (coded(g.properties)) collect(g.arcs);
	const disputed = topo.objects.disputed as unknown as { geometries: { arcs?: unknown }[] };
	for (const g of disputed.geometries) collect(g.arcs);
	topo.arcs.forEach((arc, i) => {
		if (keep.has(i)) return;
		for (const point of arc) if ((point[2] ?? 0) < threshold) point[2] = 0;
	});
}
