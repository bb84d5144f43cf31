/**
 * The one owner of a MapLibre instance (as svelte-maplibre-gl's MapContext). Components never
 * build a map: the page makes a MapContext, shares it by context, and AtlasMap mounts it on its
 * element; everything else asks it (a year, a reading, outlined or hidden states, a place, a move,
 * an export). Clicks (hit-test.ts), the detail (detail-watch.ts), exports (map-export.ts), the place
 * popup (popup-slot.ts, loaded when first opened) and the stamps (stamps.ts) have their own modules.
 *
 * Work that needs the style waits in a queue until the style has loaded (one entry per kind of
 * work, the latest wins), so callers never replay anything by hand. Each slider step is one cheap
 * write (year-writer.ts); geometry is never re-uploaded.
 */
import { createContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { PlaceRecord } from '$lib/places/places';
import { clampYear } from '$lib/years/years';
import { loadGeometry } from './geometry';
import {
	createMap,
	jumpCovered,
	viewOf,
	type MapHandlers,
	type MapOptions,
	type MapStatus,
	type View
} from './create-map';
import { failureSentence, watchFailures } from './failure';
import { PopupSlot } from './popup-slot';
import { ReadingPolities } from './polities';
import { MapLabels } from './map-labels';
import type { Reading } from '$lib/codebook/readings';
import { addDetailWhenZoomedIn } from './detail-watch';
import { watchClicks } from './hit-test';
import { exportSource, type MapExportSource } from './map-export';
import { atlasStyle, type AtlasStyleInput } from './style';
import { writeYear, type PolityMirror } from './year-writer';
import { MapFlags } from './map-flags';
import { YearWaiters } from './year-waiters';
import { MapStamps } from './stamps';

export type { MapHandlers, MapOptions, MapStatus, View };
type Work = 'year' | 'reading' | 'outline' | 'hidden' | 'place' | 'presenting';

export class MapContext {
	status = $state<MapStatus>('loading');
	/** A sentence for the reader when the map cannot be drawn. */
	failure = $state<string | null>(null);
	/** The view, once the map exists; updated when a move ends. */
	view = $state.raw<View | null>(null);
	/** The year last drawn (the map idle after writing it). */
	shownYear = $state<number | null>(null);
	/** The reading last drawn (set with the year, when the map stands idle). */
	shownReading = $state<Reading | null>(null);

	readonly options: Required<MapOptions>;
	handlers: MapHandlers = {};

	#stamps = new MapStamps();
	#map: MapLibreMap | null = null;
	#maplibre: typeof import('maplibre-gl') | null = null;
	#style: AtlasStyleInput | null = null;
	/** The polities in the reading shown (the map is built in the reading asked for at mount). */
	#polities = new ReadingPolities();
	#reading: Reading = 'assessed';
	#popup: PopupSlot | null = null;
	// Work, not state: nothing renders from it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#queue = new Map<Work, (map: MapLibreMap) => void>();
	#waiting = new YearWaiters();
	#wantedYear = clampYear(Infinity);
	#writtenYear: number | null = null;
	#labels: MapLabels | null = null;
	#presenting = false;
	#flags = new MapFlags(this.#stamps);
	/** The coastline detail, once zoomed in past DETAIL_ZOOM and loaded (map/detail.ts). */
	#detail: PolityMirror | null = null;
	#detailLayers: string[] = [];
	#destroyed = false;

	constructor(options: MapOptions = {}) {
		this.options = {
			hash: options.hash ?? true,
			initialView: options.initialView ?? null,
			recolour: options.recolour ?? 'feature-state'
		};
	}

	/** The reading the map is coloured by. */
	get reading(): Reading {
		return this.#reading;
	}

	/** Builds the map in `container`, first showing `year` in `reading`; returns its teardown. */
	mount(container: HTMLElement, year: number, reading: Reading = this.#reading): () => void {
		this.#stamps.attach(container);
		this.#reading = reading;
		this.#stamps.set('reading', reading);
		this.#wantedYear = clampYear(year);
		this.#stamps.busy();
		this.#start(container).catch((e: unknown) => this.#fail(e));
		return () => this.destroy();
	}

	/** Shows a year: one feature-state write for the polities that change. */
	showYear(year: number) {
		this.#wantedYear = clampYear(year);
		this.#whenLoaded('year', () => this.#write());
	}

	/**
	 * Colours the map by a reading; every polity is rewritten once, then steps stay cheap. A map
	 * not yet built is simply built in it. (The bench's global-state strategy reads `codes` in the
	 * style itself, so it shows the assessed one.)
	 */
	showReading(reading: Reading) {
		if (reading === this.#reading) return;
		this.#reading = reading;
		this.#stamps.set('reading', reading);
		this.#whenLoaded('reading', () => {
			if (!this.#polities.show(this.#reading)) return;
			this.#writtenYear = null;
			this.#write();
		});
	}

	/** Presenter mode: names and place dots drawn larger for the back of the room (MapLabels). */
	setPresenting(on: boolean) {
		if (on === this.#presenting) return;
		this.#presenting = on;
		this.#whenLoaded('presenting', (map) => {
			this.#stamps.busy();
			this.#labels?.present(on);
			map.triggerRepaint();
		});
	}

	/** Resolves once `year` is drawn (at once if the map has failed: nothing will be drawn). */
	whenShown(year: number): Promise<void> {
		if (this.shownYear === year || this.status === 'failed') return Promise.resolve();
		return this.#waiting.wait(year);
	}

	/** Outlines the given coded states (a selection, a tour scene's states); [] clears. */
	outline(states: readonly string[]) {
		this.#flags.outlined = [...states];
		this.#whenLoaded('outline', (map) =>
			this.#flags.drawOutline(map, this.#polities.shown, this.#detail)
		);
	}

	/** Hides the given states' classes (a tour scene asking the room; map-flags.ts); [] shows all. */
	hide(states: readonly string[]) {
		if (!this.#flags.hide(states)) return;
		this.#whenLoaded('hidden', (map) =>
			this.#flags.drawHidden(map, this.#polities.shown, this.#detail)
		);
	}

	/** Opens the popup of `place` with `content` (a node the page keeps current), or closes it. */
	showPlace(place: PlaceRecord | null, content: HTMLElement | null) {
		this.#whenLoaded('place', () => {
			if (place && content) void this.#popup?.show(place, content);
			else this.#popup?.close();
		});
	}

	/**
	 * Moves to a view (instantly: a lecture's clicker should not wait for an animation).
	 * `coveredLeft`: pixels on the left hidden by a panel, so the view centres in what is visible.
	 */
	jumpTo(view: View, coveredLeft = 0) {
		if (this.#map) jumpCovered(this.#map, view, coveredLeft);
	}

	/** The map as it stands, for an image or a video (map-export.ts draws it offscreen). */
	exportSource(): MapExportSource {
		if (!this.#map || !this.#maplibre || !this.#style || this.status !== 'ready') {
			throw new Error('The map is not ready to export.');
		}
		return exportSource(this.#map, {
			input: {
				maplibre: this.#maplibre,
				style: this.#style,
				polities: this.#polities.shown,
				labels: this.#labels!.data
			},
			reading: this.#reading,
			year: this.#writtenYear ?? this.#wantedYear,
			outlined: this.#flags.outlined,
			hidden: this.#flags.hidden
		});
	}

	destroy() {
		this.#destroyed = true;
		this.#popup?.close();
		this.#map?.remove();
		this.#map = null;
		this.#queue.clear();
	}

	#whenLoaded(work: Work, fn: (map: MapLibreMap) => void) {
		if (this.#map && this.status === 'ready') fn(this.#map);
		else this.#queue.set(work, fn);
	}

	async #start(container: HTMLElement) {
		const [maplibregl, geometry] = await Promise.all([import('maplibre-gl'), loadGeometry()]);
		if (this.#destroyed) return;
		this.#maplibre = maplibregl;
		maplibregl.setWorkerUrl(workerUrl);
		this.#polities.show(this.#reading, geometry.records);
		this.#style = geometry.style;
		const year = this.#wantedYear;
		const { hash, initialView, recolour } = this.options;
		const style = atlasStyle({ ...this.#style, year, recolour });
		const map = createMap(maplibregl, container, { style, view: initialView, hash });
		this.#map = map;
		this.#labels = new MapLabels(map, geometry.labels);
		const onclose = () => this.handlers.onplace?.(null);
		this.#popup = new PopupSlot(maplibregl, map, onclose, () => !this.#destroyed);
		map.on('load', () => {
			this.status = 'ready';
			this.view = viewOf(map);
			this.handlers.onview?.(this.view!, false);
			this.#write();
			for (const fn of this.#queue.values()) fn(map);
			this.#queue.clear();
			addDetailWhenZoomedIn(map, style.layers, {
				polities: () => this.#polities.shown,
				alive: () => !this.#destroyed,
				added: (detail, clickLayers) => this.#detailAdded(map, detail, clickLayers)
			});
		});
		map.on('idle', () => {
			this.#stamps.idle(this.#writtenYear);
			const year = this.#writtenYear;
			if (year === null) return;
			this.shownYear = year;
			this.shownReading = this.#reading;
			this.#waiting.drawn(year);
		});
		// Crossing into another zoom band shows the labels placed for it.
		map.on('zoom', () => this.#labels?.rezoom());
		map.on('moveend', (e) => {
			this.view = viewOf(map);
			this.handlers.onview?.(this.view!, !!e.originalEvent);
		});
		this.#stamps.repaintOnRequest(map);
		watchFailures(map, (sentence) => this.#fail(sentence));
		watchClicks(
			map,
			() => ({
				polities: this.#polities.shown,
				year: this.#writtenYear ?? this.#wantedYear,
				detailLayers: this.#detailLayers
			}),
			{
				select: (hit) => this.handlers.onselect?.(hit ? hit.state : null, hit?.name),
				place: (id) => this.handlers.onplace?.(id)
			}
		);
	}

	/** The coastline detail is in the style: it catches up with the year, outline and hiding shown. */
	#detailAdded(map: MapLibreMap, detail: PolityMirror, clickLayers: string[]) {
		this.#stamps.busy();
		this.#detail = detail;
		this.#detailLayers = clickLayers;
		this.#stamps.set('detail', 'shown');
		this.#flags.catchUp(map, this.#polities.shown, detail, this.#writtenYear);
	}

	#write() {
		const map = this.#map;
		if (!map || this.status !== 'ready') return;
		const year = this.#wantedYear;
		if (year === this.#writtenYear) return;

		this.#stamps.busy();
		const { shown } = this.#polities;
		writeYear(map, shown, this.#writtenYear, year, this.options.recolour, this.#detail);
		this.#writtenYear = year;
		this.#labels?.show(year);
		// Ask for a frame so `idle` (and the stamp tests wait on) follows every write.
		map.triggerRepaint();
		performance.mark('orbit:year-written', { detail: year });
	}

	#fail(e: unknown) {
		if (this.status === 'failed') return;
		this.status = 'failed';
		this.failure = failureSentence(e);
		this.#stamps.idle();
		this.#waiting.releaseAll();
	}
}

/** The page's main map, shared with every component that needs it. */
export const [getMapContext, setMapContext] = createContext<MapContext>();
