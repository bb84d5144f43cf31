/**
 * Keeps the address and the atlas in step (the contract in DATA.md). Reading: on load and on
 * Back/Forward, the address sets the year, selection, place, comparison, scene and reading, and whatever it
 * cannot use becomes a notice. Writing: choosing a state, place, comparison or scene adds a
 * history entry (Back undoes it); moving the year replaces the current one, debounced, so scrubbing
 * does not flood history. The view stays in MapLibre's own #map= hash.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { AtlasState } from '$lib/page/atlas-state.svelte';
import { LOOKUPS } from '$lib/tours/lookups';
import type { TourPlayer } from '$lib/tours/tour-player.svelte';
import { parseAtlasUrl, writeAtlasUrl, type AtlasUrlState } from './atlas-url';

/** How long the year waits before it replaces the address (scrubbing writes once). */
const YEAR_DEBOUNCE_MS = 150;

export class UrlSync {
	#atlas: AtlasState;
	#tours: TourPlayer;
	#lastDiscrete = '';

	/** Create during a component's initialisation: the effect lives as long as it does. */
	constructor(atlas: AtlasState, tours: TourPlayer) {
		this.#atlas = atlas;
		this.#tours = tours;
		$effect(() => {
			if (!atlas.ready) return;
			return this.#write({
				year: atlas.timeline.year,
				state: atlas.selected?.iso ?? null,
				place: atlas.place,
				compare: atlas.compare,
				scene: tours.scene,
				tour: tours.custom?.payload ?? tours.opening,
				reading: atlas.reading
			});
		});
	}

	/** Reads the address into the atlas; returns the notices for what it could not use. */
	read(params: URLSearchParams): string[] {
		const s = parseAtlasUrl(params, LOOKUPS);
		const atlas = this.#atlas;
		atlas.timeline.set(s.year);
		atlas.choose(s.state);
		atlas.place = s.place;
		atlas.compare = s.compare;
		atlas.reading = s.reading;
		const tours = this.#tours;
		if (s.tour === null) {
			tours.custom = null;
			tours.scene = s.scene;
		} else if (s.tour === tours.custom?.payload) {
			// Back or Forward within the same tour: only the scene changes.
			tours.scene = {
				...s.scene!,
				index: Math.min(s.scene!.index, tours.custom.tour.scenes.length - 1)
			};
		} else {
			void this.#openTour(s.tour, s.scene!.index);
		}
		return s.notices;
	}

	/** Unpacks and checks a tour link; a bad one is said, and the atlas goes on without it. */
	async #openTour(payload: string, index: number) {
		// Opening the link is not a step of its own: the next write replaces the address.
		const notice = await this.#tours.open(payload, index, () => (this.#lastDiscrete = ''));
		if (notice) this.#atlas.notify(notice);
	}

	/** Reads the page's address, then follows Back and Forward; returns the teardown. */
	start(): () => void {
		this.#atlas.notify(...this.read(page.url.searchParams));
		// Back and forward restore exactly what the address says.
		// The address as it is now, read once: not state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const onpopstate = () => this.#atlas.notify(...this.read(new URL(location.href).searchParams));
		addEventListener('popstate', onpopstate);
		return () => removeEventListener('popstate', onpopstate);
	}

	#write(next: AtlasUrlState) {
		const discrete = JSON.stringify([
			next.state,
			next.place,
			next.compare,
			next.scene,
			next.tour,
			next.reading
		]);
		const push = this.#lastDiscrete !== '' && discrete !== this.#lastDiscrete;
		this.#lastDiscrete = discrete;
		const t = setTimeout(
			() => {
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				const url = writeAtlasUrl(new URL(location.href), next);
				if (url.href === location.href) return;
				// The page's own address with new query values: nothing for resolve() to map.
				// eslint-disable-next-line svelte/no-navigation-without-resolve
				(push ? pushState : replaceState)(url, page.state);
			},
			push ? 0 : YEAR_DEBOUNCE_MS
		);
		return () => clearTimeout(t);
	}
}
