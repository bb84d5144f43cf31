/**
 * The names on one map: which of the build's placed sets shows (by year, zoom band and presenter
 * mode), written as feature-state, and how large names and dots are drawn in presenter mode.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { placeRadius } from '$lib/map/place-layers';
import { labelSizes } from './label-layers';
import { PRESENTER_SCALE } from './label-sizes';
import type { LabelData } from './labels';
import { LAYERS } from './style';
import { writeLabels, type LabelsShown } from './year-writer';

export class MapLabels {
	readonly data: LabelData;
	#map: MapLibreMap;
	#shown: LabelsShown | null = null;
	#year: number | null = null;
	#presenting = false;

	constructor(map: MapLibreMap, data: LabelData) {
		this.#map = map;
		this.data = data;
	}

	/** Shows the names placed for `year` at the map's zoom (writes only those that change). */
	show(year: number) {
		this.#year = year;
		this.#shown = writeLabels(this.#map, this.data, this.#shown, year, this.#presenting);
	}

	/** After a zoom: the names placed for the band it is now in, if that changed. */
	rezoom() {
		if (this.#year !== null) this.show(this.#year);
	}

	/**
	 * Presenter mode: names and place dots a quarter larger for the back of the room, and the set
	 * placed for that size, so they still never collide. The names are laid out once.
	 */
	present(on: boolean) {
		if (on === this.#presenting) return;
		this.#presenting = on;
		for (const [layer, size] of labelSizes(on))
			this.#map.setLayoutProperty(layer, 'text-size', size);
		this.#map.setPaintProperty(
			LAYERS.places,
			'circle-radius',
			placeRadius(on ? PRESENTER_SCALE : 1)
		);
		this.rezoom();
	}
}
