/**
 * Orbit for reveal.js: slides that drive an embedded Orbit map.
 *
 * A plain ES module with no dependencies, served by the atlas at /orbit-reveal.js. Register it
 * like any reveal.js plugin:
 *
 *   import Reveal from 'reveal.js';
 *   import OrbitReveal from 'https://your-atlas-host/orbit-reveal.js';
 *   Reveal.initialize({ plugins: [OrbitReveal()] });
 *
 * and describe on each slide what its map should show:
 *
 *   <section data-orbit-year="1969" data-orbit-view="4/46/130" data-orbit-place="zhenbao-damansky">
 *     <iframe data-orbit src="https://your-atlas-host/embed" title="Orbit map"></iframe>
 *   </section>
 *
 * Slide attributes (all optional; a slide with none of them leaves its maps alone):
 * - `data-orbit-year`: a year, 1945-2025.
 * - `data-orbit-view`: "zoom/lat/lon" as in the atlas's `#map=` address, or JSON
 *   `{"center": [lon, lat], "zoom": z}`.
 * - `data-orbit-place`: a place id (`cam-ranh-bay`); empty closes any open place.
 * - `data-orbit-scene`: a tour scene (`china/2`); empty ends a tour.
 * - `data-orbit-reading`: `formal` or `assessed`, the reading the map is coloured by.
 * - `data-orbit-tour`: a reader's tour, the `?tour=` payload of its link; it opens at its first
 *   scene (`custom/1`). Empty ends a tour.
 *
 * The Orbit frames of a slide are its iframes that carry `data-orbit`, or whose `src` (or
 * reveal.js's lazy `data-src`) path ends in `/embed`. When the deck is ready and on every slide
 * change, each Orbit frame of the current slide is sent the slide's settings as
 *   { type: 'orbit:set', year?, view?: { center: [lon, lat], zoom }, place?, scene?, reading?,
 *     tour? }
 * with the frame's own origin as target (never '*'). A frame still loading gets them as soon as
 * it first reports its state. When the frame reports a state that shows them
 *   { type: 'orbit:state', year, view: { center, zoom }, place, reading, scene }
 * the slide dispatches `orbit:shown` (bubbling; `event.detail`: `{ frame, state, settings }`); if
 * none comes within `timeout` ms, `orbit:timeout` (`{ frame, settings }`). The year, place,
 * reading and scene must agree (a tour's: `custom/1`; no tour: a null scene). The map reports a
 * scene once its year is drawn, so a scene slide needs no year of its own. A view is not
 * compared: the map may clamp it to what it can show.
 *
 * Keys that the map does not use itself arrive as { type: 'orbit:key', key } (a
 * KeyboardEvent.key value); the navigation and pause keys among them are handed to reveal.js as
 * if pressed in the deck, so its own bindings (and `keyboard` config) decide what they do.
 * After a slide change, keyboard focus left in an Orbit frame that is no longer shown goes back
 * to the deck. Messages from any other window or origin, or of any other shape, are ignored.
 */

/** @typedef {{ center: [number, number], zoom: number }} View */

/** @typedef {'formal' | 'assessed'} Reading */

/**
 * What a slide asks its maps to show: the fields of an `orbit:set` message.
 * @typedef {{ year?: number, view?: View, place?: string | null, scene?: string | null, reading?: Reading, tour?: string | null }} Settings
 */

/**
 * A state the map reported (`reading` only if the map reports it; no `scene`: null).
 * @typedef {{ year: number, view: View, place: string | null, reading?: Reading, scene: string | null }} OrbitState
 */

/**
 * The part of reveal.js's API this plugin uses.
 * @typedef {object} Deck
 * @property {(type: string, listener: (event: Event) => void) => void} on
 * @property {(type: string, listener: (event: Event) => void) => void} off
 * @property {() => HTMLElement | undefined} getCurrentSlide
 * @property {() => HTMLElement} getSlidesElement
 * @property {() => { keyboard?: unknown }} getConfig
 * @property {(keyCode: number) => void} triggerKey
 * @property {() => boolean} isReady
 */

/**
 * A slide's settings on their way to one frame.
 * @typedef {{ slide: HTMLElement, settings: Settings, sent: boolean, timer: ReturnType<typeof setTimeout> | undefined }} Request
 */

/**
 * What the plugin knows of one frame: whether the map in it has spoken since it (re)loaded,
 * the last state it reported, and the settings it is being asked to show.
 * @typedef {{ live: boolean, last: OrbitState | null, request: Request | null }} FrameState
 */

/**
 * Keys an embedded map may hand back, as reveal.js's default bindings know them (key codes):
 * next/previous, the four arrows, first/last, and pause (what a clicker's "black screen" sends).
 * @type {Readonly<Record<string, number>>}
 */
const KEY_CODES = Object.freeze({
	PageDown: 34,
	PageUp: 33,
	' ': 32,
	n: 78,
	p: 80,
	ArrowLeft: 37,
	ArrowUp: 38,
	ArrowRight: 39,
	ArrowDown: 40,
	Home: 36,
	End: 35,
	b: 66,
	'.': 190
});

/** @param {unknown} v @returns {v is number} */
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A view from `data-orbit-view`: "zoom/lat/lon" or JSON `{ "center": [lon, lat], "zoom": z }`.
 * @param {string} text
 * @returns {View | null}
 */
export function parseView(text) {
	const trimmed = text.trim();
	if (trimmed.startsWith('{')) {
		let json;
		try {
			json = JSON.parse(trimmed);
		} catch {
			return null;
		}
		return readView(json);
	}
	const parts = trimmed.split('/');
	if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
	const [zoom, lat, lon] = parts.map(Number);
	return readView({ center: [lon, lat], zoom });
}

/**
 * @param {unknown} v
 * @returns {View | null}
 */
function readView(v) {
	if (!isRecord(v) || !Array.isArray(v.center) || v.center.length !== 2) return null;
	const [lon, lat] = v.center;
	if (!isNumber(lon) || !isNumber(lat) || !isNumber(v.zoom)) return null;
	return { center: [lon, lat], zoom: v.zoom };
}

/**
 * The settings a slide's `data-orbit-*` attributes ask for, and a problem per bad attribute.
 * Ranges are left to the map, which shows a notice for a value it cannot use.
 * @param {HTMLElement} slide
 * @returns {{ settings: Settings, problems: string[] }}
 */
export function readSettings(slide) {
	/** @type {Settings} */
	const settings = {};
	const problems = [];
	const { orbitYear, orbitView, orbitPlace, orbitScene, orbitReading, orbitTour } = slide.dataset;
	if (orbitYear !== undefined) {
		const year = Number(orbitYear.trim());
		if (orbitYear.trim() !== '' && Number.isInteger(year)) settings.year = year;
		else problems.push(`data-orbit-year="${orbitYear}" is not a whole year`);
	}
	if (orbitView !== undefined) {
		const view = parseView(orbitView);
		if (view) settings.view = view;
		else problems.push(`data-orbit-view="${orbitView}" is neither zoom/lat/lon nor JSON`);
	}
	if (orbitPlace !== undefined) settings.place = orbitPlace.trim() || null;
	if (orbitScene !== undefined) settings.scene = orbitScene.trim() || null;
	if (orbitReading !== undefined) {
		const reading = orbitReading.trim().toLowerCase();
		if (reading === 'formal' || reading === 'assessed') settings.reading = reading;
		else problems.push(`data-orbit-reading="${orbitReading}" is neither formal nor assessed`);
	}
	if (orbitTour !== undefined) settings.tour = orbitTour.trim() || null;
	return { settings, problems };
}

/**
 * Is this an Orbit frame: an iframe marked `data-orbit`, or one showing (or lazily about to
 * show) a path ending in /embed?
 * @param {Element} el
 * @returns {el is HTMLIFrameElement}
 */
export function isOrbitFrame(el) {
	if (!(el instanceof HTMLIFrameElement)) return false;
	if (el.hasAttribute('data-orbit')) return true;
	const src = el.getAttribute('src') || el.getAttribute('data-src');
	if (!src) return false;
	try {
		return /\/embed\/?$/.test(new URL(src, document.baseURI).pathname);
	} catch {
		return false;
	}
}

/**
 * The origin of the document a frame was told to load, or null if it has none yet (reveal.js
 * leaves lazy frames without `src` until their slide comes near).
 * @param {HTMLIFrameElement} frame
 * @returns {string | null}
 */
function frameOrigin(frame) {
	if (!frame.getAttribute('src')) return null;
	try {
		const url = new URL(frame.src);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
	} catch {
		return null;
	}
}

/** @param {unknown} v @returns {v is string | null} */
const isShortTextOrNull = (v) => v === null || (typeof v === 'string' && v.length <= 100);

/**
 * A valid `orbit:state` message, or null.
 * @param {Record<string, unknown>} data
 * @returns {OrbitState | null}
 */
export function readState(data) {
	const view = readView(data.view);
	const { year, place, reading } = data;
	const scene = data.scene ?? null;
	if (!isNumber(year) || !Number.isInteger(year) || !view) return null;
	if (!isShortTextOrNull(place) || !isShortTextOrNull(scene)) return null;
	/** @type {OrbitState} */
	const state = { year, view, place, scene };
	if (reading === 'formal' || reading === 'assessed') state.reading = reading;
	else if (reading !== undefined) return null;
	return state;
}

/**
 * Does a reported state show what was asked? The year, place, reading and scene must agree (a
 * tour asked for by its payload shows as its first scene, `custom/1`; none, as no scene); with
 * `strictView`, so must the view, to within rounding. A state received after the settings were
 * sent is judged without the view: the map applies a view at once, with the other fields, and
 * may clamp it.
 * @param {OrbitState} state
 * @param {Settings} settings
 * @param {boolean} strictView
 */
export function shows(state, settings, strictView) {
	if (settings.year !== undefined && state.year !== settings.year) return false;
	if (settings.place !== undefined && state.place !== settings.place) return false;
	if (settings.reading !== undefined && state.reading !== settings.reading) return false;
	if (settings.scene !== undefined && state.scene !== settings.scene) return false;
	if (settings.tour !== undefined && state.scene !== (settings.tour === null ? null : 'custom/1'))
		return false;
	if (strictView && settings.view) {
		const [lon, lat] = settings.view.center;
		const dLon = Math.abs(((state.view.center[0] - lon + 540) % 360) - 180);
		if (
			dLon > 1e-3 ||
			Math.abs(state.view.center[1] - lat) > 1e-3 ||
			Math.abs(state.view.zoom - settings.view.zoom) > 1e-2
		) {
			return false;
		}
	}
	return true;
}

/**
 * The reveal.js plugin. `plugins: [OrbitReveal()]`, or `[OrbitReveal({ timeout: 30000 })]`.
 * @param {{ timeout?: number }} [options] `timeout`: how long (ms) to wait for a map to show a
 *   slide's settings before `orbit:timeout`; default 20 000 (a map still loading counts).
 */
export default function OrbitReveal(options = {}) {
	const timeout = options.timeout ?? 20_000;
	/** @type {Deck} */
	let deck;
	/** @type {WeakMap<HTMLIFrameElement, FrameState>} */
	const frames = new WeakMap();
	/** Frames with a request in flight. @type {Set<HTMLIFrameElement>} */
	const waiting = new Set();
	/** Slides whose bad attributes were already reported. @type {WeakSet<HTMLElement>} */
	const warned = new WeakSet();

	/** @param {HTMLIFrameElement} frame @returns {FrameState} */
	function stateOf(frame) {
		let s = frames.get(frame);
		if (!s) frames.set(frame, (s = { live: false, last: null, request: null }));
		return s;
	}

	/** @returns {HTMLIFrameElement[]} */
	function deckFrames() {
		return [...deck.getSlidesElement().querySelectorAll('iframe')].filter(isOrbitFrame);
	}

	/** @param {HTMLIFrameElement} frame @param {Request} request */
	function send(frame, request) {
		const origin = frameOrigin(frame);
		if (!origin || !frame.contentWindow) return;
		frame.contentWindow.postMessage({ type: 'orbit:set', ...request.settings }, origin);
		request.sent = true;
	}

	/**
	 * Ends a request: with the state that shows it (`orbit:shown`), or with null when it timed
	 * out (`orbit:timeout`).
	 * @param {HTMLIFrameElement} frame
	 * @param {Request} request
	 * @param {OrbitState | null} state
	 */
	function finish(frame, request, state) {
		const s = stateOf(frame);
		if (s.request !== request) return;
		clearTimeout(request.timer);
		s.request = null;
		waiting.delete(frame);
		const detail = state
			? { frame, state, settings: request.settings }
			: { frame, settings: request.settings };
		request.slide.dispatchEvent(
			new CustomEvent(state ? 'orbit:shown' : 'orbit:timeout', { bubbles: true, detail })
		);
	}

	function cancelAll() {
		for (const frame of waiting) {
			const s = stateOf(frame);
			if (s.request) clearTimeout(s.request.timer);
			s.request = null;
		}
		waiting.clear();
	}

	/** Sends the current slide's settings to its Orbit frames. */
	function showCurrent() {
		cancelAll();
		const slide = deck.getCurrentSlide();
		if (!slide) return;
		const { settings, problems } = readSettings(slide);
		if (problems.length && !warned.has(slide)) {
			warned.add(slide);
			console.warn(`orbit-reveal: ignored ${problems.join('; ')}.`, slide);
		}
		if (Object.keys(settings).length === 0) return;
		for (const frame of slide.querySelectorAll('iframe')) {
			if (!isOrbitFrame(frame)) continue;
			const s = stateOf(frame);
			/** @type {Request} */
			const request = { slide, settings, sent: false, timer: undefined };
			request.timer = setTimeout(() => finish(frame, request, null), timeout);
			s.request = request;
			waiting.add(frame);
			// A map that has not spoken since it (re)loaded may not be listening yet: it gets the
			// settings when it first reports its state.
			if (!s.live) continue;
			send(frame, request);
			// Already showing them (the slide is shown again, untouched): nothing will change, so
			// no new state would come.
			if (s.last && shows(s.last, settings, true)) finish(frame, request, s.last);
		}
	}

	/** Focus left in an Orbit frame that the slide change hid goes back to the deck. */
	function releaseFocus() {
		const active = document.activeElement;
		if (active && isOrbitFrame(active) && !deck.getCurrentSlide()?.contains(active)) {
			active.blur();
		}
	}

	/** @param {HTMLIFrameElement} frame @param {OrbitState} state */
	function onState(frame, state) {
		const s = stateOf(frame);
		const wasLive = s.live;
		s.live = true;
		s.last = state;
		const request = s.request;
		if (!request) return;
		if (!request.sent || !wasLive) {
			// The map's first word since it (re)loaded: it can hear us now.
			send(frame, request);
			if (shows(state, request.settings, true)) finish(frame, request, state);
		} else if (shows(state, request.settings, false)) {
			finish(frame, request, state);
		}
	}

	/** @param {string} key */
	function onKey(key) {
		const code = Object.hasOwn(KEY_CODES, key) ? KEY_CODES[key] : undefined;
		if (code === undefined || deck.getConfig().keyboard === false) return;
		deck.triggerKey(code);
	}

	/** @param {MessageEvent} event */
	function onMessage(event) {
		if (!event.source) return;
		const frame = deckFrames().find((f) => f.contentWindow === event.source);
		if (!frame || event.origin !== frameOrigin(frame)) return;
		const data = event.data;
		if (!isRecord(data)) return;
		if (data.type === 'orbit:state') {
			const state = readState(data);
			if (state) onState(frame, state);
		} else if (data.type === 'orbit:key') {
			if (typeof data.key === 'string' && data.key.length > 0 && data.key.length <= 20) {
				onKey(data.key);
			}
		}
	}

	/**
	 * A frame given a new document (reveal.js loads a frame's `data-src` when its slide comes
	 * near and unloads it when the slide is far): its map must speak before it can hear us. The
	 * frame's `load` event would come too late: a map may speak before its page has loaded.
	 */
	const sources = new MutationObserver((records) => {
		for (const { target } of records) {
			if (target instanceof Element && isOrbitFrame(target)) {
				const s = stateOf(target);
				s.live = false;
				s.last = null;
			}
		}
	});

	function onSlideChanged() {
		releaseFocus();
		showCurrent();
	}

	return {
		id: 'orbit',
		/** @param {Deck} reveal */
		init(reveal) {
			deck = reveal;
			window.addEventListener('message', onMessage);
			sources.observe(deck.getSlidesElement(), {
				subtree: true,
				attributes: true,
				attributeFilter: ['src']
			});
			deck.on('slidechanged', onSlideChanged);
			if (deck.isReady()) showCurrent();
			else deck.on('ready', showCurrent);
		},
		destroy() {
			cancelAll();
			window.removeEventListener('message', onMessage);
			sources.disconnect();
			deck.off('slidechanged', onSlideChanged);
			deck.off('ready', showCurrent);
		}
	};
}
