/**
 * The one open place popup of a map. Its content is a node the page renders (and keeps current);
 * MapLibre only positions it. Focus goes to the popup's own text when opened by the reader, and
 * back to whatever opened it when it closes; but never into a page that does not have focus (an
 * embed driven by its host's messages shows the popup and leaves the host's focus alone).
 */
import type { Map as MapLibreMap, Popup } from 'maplibre-gl';
import type { PlaceRecord } from '$lib/places/places';

type MapLibre = typeof import('maplibre-gl');

export class PlacePopup {
	#popup: Popup | null = null;

	constructor(
		private readonly maplibre: MapLibre,
		private readonly map: MapLibreMap,
		/** Called when the reader closes the popup (not when the page replaces or removes it). */
		private readonly onClose: () => void
	) {}

	get openPlace(): string | null {
		return this.#popup?.isOpen() ? (this.#popup.getElement()?.dataset.place ?? null) : null;
	}

	/** Shows `place` with `content`; brings the place into view if it is off screen. */
	show(place: PlaceRecord, content: HTMLElement) {
		if (this.openPlace === place.id) return;
		this.close();
		const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		const popup = new this.maplibre.Popup({
			maxWidth: '340px',
			// Focus goes to the popup's own text (below), not its close button: a reader starts
			// at the place's name, whether or not the event texts have arrived yet.
			focusAfterOpen: false,
			closeOnClick: true
		})
			.setLngLat(place.coordinates)
			.setDOMContent(content)
			.addTo(this.map);
		popup.getElement().dataset.place = place.id;
		if (document.hasFocus()) {
			content.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({ preventScroll: true });
		}
		popup.on('close', () => {
			// Focus goes back to whatever opened the popup (a list entry, a tick, the map).
			const focusHere =
				content.contains(document.activeElement) || document.activeElement === document.body;
			if (document.hasFocus() && focusHere) {
				opener?.focus({ preventScroll: true });
			}
			if (this.#popup === popup) {
				this.#popup = null;
				this.onClose();
			}
		});
		this.#popup = popup;
		if (!this.map.getBounds().contains(place.coordinates)) {
			this.map.easeTo({ center: place.coordinates });
		}
	}

	close() {
		const popup = this.#popup;
		this.#popup = null;
		popup?.remove();
	}
}
