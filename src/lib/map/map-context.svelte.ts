/**
 * The one owner of a MapLibre instance (as svelte-maplibre-gl's MapContext). Components never
 * build a map: the page makes a MapContext, shares it by context, and AtlasMap mounts it on its
 * element. Everything else asks it: show a year, outline states, open a place, move, snapshot.
 *
 * Work that needs the style waits in a queue until the style has loaded (one entry per kind of
 * work, the latest wins), so callers never replay anything by hand. Each slider step is one cheap
 * write (year-writer.ts); geometry is never re-uploaded.
 */
import { createContext } from 'svelte';
import type { LayerSpecification, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { PlaceRecord } from '$lib/places/places';
import { clampYear } from '$lib/timeline/years';
import { loadGeometry } from './geometry';
import { createMap, type View } from './create-map';
import { CONTEXT_LOST, WORKER_REFUSED, failureSentence } from './failure';
import { PlacePopup } from './place-popup';
import { inReading, isDrawnIn, type PolityRecord } from './polities';
import { MapLabels } from './map-labels';
import type { Reading } from '$lib/codebook/readings';
import type { OffscreenInput, OffscreenMap } from './offscreen-map';
import { LAYERS, atlasStyle, type AtlasStyleInput } from './style';
import { writeOutline, writeYear, type PolityMirror } from './year-writer';
import type { RecolourStrategy } from './year-paint';

export type { View };

/** Past this zoom the coastline detail is fetched (once) and drawn. */
const DETAIL_ZOOM = 5;

export type MapStatus = 'loading' | 'ready' | 'failed';

export interface MapOptions {
	/** Keep the view in the address (#map=zoom/lat/lon). Only the main map does. */
	hash?: boolean;
	/** Where to open when the address gives no view (default: all of Asia). */
	initialView?: View | null;
	recolour?: RecolourStrategy;
}

/** What the reader does on the map, reported to whoever mounted it. */
export interface MapHandlers {
	/** A state was clicked (its coded state and name), or the sea (null). */
	onselect?: (iso: string | null, name?: string) => void;
	/** A place was clicked (its id), or its popup was closed by the reader (null). */
	onplace?: (id: string | null) => void;
	/** The view settled after a move; `byUser` when the reader moved it (not a jumpTo). */
	onview?: (view: View, byUser: boolean) => void;
}

type Work = 'year' | 'reading' | 'outline' | 'place' | 'presenting';

export class MapContext {
	status = $state<MapStatus>('loading');
	/** A sentence for the reader when the map cannot be drawn. */
	failure = $state<string | null>(null);
	/** The view, once the map exists; updated when a move ends. */
	view = $state.raw<View | null>(null);
	/** The year last drawn (the map idle after writing it). */
	shownYear = $state<number | null>(null);

	readonly options: Required<MapOptions>;
	handlers: MapHandlers = {};

	#container: HTMLElement | null = null;
	#map: MapLibreMap | null = null;
	#maplibre: typeof import('maplibre-gl') | null = null;
	#style: AtlasStyleInput | null = null;
	/** The polities as built (assessed codes, plus formal codes where they differ). */
	#built: PolityRecord[] = [];
	/** The same in the reading shown: what every write and export reads. */
	#polities: PolityRecord[] = [];
	#reading: Reading = 'assessed';
	#popup: PlacePopup | null = null;
	// Work and resolvers, not state: nothing renders from these.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#queue = new Map<Work, (map: MapLibreMap) => void>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#waiting = new Map<number, (() => void)[]>();
	#wantedYear = clampYear(Infinity);
	#writtenYear: number | null = null;
	#labels: MapLabels | null = null;
	#presenting = false;
	#outlined: readonly string[] = [];
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

	/** The polities the map draws (after load), for lookups. */
	get polities(): readonly PolityRecord[] {
		return this.#polities;
	}

	/** Builds the map in `container`, first showing `year`; returns its teardown. */
	mount(container: HTMLElement, year: number): () => void {
		this.#container = container;
		container.dataset.reading = this.#reading;
		this.#wantedYear = clampYear(year);
		this.#stamp({ idle: 'false' });
		this.#start().catch((e: unknown) => this.#fail(e));
		return () => this.destroy();
	}

	/** Shows a year: one feature-state write for the polities that change. */
	showYear(year: number) {
		this.#wantedYear = clampYear(year);
		this.#whenLoaded('year', () => this.#write());
	}

	/**
	 * Colours the map by a reading; every polity is rewritten once, then steps stay cheap. (The
	 * bench's global-state strategy reads `codes` in the style itself, so it shows the assessed one.)
	 */
	showReading(reading: Reading) {
		if (reading === this.#reading) return;
		this.#reading = reading;
		if (this.#container) this.#container.dataset.reading = reading;
		this.#whenLoaded('reading', () => {
			this.#polities = inReading(this.#built, this.#reading);
			this.#writtenYear = null;
			this.#write();
		});
	}

	/** Presenter mode: names and place dots drawn larger for the back of the room (MapLabels). */
	setPresenting(on: boolean) {
		if (on === this.#presenting) return;
		this.#presenting = on;
		this.#whenLoaded('presenting', (map) => {
			this.#stamp({ idle: 'false' });
			this.#labels?.present(on);
			map.triggerRepaint();
		});
	}

	/** Resolves once `year` is drawn (at once if the map has failed: nothing will be drawn). */
	whenShown(year: number): Promise<void> {
		if (this.shownYear === year || this.status === 'failed') return Promise.resolve();
		return new Promise((resolve) => {
			this.#waiting.set(year, [...(this.#waiting.get(year) ?? []), resolve]);
		});
	}

	/** Outlines the given coded states (a selection, a tour scene's states); [] clears. */
	outline(states: readonly string[]) {
		this.#outlined = [...states];
		this.#whenLoaded('outline', (map) => {
			writeOutline(map, this.#polities, this.#outlined, this.#detail);
			if (this.#container) this.#container.dataset.outlined = this.#outlined.join(' ');
		});
	}

	/** Opens the popup of `place` with `content` (a node the page keeps current), or closes it. */
	showPlace(place: PlaceRecord | null, content: HTMLElement | null) {
		this.#whenLoaded('place', () => {
			if (place && content) this.#popup?.show(place, content);
			else this.#popup?.close();
		});
	}

	/**
	 * Moves to a view (instantly: a lecture's clicker should not wait for an animation).
	 * `coveredLeft`: pixels on the left hidden by a panel, so the view centres in what is visible.
	 */
	jumpTo(view: View, coveredLeft = 0) {
		this.#map?.jumpTo({
			center: view.center,
			zoom: view.zoom,
			padding: { left: coveredLeft, right: 0, top: 0, bottom: 0 }
		});
	}

	/** The current year and view drawn offscreen at `width` x `height`, for image export. */
	async snapshot(width: number, height: number): Promise<HTMLCanvasElement> {
		const input = this.#offscreenInput();
		// Export code loads when an export starts, not with the page.
		const { snapshot } = await import('./offscreen-map');
		return snapshot(input, width, height, this.#currentFrame(width));
	}

	/**
	 * A hidden map at `width` x `height` for video export, opened on the current year and view;
	 * the caller draws its frames and must remove() it. Aborting `signal` stops it opening.
	 */
	async offscreen(width: number, height: number, signal?: AbortSignal): Promise<OffscreenMap> {
		const input = this.#offscreenInput();
		const { OffscreenMap } = await import('./offscreen-map');
		return OffscreenMap.open(input, width, height, this.#currentFrame(width), signal);
	}

	/**
	 * `view` (the view on screen when not given) as a map `width` pixels wide shows it: the same
	 * extent across its width as the map on screen, so an export frames what the reader framed.
	 */
	exportView(view: View | undefined, width: number): View {
		const map = this.#map;
		if (!map) throw new Error('The map is not ready to export.');
		const shown = view ?? this.#readView()!;
		const zoom = shown.zoom + Math.log2(width / map.getContainer().clientWidth);
		return { center: shown.center, zoom };
	}

	#offscreenInput(): OffscreenInput {
		if (!this.#map || !this.#maplibre || !this.#style || this.status !== 'ready') {
			throw new Error('The map is not ready to export.');
		}
		return {
			maplibre: this.#maplibre,
			style: this.#style,
			polities: this.#polities,
			labels: this.#labels!.data
		};
	}

	#currentFrame(width: number) {
		return {
			year: this.#writtenYear ?? this.#wantedYear,
			outlined: this.#outlined,
			view: this.exportView(undefined, width)
		};
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

	#readView(): View | null {
		const map = this.#map;
		if (!map) return null;
		const c = map.getCenter();
		return { center: [c.lng, c.lat], zoom: map.getZoom() };
	}

	async #start() {
		const [maplibregl, geometry] = await Promise.all([import('maplibre-gl'), loadGeometry()]);
		const container = this.#container;
		if (this.#destroyed || !container) return;
		this.#maplibre = maplibregl;
		maplibregl.setWorkerUrl(workerUrl);
		this.#built = geometry.records;
		this.#polities = inReading(this.#built, this.#reading);
		this.#style = geometry.style;
		const year = this.#wantedYear;
		const { hash, initialView, recolour } = this.options;
		const style = atlasStyle({ ...this.#style, year, recolour });
		const map = createMap(maplibregl, container, { style, view: initialView, hash });
		this.#map = map;
		this.#labels = new MapLabels(map, geometry.labels);
		this.#popup = new PlacePopup(maplibregl, map, () => this.handlers.onplace?.(null));
		map.on('load', () => {
			this.status = 'ready';
			this.view = this.#readView();
			this.handlers.onview?.(this.view!, false);
			this.#write();
			for (const fn of this.#queue.values()) fn(map);
			this.#queue.clear();
			this.#whenZoomedIn(map, () => this.#addDetail(map, style.layers));
		});
		map.on('idle', () => {
			this.#stamp({ idle: 'true', year: String(this.#writtenYear ?? '') });
			const year = this.#writtenYear;
			if (year === null) return;
			this.shownYear = year;
			for (const resolve of this.#waiting.get(year) ?? []) resolve();
			this.#waiting.delete(year);
		});
		// Crossing into another zoom band shows the labels placed for it.
		map.on('zoom', () => this.#labels?.rezoom());
		map.on('moveend', (e) => {
			this.view = this.#readView();
			this.handlers.onview?.(this.view!, !!e.originalEvent);
		});
		// `npm run bench` forces a plain repaint of the same view to measure the floor.
		container.addEventListener('atlas:repaint', () => {
			this.#stamp({ idle: 'false' });
			map.triggerRepaint();
		});
		// A map that cannot draw says so (and the page shows the year as a table), never a
		// legend over an empty sea: its worker refused (a sandboxed frame), or its WebGL lost.
		map.on('error', (e) => {
			if (/worker failed to load/i.test(e.error?.message ?? '')) this.#fail(WORKER_REFUSED);
			else console.warn('map:', e.error?.message ?? e);
		});
		map.getCanvas().addEventListener('webglcontextlost', () => this.#fail(CONTEXT_LOST));
		map.on('click', (e) => this.#onClick(e));
		map.on('click', LAYERS.places, (e) => {
			const hit = e.features?.find((f) => this.#placeShown(f.id));
			if (hit) this.handlers.onplace?.(String(hit.properties.place));
		});
		for (const layer of [LAYERS.places, LAYERS.fill]) {
			map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
			map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
		}
	}

	/** Runs `fn` once, the first time the map is zoomed in past DETAIL_ZOOM (maybe at once). */
	#whenZoomedIn(map: MapLibreMap, fn: () => void) {
		const check = () => {
			if (map.getZoom() < DETAIL_ZOOM) return;
			map.off('zoom', check);
			fn();
		};
		map.on('zoom', check);
		check();
	}

	async #addDetail(map: MapLibreMap, styleLayers: LayerSpecification[]) {
		try {
			const { DetailOverlay, DETAIL_LAYERS, loadDetail } = await import('./detail');
			const detail = new DetailOverlay(await loadDetail(this.#polities));
			if (this.#destroyed) return;
			this.#stamp({ idle: 'false' });
			detail.addTo(map, styleLayers);
			this.#detail = detail;
			if (this.#container) this.#container.dataset.detail = 'shown';
			this.#detailLayers = [DETAIL_LAYERS.fill, DETAIL_LAYERS.sea];
			// Catch up: the polities' current year and outline, written in full.
			if (this.#writtenYear !== null)
				writeYear(map, this.#polities, null, this.#writtenYear, 'feature-state', detail);
			writeOutline(map, this.#polities, this.#outlined, detail);
			map.triggerRepaint();
		} catch (e) {
			// The coarse coast stays: a failed detail is a loss of sharpness, not of the map.
			console.warn('map detail:', e);
		}
	}

	#placeShown(id: string | number | undefined): boolean {
		return Number(this.#map?.getFeatureState({ source: 'places', id }).p) > 0;
	}

	#onClick(e: MapMouseEvent) {
		// A click on a place opens its popup; it does not also select the state under it.
		const onPlace = this.#map
			?.queryRenderedFeatures(e.point, { layers: [LAYERS.places] })
			.some((f) => this.#placeShown(f.id));
		if (onPlace) return;
		const year = this.#writtenYear ?? this.#wantedYear;
		// Inside a detail box the detail's land decides, not the coarse shapes under its sea.
		const query = (layers: string[]) => this.#map?.queryRenderedFeatures(e.point, { layers }) ?? [];
		const detailHits = this.#detailLayers.length ? query(this.#detailLayers) : [];
		const polityIds = detailHits.length
			? detailHits.map((f) => f.properties.polity as number | undefined)
			: query([LAYERS.fill]).map((f) => f.id as number);
		if (polityIds.length === 0 && !detailHits.length) return;
		const hit = polityIds
			.map((id) => (id === undefined ? undefined : this.#polities[id]))
			.find((p) => p && isDrawnIn(p, year));
		this.handlers.onselect?.(hit ? hit.state : null, hit?.name);
	}

	#write() {
		const map = this.#map;
		if (!map || this.status !== 'ready') return;
		const year = this.#wantedYear;
		if (year === this.#writtenYear) return;

		this.#stamp({ idle: 'false' });
		writeYear(map, this.#polities, this.#writtenYear, year, this.options.recolour, this.#detail);
		this.#writtenYear = year;
		this.#labels?.show(year);
		// Ask for a frame so `idle` (and the stamp tests wait on) follows every write.
		map.triggerRepaint();
		performance.mark('orbit:year-written', { detail: year });
	}

	/**
	 * Test ids the map stamps on its own container: data-idle, data-year (rendered), data-reading,
	 * data-detail ("shown" once the coastline detail is in the style).
	 */
	#stamp(attrs: { idle: string; year?: string }) {
		const container = this.#container;
		if (!container) return;
		container.dataset.idle = attrs.idle;
		if (attrs.year !== undefined) container.dataset.year = attrs.year;
	}

	#fail(e: unknown) {
		if (this.status === 'failed') return;
		this.status = 'failed';
		this.failure = failureSentence(e);
		this.#stamp({ idle: 'true' });
		for (const resolvers of this.#waiting.values()) for (const resolve of resolvers) resolve();
		this.#waiting.clear();
	}
}

/** The page's main map, shared with every component that needs it. */
export const [getMapContext, setMapContext] = createContext<MapContext>();
