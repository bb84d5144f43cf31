/**
 * Coastline detail for the map zoomed in (geodata/steps/detail.ts builds it from Natural Earth
 * 10m). Loaded with this module, on first zoom past DETAIL_ZOOM: never in the first view.
 *
 * Drawn over the coarse polities and under the disputed outline, labels and places: each region
 * box first as sea (hiding the coarse coast inside it), then the detailed land with the style's
 * own polity layers re-pointed at it, so classes, hatch, contested mark and selection look alike.
 * Each land piece mirrors the feature-state of the polity it belongs to (`polity`, a coarse
 * feature id); pieces no polity holds (the Spratlys' claimed islets) are drawn uncoded.
 */
import type {
	FilterSpecification,
	GeoJSONSource,
	LayerSpecification,
	Map as MapLibreMap
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import detailUrl from '$lib/generated/detail.topo.json?url';
import { STATE_NOT_CODED } from '$lib/relations/year-codes';
import { stateChanges, type PolityRecord } from './polities';
import { LAYERS, SEA_COLOUR } from './style';
import type { PolityFlag } from './year-writer';

export const DETAIL_SOURCE = 'detail';
/** Below this the detail is drawn (layers' minzoom), so the switch happens off screen's notice. */
export const DETAIL_MIN_ZOOM = 4.5;

export const DETAIL_LAYERS = {
	sea: 'detail-sea',
	fill: `detail-${LAYERS.fill}`
} as const;

export interface DetailData {
	/** Land pieces (numeric ids) and their outlines (the same ids, property `line`). */
	shapes: FeatureCollection;
	sea: FeatureCollection;
	disputed: FeatureCollection;
	/** Land piece ids by the polity id they mirror. */
	byPolity: Map<number, number[]>;
	/** Land piece ids that mirror no polity. */
	unowned: number[];
}

export async function loadDetail(polities: readonly PolityRecord[]): Promise<DetailData> {
	const response = await fetch(detailUrl);
	if (!response.ok) throw new Error(`The coastline detail did not load (HTTP ${response.status}).`);
	const topology = (await response.json()) as Topology;
	return detailData(topology, polities);
}

/** The detail topology as the map's sources, each piece carrying its polity's properties. */
export function detailData(topology: Topology, polities: readonly PolityRecord[]): DetailData {
	const object = (name: string) =>
		feature(topology, topology.objects[name] as GeometryCollection) as FeatureCollection;
	const land = object('land');
	const byPolity = new Map<number, number[]>();
	const unowned: number[] = [];
	for (const f of land.features) {
		const polity = (f.properties as { polity?: number }).polity;
		if (polity === undefined) unowned.push(f.id as number);
		else byPolity.set(polity, [...(byPolity.get(polity) ?? []), f.id as number]);
		// The polity's own properties, so the style's `codes`-reading expressions work here too.
		if (polity !== undefined) f.properties = { ...polities[polity], id: undefined, polity };
	}
	const lines = object('lines');
	for (const f of lines.features) f.properties = { ...f.properties, line: true };
	return {
		shapes: { type: 'FeatureCollection', features: [...land.features, ...lines.features] },
		sea: object('sea'),
		disputed: object('disputed'),
		byPolity,
		unowned
	};
}

const isLine: FilterSpecification = ['has', 'line'];
const isLand: FilterSpecification = ['!', ['has', 'line']];

/**
 * The style's polity layers re-pointed at the detail: same paint, new ids, fills drawing the
 * land pieces and lines their outlines (not the box cuts), under a sea-coloured cover of the boxes.
 */
export function detailLayers(styleLayers: readonly LayerSpecification[]): LayerSpecification[] {
	const polityLayers = styleLayers.filter(
		(l): l is LayerSpecification & { source: string } => 'source' in l && l.source === 'polities'
	);
	return [
		{
			id: DETAIL_LAYERS.sea,
			type: 'fill',
			source: `${DETAIL_SOURCE}-sea`,
			minzoom: DETAIL_MIN_ZOOM,
			paint: { 'fill-color': SEA_COLOUR, 'fill-antialias': false }
		},
		...polityLayers.map((l) => {
			const own = l.type === 'line' ? isLine : isLand;
			const filter =
				'filter' in l && l.filter ? (['all', l.filter, own] as FilterSpecification) : own;
			return {
				...l,
				id: `detail-${l.id}`,
				source: DETAIL_SOURCE,
				minzoom: Math.max(l.minzoom ?? 0, DETAIL_MIN_ZOOM),
				filter
			} as LayerSpecification;
		})
	];
}

/** What the year writer needs of the detail: its feature-state mirrors the polities'. */
export class DetailOverlay {
	constructor(readonly data: DetailData) {}

	/** Adds the sources and layers, under the disputed outline; swaps in the detailed disputed areas. */
	addTo(map: MapLibreMap, styleLayers: readonly LayerSpecification[]) {
		map.addSource(DETAIL_SOURCE, { type: 'geojson', data: this.data.shapes, tolerance: 0.2 });
		map.addSource(`${DETAIL_SOURCE}-sea`, { type: 'geojson', data: this.data.sea });
		for (const layer of detailLayers(styleLayers)) map.addLayer(layer, LAYERS.disputedCasing);
		(map.getSource('disputed') as GeoJSONSource | undefined)?.setData(this.data.disputed);
		for (const id of this.data.unowned) {
			map.setFeatureState({ source: DETAIL_SOURCE, id }, { c: STATE_NOT_CODED, k: false });
		}
	}

	/** The same writes as the polities' from `from` (null: all) to `to`, on their pieces. */
	writeYear(map: MapLibreMap, polities: readonly PolityRecord[], from: number | null, to: number) {
		for (const { id, c, k } of stateChanges(polities, from, to)) {
			for (const piece of this.data.byPolity.get(id) ?? []) {
				map.setFeatureState({ source: DETAIL_SOURCE, id: piece }, { c, k });
			}
		}
	}

	/** The outline (`selected`) or the hiding (`h`) of the polities, on their pieces. */
	writeFlag(
		map: MapLibreMap,
		polities: readonly PolityRecord[],
		flag: PolityFlag,
		states: readonly string[]
	) {
		for (const [polity, pieces] of this.data.byPolity) {
			const on = states.includes(polities[polity].state);
			for (const piece of pieces)
				map.setFeatureState({ source: DETAIL_SOURCE, id: piece }, { [flag]: on });
		}
	}

	/** The polity id under a rendered detail feature, if any. */
	static polityOf(properties: Record<string, unknown>): number | undefined {
		return typeof properties.polity === 'number' ? properties.polity : undefined;
	}
}
