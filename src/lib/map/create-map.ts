/**
 * A MapLibre map as the atlas draws it: no rotation or pitch, zoom buttons, a compact credit,
 * the fill patterns registered before the first frame, and a name for screen readers.
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { addPatterns } from './patterns';
import type { RecolourStrategy } from './year-paint';

export interface View {
	center: [number, number];
	zoom: number;
}

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

/** The view a map shows now. */
export function viewOf(map: MapLibreMap): View {
	const c = map.getCenter();
	return { center: [c.lng, c.lat], zoom: map.getZoom() };
}

/**
 * Moves to a view at once (a lecture's clicker should not wait for an animation), centred in
 * what `coveredLeft` pixels of panel on the left leave visible.
 */
export function jumpCovered(map: MapLibreMap, view: View, coveredLeft: number) {
	map.jumpTo({
		center: view.center,
		zoom: view.zoom,
		padding: { left: coveredLeft, right: 0, top: 0, bottom: 0 }
	});
}

/** Asia as first framed when the address carries no view. */
export const ASIA_BOUNDS: [[number, number], [number, number]] = [
	[24, -11],
	[180, 72]
];

export function createMap(
	maplibregl: typeof import('maplibre-gl'),
	container: HTMLElement,
	{ style, view, hash }: { style: StyleSpecification; view: View | null; hash: boolean }
): MapLibreMap {
	const map = new maplibregl.Map({
		container,
		style,
		...(view ? { center: view.center, zoom: view.zoom } : { bounds: ASIA_BOUNDS }),
		hash: hash ? 'map' : false,
		attributionControl: false,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		maxPitch: 0,
		renderWorldCopies: true
	});
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
	if (container.offsetWidth <= 640)
		container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
	map.getCanvas().setAttribute('aria-label', 'Map of Asia coloured by relationship to Moscow');
	addPatterns(map);
	// The browser tests read the drawn labels' boxes from the map itself (tests/e2e/labels.spec.ts).
	Object.defineProperty(container, 'atlasMap', { value: map, configurable: true });
	return map;
}
