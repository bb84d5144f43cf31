/**
 * Plays a tour, built-in or a reader's: the current scene (in the URL as `?scene=<tour>/<n>`, a
 * reader's tour also as `?tour=<payload>`), what it sets on the atlas (the year, the open place,
 * the view, the outlined states), presenter mode, and the keys a presentation clicker sends.
 * Effects only push the scene into the atlas and the map.
 */
import { createContext, untrack } from 'svelte';
import type { AtlasState } from '$lib/page/atlas-state.svelte';
import {
	CUSTOM_TOUR_ID,
	playable,
	type PlayableScene,
	type PlayableTour,
	type TourDocument
} from './document';
import type { SceneRef } from './scene-ref';
import { stepScene, tourById, toursData } from './tours';

/** A reader's tour being played, with the link payload that carries it. */
export interface CustomTour {
	tour: PlayableTour;
	payload: string;
}

export class TourPlayer {
	scene = $state<SceneRef | null>(null);
	presenting = $state(false);
	/** The scene card's width, so the map frames the scene beside it. */
	cardWidth = $state(0);

	/** A reader's tour (shared, imported or being edited), played under CUSTOM_TOUR_ID. */
	custom = $state.raw<CustomTour | null>(null);
	/** Whether the tour editor is open (in the side panel). */
	editing = $state(false);
	/** A tour link still being unpacked: the address keeps it meanwhile. */
	opening = $state<string | null>(null);

	readonly tour: PlayableTour | undefined = $derived(
		!this.scene
			? undefined
			: this.scene.tour === CUSTOM_TOUR_ID
				? this.custom?.tour
				: tourById(this.scene.tour)
	);
	readonly current: PlayableScene | undefined = $derived(
		this.tour && this.scene ? this.tour.scenes[this.scene.index] : undefined
	);
	/** The states the scene outlines on the map. */
	readonly outlined: readonly string[] = $derived(this.current?.states ?? []);

	#atlas: AtlasState;

	/** Create during a component's initialisation: the effects live as long as it does. */
	constructor(atlas: AtlasState) {
		this.#atlas = atlas;
		// The scenes are fetched when a tour starts (the menu needs only titles).
		$effect(() => {
			if (this.scene && this.scene.tour !== CUSTOM_TOUR_ID) toursData.load().catch(() => {});
		});
		// A scene sets the year and the open place...
		$effect(() => {
			const s = this.current;
			if (!s) return;
			untrack(() => {
				atlas.timeline.pause();
				atlas.timeline.set(s.year);
				atlas.place = s.place ?? null;
			});
		});
		// ...and the view, as soon as the map can move.
		$effect(() => {
			const s = this.current;
			if (s?.view && atlas.map.status === 'ready')
				untrack(() => atlas.map.jumpTo(s.view!, this.cardWidth));
		});
	}

	start(id: string) {
		this.custom = null;
		this.scene = { tour: id, index: 0 };
	}

	/**
	 * Plays a reader's tour from scene `index`. Its link payload is made first, so the address
	 * (and so the Share link and the QR code) carries the tour as soon as it plays.
	 */
	async play(doc: TourDocument, { index = 0, payload }: { index?: number; payload?: string } = {}) {
		const { packTour } = await import('./payload');
		const tour = playable(doc);
		this.custom = { tour, payload: payload ?? (await packTour(doc)) };
		this.scene = {
			tour: CUSTOM_TOUR_ID,
			index: Math.min(Math.max(0, index), tour.scenes.length - 1)
		};
	}

	step(by: number) {
		if (this.tour && this.scene) {
			this.scene = { tour: this.tour.id, index: stepScene(this.tour, this.scene.index, by) };
		}
	}

	end() {
		this.scene = null;
		this.custom = null;
		this.cardWidth = 0;
		const view = this.#atlas.map.view;
		if (view) this.#atlas.map.jumpTo(view, 0);
		this.setPresenting(false);
	}

	setPresenting(on: boolean) {
		this.presenting = on;
		// Fullscreen where the browser allows it; the large-type layout works without it.
		if (on && !document.fullscreenElement)
			document.documentElement.requestFullscreen?.().catch(() => {});
		if (!on && document.fullscreenElement) document.exitFullscreen().catch(() => {});
	}

	/**
	 * In a tour, what a presentation clicker sends (PageDown/PageUp) steps the scenes, and so do
	 * the arrow keys unless focus is in a control that uses them. Escape leaves presenter mode.
	 */
	onkey(event: KeyboardEvent) {
		if (!this.tour) return;
		if (event.key === 'Escape' && this.presenting) {
			this.setPresenting(false);
			return;
		}
		const el = event.target as HTMLElement | null;
		const inControl = !!el?.closest('input, select, textarea, [role="toolbar"]');
		const by =
			event.key === 'PageDown' || (event.key === 'ArrowRight' && !inControl)
				? 1
				: event.key === 'PageUp' || (event.key === 'ArrowLeft' && !inControl)
					? -1
					: 0;
		if (by === 0) return;
		event.preventDefault();
		event.stopPropagation();
		this.step(by);
	}
}

export const [getTours, setTours] = createContext<TourPlayer>();
