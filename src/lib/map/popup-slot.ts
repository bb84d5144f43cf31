/**
 * Where a map's place popup lives before it is needed: the popup and its placement
 * (place-popup.ts, popup-placement.ts) load when a place first opens, not with the first view.
 * A close asked for while it loads wins: the popup then does not open.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceRecord } from '$lib/places/places';
import type { PlacePopup } from './place-popup';

export class PopupSlot {
	#popup: PlacePopup | null = null;
	#loading: Promise<PlacePopup | null> | null = null;
	/** The place last asked for; null once a close is asked for. */
	#wanted: PlaceRecord | null = null;
	#make: () => Promise<PlacePopup | null>;

	/** `onclose`: the reader closed the popup; `alive`: the map still stands once it has loaded. */
	constructor(
		maplibregl: typeof import('maplibre-gl'),
		map: MapLibreMap,
		onclose: () => void,
		alive: () => boolean
	) {
		this.#make = async () => {
			const { PlacePopup } = await import('./place-popup');
			return alive() ? new PlacePopup(maplibregl, map, onclose) : null;
		};
	}

	async show(place: PlaceRecord, content: HTMLElement) {
		this.#wanted = place;
		this.#popup ??= await (this.#loading ??= this.#make());
		if (this.#wanted === place) this.#popup?.show(place, content);
	}

	close() {
		this.#wanted = null;
		this.#popup?.close();
	}
}
