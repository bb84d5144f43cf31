/**
 * The geometry the map draws, fetched once from the generated topology (imported as a URL, so the
 * first view's JavaScript does not carry it) and turned into the style's GeoJSON sources.
 */
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import topologyUrl from '$lib/generated/polities.topo.json?url';
import labelsUrl from '$lib/generated/labels.json?url';
import { labelCollection, type LabelData } from './labels';
import { PLACES } from '$lib/places/places';
import type { PolityRecord, PolityShape } from './polities';
import type { AtlasStyleInput } from './style';

export interface Geometry {
	/** The style's sources and font. */
	style: AtlasStyleInput;
	/** The polities in feature-id order, for lookups and feature-state writes. */
	records: PolityRecord[];
	/** The labels as the build placed them, per year and zoom band. */
	labels: LabelData;
}

export async function loadGeometry(): Promise<Geometry> {
	const [response, labelResponse] = await Promise.all([fetch(topologyUrl), fetch(labelsUrl)]);
	for (const r of [response, labelResponse])
		if (!r.ok) throw new Error(`The map's geometry did not load (HTTP ${r.status}).`);
	const [topology, labels] = (await Promise.all([response.json(), labelResponse.json()])) as [
		Topology,
		LabelData
	];
	const object = (name: string) =>
		feature(topology, topology.objects[name] as GeometryCollection) as FeatureCollection;
	const polities = object('polities');
	return {
		style: {
			polities,
			labels: labelCollection(labels),
			disputed: object('disputed'),
			places: {
				type: 'FeatureCollection',
				features: PLACES.map((p, id) => ({
					type: 'Feature',
					id,
					properties: { place: p.id, name: p.name, kind: p.kind },
					geometry: { type: 'Point', coordinates: p.coordinates }
				}))
			},
			// MapLibre resolves font-faces URLs itself; hand it an absolute one.
			fontUrl: new URL(fontUrl, location.href).href
		},
		records: polities.features.map((f) => ({
			...(f.properties as PolityShape & { codes: string }),
			id: f.id as number
		})),
		labels
	};
}
