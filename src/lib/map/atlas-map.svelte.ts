/**
 * The one owner of the MapLibre instance. Components never build their own map: they get this
 * object from context (see AtlasMap.svelte) and ask it to show a year or select a state.
 *
 * Each slider step is one cheap write: the feature-state of the polities whose class changes
 * (or, with the global-state strategy, one global `year`). Geometry is never re-uploaded.
 */
import type { Map as MapLibreMap, MapLayerMouseEvent, Popup } from 'maplibre-gl';
import { PLACES, placeStateChanges } from '$lib/places/places';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { FIRST_YEAR, LAST_YEAR } from '$lib/relations/classes';
import { bordersEpoch, isDrawnIn, stateChanges, type PolityRecord } from './polities';
import {
	DOTS_IMAGE,
	HATCH_IMAGE,
	LAYERS,
	atlasStyle,
	dotsImage,
	hatchImage,
	type RecolourStrategy
} from './style';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import topologyUrl from '$lib/generated/polities.topo.json?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** Asia as first framed when the address carries no view. */
export const ASIA_BOUNDS: [[number, number], [number, number]] = [
	[24, -11],
	[180, 72]
];

export interface AtlasMapOptions {
	year: number;
	/** Keep the view in the address (#map=zoom/lat/lon). Only the main map does. */
	hash?: boolean;
	/** Where to open when the address gives no view (default: all of Asia). */
	initialView?: View | null;
	recolour?: RecolourStrategy;
	onSelect?: (iso: string | null, name?: string) => void;
	/** A place was clicked on the map (its id), or its popup was closed (null). */
	onPlace?: (id: string | null) => void;
	/** The view settled after a move; `byUser` when the reader moved it (not a jumpTo). */
	onView?: (view: View, byUser: boolean) => void;
	/** The map finished drawing a year (idle after the write). */
	onShown?: (year: number) => void;
}

export interface View {
	center: [number, number];
	zoom: number;
}

type Status = 'loading' | 'ready' | 'failed';

export class AtlasMapController {
	status = $state<Status>('loading');
	/** A sentence for the reader when the map cannot be drawn. */
	failure = $state<string | null>(null);

	#map: MapLibreMap | null = null;
	#container: HTMLElement;
	#polities: PolityRecord[] = [];
	#recolour: RecolourStrategy;
	#hash: boolean;
	#initialView: View | null;
	#writtenYear: number | null = null;
	#wantedYear: number;
	#bordersYear: number | null = null;
	#selected: string[] = [];
	#onSelect?: (iso: string | null, name?: string) => void;
	#onPlace?: (id: string | null) => void;
	#onView?: (view: View, byUser: boolean) => void;
	#onShown?: (year: number) => void;
	#popup: Popup | null = null;
	#popupPlace: string | null = null;
	#popupContent: HTMLElement | null = null;
	#maplibre: typeof import('maplibre-gl') | null = null;
	#destroyed = false;
	#styleInput: Parameters<typeof atlasStyle>[0] | null = null;

	constructor(container: HTMLElement, options: AtlasMapOptions) {
		this.#container = container;
		this.#wantedYear = options.year;
		this.#recolour = options.recolour ?? 'feature-state';
		this.#hash = options.hash ?? true;
		this.#initialView = options.initialView ?? null;
		this.#onSelect = options.onSelect;
		this.#onPlace = options.onPlace;
		this.#onView = options.onView;
		this.#onShown = options.onShown;
		this.#stamp({ idle: 'false' });
		this.#start().catch((e: unknown) => this.#fail(e));
	}

	/** The polities the map draws (after load), for lists and lookups. */
	get polities(): readonly PolityRecord[] {
		return this.#polities;
	}

	/** Shows a year: one feature-state write for the polities that change. */
	showYear(year: number) {
		this.#wantedYear = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year));
		this.#write();
	}

	/** Outlines the given coded states (a selection, or a tour scene's states); [] clears. */
	select(states: readonly string[]) {
		const map = this.#map;
		this.#selected = [...states];
		if (!map || this.status !== 'ready') return;
		for (const p of this.#polities) {
			map.setFeatureState({ source: 'polities', id: p.id }, { selected: states.includes(p.state) });
		}
	}

	/**
	 * Opens the popup of a place with `content` (a node the page renders and keeps updating), or
	 * closes it. Brings the place into view if it is off screen.
	 */
	showPlace(id: string | null, content: HTMLElement | null) {
		this.#popupPlace = id;
		this.#popupContent = content;
		const map = this.#map;
		if (!map || !this.#maplibre || this.status !== 'ready') return;
		const place = id ? PLACES.find((p) => p.id === id) : undefined;
		if (!place || !content) {
			this.#closePopup();
			return;
		}
		if (this.#popup?.isOpen() && this.#popup.getElement()?.dataset.place === id) return;
		this.#closePopup();
		const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		const popup = new this.#maplibre.Popup({
			maxWidth: '340px',
			// Focus goes to the popup's own text (below), not its close button: a reader starts
			// at the place's name, whether or not the event texts have arrived yet.
			focusAfterOpen: false,
			closeOnClick: true
		})
			.setLngLat(place.coordinates)
			.setDOMContent(content)
			.addTo(map);
		popup.getElement().dataset.place = id!;
		content.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({ preventScroll: true });
		popup.on('close', () => {
			// Focus goes back to whatever opened the popup (a list entry, a tick, the map).
			if (content.contains(document.activeElement) || document.activeElement === document.body) {
				opener?.focus({ preventScroll: true });
			}
			if (this.#popup === popup) {
				this.#popup = null;
				this.#onPlace?.(null);
			}
		});
		this.#popup = popup;
		if (!map.getBounds().contains(place.coordinates)) map.easeTo({ center: place.coordinates });
	}

	#closePopup() {
		const popup = this.#popup;
		this.#popup = null;
		popup?.remove();
	}

	/** The current view, or null before the map exists. */
	get view(): View | null {
		const map = this.#map;
		if (!map) return null;
		const c = map.getCenter();
		return { center: [c.lng, c.lat], zoom: map.getZoom() };
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

	/**
	 * Draws the current year and view into a canvas of `width` x `height` CSS pixels, for image
	 * export: a second, offscreen map with the same style and state, zoomed so it shows the same
	 * extent across its width as the map on screen.
	 */
	async snapshot(width: number, height: number): Promise<HTMLCanvasElement> {
		const map = this.#map;
		const maplibregl = this.#maplibre;
		if (!map || !maplibregl || !this.#styleInput || this.status !== 'ready') {
			throw new Error('The map is not ready to export.');
		}
		const year = this.#writtenYear ?? this.#wantedYear;
		const holder = document.createElement('div');
		holder.setAttribute('aria-hidden', 'true');
		Object.assign(holder.style, {
			position: 'fixed',
			left: '-30000px',
			top: '0',
			width: `${width}px`,
			height: `${height}px`
		});
		document.body.append(holder);
		const shot = new maplibregl.Map({
			container: holder,
			style: atlasStyle({
				...this.#styleInput,
				year,
				bordersYear: bordersEpoch(this.#polities, year)
			}),
			center: map.getCenter(),
			zoom: map.getZoom() + Math.log2(width / map.getContainer().clientWidth),
			interactive: false,
			attributionControl: false,
			pixelRatio: 1,
			fadeDuration: 0,
			canvasContextAttributes: { preserveDrawingBuffer: true }
		});
		try {
			shot.addImage(HATCH_IMAGE, hatchImage());
			shot.addImage(DOTS_IMAGE, dotsImage());
			await shot.once('load');
			for (const { id, c, k } of stateChanges(this.#polities, null, year)) {
				shot.setFeatureState(
					{ source: 'polities', id },
					{ c, k, selected: this.#selected.includes(this.#polities[id].state) }
				);
			}
			for (const { id, p } of placeStateChanges(PLACES, null, year)) {
				shot.setFeatureState({ source: 'places', id }, { p });
			}
			shot.triggerRepaint();
			await shot.once('idle');
			const canvas = document.createElement('canvas');
			canvas.width = width;
			canvas.height = height;
			canvas.getContext('2d')!.drawImage(shot.getCanvas(), 0, 0, width, height);
			return canvas;
		} finally {
			shot.remove();
			holder.remove();
		}
	}

	destroy() {
		this.#destroyed = true;
		this.#map?.remove();
		this.#map = null;
	}

	async #start() {
		const [maplibregl, topology] = await Promise.all([
			import('maplibre-gl'),
			fetch(topologyUrl).then((r) => {
				if (!r.ok) throw new Error(`The map's geometry did not load (HTTP ${r.status}).`);
				return r.json() as Promise<Topology>;
			})
		]);
		if (this.#destroyed) return;
		this.#maplibre = maplibregl;
		maplibregl.setWorkerUrl(workerUrl);

		const polities = feature(
			topology,
			topology.objects.polities as GeometryCollection
		) as FeatureCollection;
		const labels = feature(
			topology,
			topology.objects.labels as GeometryCollection
		) as FeatureCollection;
		const disputed = feature(
			topology,
			topology.objects.disputed as GeometryCollection
		) as FeatureCollection;
		const places: FeatureCollection = {
			type: 'FeatureCollection',
			features: PLACES.map((p, id) => ({
				type: 'Feature',
				id,
				properties: { place: p.id, name: p.name, kind: p.kind },
				geometry: { type: 'Point', coordinates: p.coordinates }
			}))
		};
		this.#polities = polities.features.map((f) => ({
			...(f.properties as Omit<PolityRecord, 'id'>),
			id: f.id as number
		}));

		const year = this.#wantedYear;
		this.#styleInput = {
			polities,
			labels,
			places,
			disputed,
			// MapLibre resolves font-faces URLs itself; hand it an absolute one. (Not reactive state.)
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			fontUrl: new URL(fontUrl, location.href).href
		};
		const map = new maplibregl.Map({
			container: this.#container,
			style: atlasStyle({
				...this.#styleInput,
				year,
				bordersYear: bordersEpoch(this.#polities, year),
				recolour: this.#recolour
			}),
			...(this.#initialView
				? { center: this.#initialView.center, zoom: this.#initialView.zoom }
				: { bounds: ASIA_BOUNDS }),
			hash: this.#hash ? 'map' : false,
			attributionControl: false,
			dragRotate: false,
			pitchWithRotate: false,
			touchPitch: false,
			maxPitch: 0,
			renderWorldCopies: true
		});
		this.#map = map;
		this.#bordersYear = bordersEpoch(this.#polities, year);
		map.touchZoomRotate.disableRotation();
		map.keyboard.disableRotation();
		map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
		map.addControl(
			new maplibregl.AttributionControl({
				compact: true,
				customAttribution: 'Borders: Natural Earth via world-atlas'
			})
		);
		// On a phone-sized map the credit starts folded behind its (i) button (MapLibre opens it
		// until the first drag), so it does not sit over the map's corner or the embed's legend.
		if (this.#container.offsetWidth <= 640)
			this.#container
				.querySelector('.maplibregl-ctrl-attrib')
				?.classList.remove('maplibregl-compact-show');
		map.getCanvas().setAttribute('aria-label', 'Map of Asia coloured by relationship to Moscow');

		// Before the first frame, so the hatch layer never asks for a missing image.
		map.addImage(HATCH_IMAGE, hatchImage());
		map.addImage(DOTS_IMAGE, dotsImage());
		map.on('load', () => {
			this.status = 'ready';
			this.#onView?.(this.view!, false);
			this.#write();
			this.select(this.#selected);
			this.showPlace(this.#popupPlace, this.#popupContent);
		});
		map.on('idle', () => {
			this.#stamp({ idle: 'true', year: String(this.#writtenYear ?? '') });
			if (this.#writtenYear !== null) this.#onShown?.(this.#writtenYear);
		});
		map.on('moveend', (e) => this.#onView?.(this.view!, !!e.originalEvent));
		// `npm run bench` forces a plain repaint of the same view to measure the floor.
		this.#container.addEventListener('atlas:repaint', () => {
			this.#stamp({ idle: 'false' });
			map.triggerRepaint();
		});
		map.on('error', (e) => console.warn('map:', e.error?.message ?? e));
		map.on('click', LAYERS.fill, (e) => this.#onClick(e));
		map.on('click', LAYERS.places, (e) => {
			const hit = e.features?.find(
				(f) => Number(map.getFeatureState({ source: 'places', id: f.id }).p) > 0
			);
			if (hit) this.#onPlace?.(String(hit.properties.place));
		});
		for (const event of ['mouseenter', 'mouseleave'] as const) {
			map.on(event, LAYERS.places, () => {
				map.getCanvas().style.cursor = event === 'mouseenter' ? 'pointer' : '';
			});
		}
		map.on('mouseenter', LAYERS.fill, () => (map.getCanvas().style.cursor = 'pointer'));
		map.on('mouseleave', LAYERS.fill, () => (map.getCanvas().style.cursor = ''));
	}

	#onClick(e: MapLayerMouseEvent) {
		// A click on a place opens its popup; it does not also select the state under it.
		const onPlace = this.#map
			?.queryRenderedFeatures(e.point, { layers: [LAYERS.places] })
			.some((f) => Number(this.#map!.getFeatureState({ source: 'places', id: f.id }).p) > 0);
		if (onPlace) return;
		const year = this.#writtenYear ?? this.#wantedYear;
		const hit = e.features
			?.map((f) => this.#polities[f.id as number])
			.find((p) => p && isDrawnIn(p, year));
		this.#onSelect?.(hit ? hit.state : null, hit?.name);
	}

	#write() {
		const map = this.#map;
		if (!map || this.status !== 'ready') return;
		const year = this.#wantedYear;
		if (year === this.#writtenYear) return;

		this.#stamp({ idle: 'false' });
		if (this.#recolour === 'global-state') {
			map.setGlobalStateProperty('year', year);
		} else {
			for (const { id, c, k } of stateChanges(this.#polities, this.#writtenYear, year)) {
				map.setFeatureState({ source: 'polities', id }, { c, k });
			}
		}
		for (const { id, p } of placeStateChanges(PLACES, this.#writtenYear, year)) {
			map.setFeatureState({ source: 'places', id }, { p });
		}
		// Labels follow borders, which change only in a few years: filter them only then.
		const epoch = bordersEpoch(this.#polities, year);
		if (epoch !== this.#bordersYear) {
			this.#bordersYear = epoch;
			map.setGlobalStateProperty('bordersYear', epoch);
		}
		this.#writtenYear = year;
		// Ask for a frame so `idle` (and the stamp tests wait on) follows every write.
		map.triggerRepaint();
		performance.mark('orbit:year-written', { detail: year });
	}

	/** Test ids the map stamps on its own container: data-idle and data-year (rendered). */
	#stamp(attrs: { idle: string; year?: string }) {
		this.#container.dataset.idle = attrs.idle;
		if (attrs.year !== undefined) this.#container.dataset.year = attrs.year;
	}

	#fail(e: unknown) {
		const message = e instanceof Error ? e.message : String(e);
		this.status = 'failed';
		this.failure = /webgl/i.test(message)
			? 'This browser cannot draw the map: it needs WebGL 2, which is turned off or unsupported here.'
			: `The map could not be drawn: ${message}`;
		this.#stamp({ idle: 'true' });
	}
}
