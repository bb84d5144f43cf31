/**
 * Data beyond the first view (reasons, event texts, tours, the state panel's code) is fetched
 * when first needed, and ahead of need once the map has drawn its first year and the page is idle,
 * so a first click rarely waits. The offline copy starts only then too, never competing with the
 * first view.
 */
import { registerServiceWorker } from '$lib/offline/register';
import { placeTexts } from '$lib/places/places';
import { relationsData } from '$lib/relations/relations';
import { toursData } from '$lib/tours/tours';
import { passageFragments } from '$lib/sources/passages';

let started = false;

export function prefetchAfterFirstView() {
	if (started) return;
	started = true;
	const all = () =>
		Promise.allSettled([
			relationsData.load(),
			placeTexts.load(),
			toursData.load(),
			passageFragments.load(),
			// The code of what a first click on a state opens.
			import('$lib/relations/StatePanel.svelte')
		]);
	if ('requestIdleCallback' in window) requestIdleCallback(all, { timeout: 2000 });
	else setTimeout(all, 500);
	registerServiceWorker();
}

/** Why any of that data could not be loaded, in sentences for notices. */
export function lazyDataErrors(): string[] {
	return [relationsData.error, placeTexts.error, toursData.error].filter((e): e is string => !!e);
}
