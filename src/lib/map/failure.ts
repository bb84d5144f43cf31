/** Why a map cannot be drawn, in a sentence for the reader (the page then shows a table). */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const WORKER_REFUSED =
	'The map could not be drawn: this page does not let it start the worker that prepares its shapes.';
export const CONTEXT_LOST =
	'The map stopped drawing: the browser took away its graphics (WebGL) context.';

export function failureSentence(e: unknown): string {
	if (e === WORKER_REFUSED || e === CONTEXT_LOST) return e;
	const message = e instanceof Error ? e.message : String(e);
	return /webgl/i.test(message)
		? 'This browser cannot draw the map: it needs WebGL 2, which is turned off or unsupported here.'
		: `The map could not be drawn: ${message}`;
}

/**
 * Reports a map that stops being able to draw, so it says so (and the page shows the year as a
 * table) instead of a legend over an empty sea: its worker refused (a sandboxed frame), or its
 * WebGL context lost. Other map errors are logged.
 */
export function watchFailures(map: MapLibreMap, fail: (sentence: string) => void) {
	map.on('error', (e) => {
		if (/worker failed to load/i.test(e.error?.message ?? '')) fail(WORKER_REFUSED);
		else console.warn('map:', e.error?.message ?? e);
	});
	map.getCanvas().addEventListener('webglcontextlost', () => fail(CONTEXT_LOST));
}
