import { dev } from '$app/environment';
import { base } from '$app/paths';

/**
 * Registers the offline service worker (src/service-worker.ts) once, when the page is idle.
 *
 * SvelteKit would register it on the window's load event, which on the atlas is before the map
 * has its geometry: the worker's copies (about 1.3 MB compressed) would then share a lecture hall's network
 * with the first view. The map pages call this once the first year is drawn (or the map has
 * failed); pages without a map call it on load.
 */
let registered = false;

export function registerServiceWorker(): void {
	if (registered || dev || typeof navigator === 'undefined' || !('serviceWorker' in navigator))
		return;
	// A sandboxed frame without allow-same-origin has an opaque origin: no storage, no worker
	// (asking for one throws). The page works without its offline copy.
	if (window.origin === 'null') return;
	registered = true;
	const go = () => {
		// Offline copies are a convenience: the page itself works without them.
		const unavailable = (error: unknown) => console.warn('Offline copies unavailable:', error);
		try {
			navigator.serviceWorker.register(`${base}/service-worker.js`).catch(unavailable);
		} catch (error) {
			unavailable(error);
		}
	};
	if ('requestIdleCallback' in window) requestIdleCallback(go, { timeout: 3000 });
	else setTimeout(go, 500);
}

/** For pages without a map: register once the page has loaded. */
export function registerServiceWorkerOnLoad(): void {
	if (typeof document === 'undefined') return;
	if (document.readyState === 'complete') registerServiceWorker();
	else addEventListener('load', registerServiceWorker, { once: true });
}
