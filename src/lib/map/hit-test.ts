/**
 * What the reader's pointer is on: a place shown that year, or the state drawn under it. A place
 * wins over the state under it; inside a coastline-detail box the detailed land decides, not the
 * coarse shapes under its sea.
 */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { isDrawnIn, type PolityRecord } from './polities';
import { LAYERS } from './style';

/** Whether the place feature `id` is shown this year (its dot drawn). */
export function placeShown(map: MapLibreMap, id: string | number | undefined): boolean {
	return Number(map.getFeatureState({ source: 'places', id }).p) > 0;
}

/**
 * The polity a click at `point` selects in `year`: a polity drawn that year, null where the
 * click is on land or detail that no polity holds that year (clear the selection), undefined
 * where there is nothing to select (a place, which opens its popup instead, or the open sea).
 */
export function clickedPolity(
	map: MapLibreMap,
	point: PointLike,
	{
		polities,
		year,
		detailLayers
	}: { polities: readonly PolityRecord[]; year: number; detailLayers: readonly string[] }
): PolityRecord | null | undefined {
	const query = (layers: string[]) => map.queryRenderedFeatures(point, { layers });
	if (query([LAYERS.places]).some((f) => placeShown(map, f.id))) return undefined;
	const detailHits = detailLayers.length ? query([...detailLayers]) : [];
	const polityIds = detailHits.length
		? detailHits.map((f) => f.properties.polity as number | undefined)
		: query([LAYERS.fill]).map((f) => f.id as number);
	if (polityIds.length === 0 && !detailHits.length) return undefined;
	const hit = polityIds
		.map((id) => (id === undefined ? undefined : polities[id]))
		.find((p) => p && isDrawnIn(p, year));
	return hit ?? null;
}

/**
 * Reports the reader's clicks: a state (or null, to clear the selection) to `select`, a place shown
 * that year to `place`. `shown` gives what the map draws at the moment of the click. The pointer
 * over a state or a place shows that it can be clicked.
 */
export function watchClicks(
	map: MapLibreMap,
	shown: () => { polities: readonly PolityRecord[]; year: number; detailLayers: readonly string[] },
	{ select, place }: { select: (polity: PolityRecord | null) => void; place: (id: string) => void }
) {
	map.on('click', (e) => {
		const hit = clickedPolity(map, e.point, shown());
		if (hit !== undefined) select(hit);
	});
	map.on('click', LAYERS.places, (e) => {
		const hit = e.features?.find((f) => placeShown(map, f.id));
		if (hit) place(String(hit.properties.place));
	});
	for (const layer of [LAYERS.places, LAYERS.fill]) {
		map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
		map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
	}
}
