/**
 * When to fetch the coastline detail: the first time the map is zoomed in past DETAIL_ZOOM. The
 * detail's own code (detail.ts) and data load then, never with the first view.
 */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { DetailOverlay } from './detail';
import type { PolityRecord } from './polities';

/** Past this zoom the coastline detail is fetched (once) and drawn. */
export const DETAIL_ZOOM = 5;

/**
 * Adds the detail to `map` the first time it is zoomed in past DETAIL_ZOOM (maybe at once), then
 * hands it to `added` with the layers a click should query, before the repaint that shows it.
 * `alive` says whether the map is still wanted when the data arrives. A failed detail is a loss of
 * sharpness, not of the map: the coarse coast stays.
 */
export function addDetailWhenZoomedIn(
	map: MapLibreMap,
	styleLayers: readonly LayerSpecification[],
	{
		polities,
		alive,
		added
	}: {
		polities: () => readonly PolityRecord[];
		alive: () => boolean;
		added: (detail: DetailOverlay, clickLayers: string[]) => void;
	}
) {
	const add = async () => {
		try {
			const { DetailOverlay, DETAIL_LAYERS, loadDetail } = await import('./detail');
			const detail = new DetailOverlay(await loadDetail(polities()));
			if (!alive()) return;
			detail.addTo(map, styleLayers);
			added(detail, [DETAIL_LAYERS.fill, DETAIL_LAYERS.sea]);
			map.triggerRepaint();
		} catch (e) {
			console.warn('map detail:', e);
		}
	};
	const check = () => {
		if (map.getZoom() < DETAIL_ZOOM) return;
		map.off('zoom', check);
		void add();
	};
	map.on('zoom', check);
	check();
}
