/**
 * The one open place popup of a map. Its content is a node the page renders (and keeps current);
 * MapLibre only positions it, where popup-placement.ts decides: inside the map, clear of the
 * map's controls and of anything the page marks `data-covers-map` (a tour's scene card), as tall
 * as the room there (the content scrolls in the rest), the map panned once if there is no room.
 * Focus goes to the popup's own text when opened by the reader, and back to whatever opened it
 * when it closes; but never into a page that does not have focus (an embed driven by its host's
 * messages shows the popup and leaves the host's focus alone).
 */
import type { Map as MapLibreMap, Popup } from 'maplibre-gl';
import type { PlaceRecord } from '$lib/places/places';
import { EVENT_DOT, EVENT_RIM, PRESENTER_SCALE, sizeAt } from './label-sizes';
import { placePopup, type Rect } from './popup-placement';

type MapLibre = typeof import('maplibre-gl');

/** What a page marks on an element that lies over the map, for the popup to keep clear of. */
export const COVERS_MAP = 'data-covers-map';
/**
 * The custom property the popup's content reads for its height (a `max-height` of
 * `min(…, var(--popup-room, 100vh))` on the element that scrolls).
 */
export const POPUP_ROOM = '--popup-room';

/** `el`'s box in the map's pixels. */
function within(el: Element, map: DOMRect): Rect {
	const r = el.getBoundingClientRect();
	return {
		left: r.left - map.left,
		top: r.top - map.top,
		right: r.right - map.left,
		bottom: r.bottom - map.top
	};
}

export class PlacePopup {
	#popup: Popup | null = null;
	/** Undoes what the open popup listens to. */
	#unwatch: (() => void) | null = null;

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
			// Placed by #place below; this first draw is replaced before it is painted.
			anchor: 'bottom',
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
				this.#unwatch?.();
				this.#unwatch = null;
				this.onClose();
			}
		});
		this.#popup = popup;
		this.#unwatch = this.#watch(popup, content);
		if (!this.map.getBounds().contains(place.coordinates)) {
			this.map.easeTo({ center: place.coordinates });
		}
	}

	close() {
		const popup = this.#popup;
		this.#popup = null;
		this.#unwatch?.();
		this.#unwatch = null;
		popup?.remove();
	}

	/**
	 * Keeps `popup` placed: when the map moves or resizes, and when the page changes (its text
	 * arrives, another year's events, a scene card comes or grows). The map pans at most once a
	 * popup, a frame after a change (once the page has acted on it), and only while it stands
	 * still.
	 */
	#watch(popup: Popup, content: HTMLElement): () => void {
		let panned = false;
		let size: { width: number; height: number; chrome: number } | null = null;
		const place = (measure: boolean, mayPan = false) => {
			const el = popup.getElement();
			const box = el?.querySelector<HTMLElement>('.maplibregl-popup-content');
			if (!box || !popup.isOpen()) return;
			if (measure || !size) {
				// Its natural height: no room set (the content's own cap still holds).
				el.style.removeProperty(POPUP_ROOM);
				size = {
					width: box.offsetWidth,
					height: box.offsetHeight,
					chrome: box.offsetHeight - content.offsetHeight
				};
			}
			const mapBox = this.map.getContainer().getBoundingClientRect();
			const covers = [
				...this.map.getContainer().querySelectorAll('.maplibregl-ctrl'),
				...document.querySelectorAll(`[${COVERS_MAP}]`)
			]
				.filter((c) => c.checkVisibility())
				.map((c) => within(c, mapBox))
				.filter((r) => r.right > r.left && r.bottom > r.top);
			const point = this.map.project(popup.getLngLat());
			const placed = placePopup({
				width: mapBox.width,
				height: mapBox.height,
				point,
				size,
				avoid: covers,
				dot: (sizeAt(EVENT_DOT, this.map.getZoom()) + EVENT_RIM) * PRESENTER_SCALE
			});
			el.style.setProperty(POPUP_ROOM, `${Math.max(0, placed.height - size.chrome)}px`);
			// The box slides along its side; the tip slides back (AtlasMap.svelte's style).
			el.style.setProperty('--popup-tip-x', `${placed.tip[0]}px`);
			el.style.setProperty('--popup-tip-y', `${placed.tip[1]}px`);
			popup.options.anchor = placed.anchor;
			popup.setOffset(placed.offset);
			if (placed.pan && mayPan && !panned && !this.map.isMoving()) {
				panned = true;
				this.map.panBy([-placed.pan[0], -placed.pan[1]], { duration: 0 });
			}
		};
		let frame = 0;
		const later = () => {
			cancelAnimationFrame(frame);
			frame = requestAnimationFrame(() => place(true, true));
		};
		const onMove = () => place(false);
		this.map.on('move', onMove);
		this.map.on('resize', onMove);
		// The page's changes: the popup's own text, the year's events, a card that comes or goes.
		const changes = new MutationObserver(later);
		changes.observe(document.body, { childList: true, subtree: true, characterData: true });
		place(true);
		later();
		return () => {
			cancelAnimationFrame(frame);
			changes.disconnect();
			this.map.off('move', onMove);
			this.map.off('resize', onMove);
		};
	}
}
