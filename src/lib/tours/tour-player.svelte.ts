/**
 * Plays a tour, built-in or a reader's: the current scene (in the URL as `?scene=<tour>/<n>`, a
 * reader's tour also as `?tour=<payload>`), what it sets on the atlas (the year, the open place,
 * the view, the outlined states, the states an ask scene hides), presenter mode, and the keys a
 * presentation clicker sends. An ask scene takes two steps, its question then its answer
 * (`china/3`, `china/3/answer`; ask-steps.ts). Effects only push the scene into the atlas and the map.
 */
import { createContext, untrack } from 'svelte';
import type { AtlasState } from '$lib/page/atlas-state.svelte';
import type { PlayableScene, PlayableTour, TourDocument } from './document';
import { isPlayToggle } from '$lib/timeline/keys';
import { asks, settleStep, stepTour } from './ask-steps';
import { CUSTOM_TOUR_ID, type SceneRef } from './scene-ref';
import { tourById, toursData } from './tours';

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
	/** Whether the scene asks the room: its `ask` states hidden until the next step. */
	readonly asking: boolean = $derived(asks(this.current) && !this.scene?.answer);

	#atlas: AtlasState;

	/** Create during a component's initialisation: the effects live as long as it does. */
	constructor(atlas: AtlasState) {
		this.#atlas = atlas;
		// The scenes are fetched when a tour starts (the menu needs only titles).
		$effect(() => {
			if (this.scene && this.scene.tour !== CUSTOM_TOUR_ID) toursData.load().catch(() => {});
		});
		// A scene sets the year and the open place (an ask scene's once it is revealed: a place's
		// events could tell the answer)...
		$effect(() => {
			const s = this.current;
			const asking = this.asking;
			if (!s) return;
			untrack(() => {
				atlas.timeline.pause();
				atlas.timeline.set(s.year);
				atlas.place = asking ? null : (s.place ?? null);
			});
		});
		// An ask scene hides its states in its year while it asks (every view reads atlas.withheld).
		$effect(() => {
			const s = this.current;
			atlas.withheld = s?.ask && this.asking ? { year: s.year, states: s.ask } : null;
		});
		// "/answer" on a scene that asks nothing is that scene (the address drops it).
		$effect(() => {
			const { tour, scene } = this;
			if (!tour || !scene?.answer) return;
			const settled = settleStep(tour.scenes, scene);
			if (!settled.answer) untrack(() => (this.scene = { tour: scene.tour, ...settled }));
		});
		// ...and the view, as soon as the map can move.
		$effect(() => {
			const s = this.current;
			if (s?.view && atlas.map.status === 'ready')
				untrack(() => atlas.map.jumpTo(s.view!, this.cardWidth));
		});
	}

	/**
	 * Plays a built-in tour from scene `index` (at its answer when `answer` and the scene asks);
	 * a reader's tour, or one still opening, gives way.
	 */
	start(id: string, index = 0, answer = false) {
		this.opening = null;
		this.custom = null;
		this.scene = { tour: id, index, ...(answer ? { answer: true } : {}) };
	}

	/**
	 * Opens a reader's tour from its link payload (`?tour=`) at scene `index`, keeping the payload
	 * as `opening` meanwhile. Resolves to a notice saying what is wrong with it, or null (also
	 * when something else was asked for meanwhile). `beforePlay` runs once it reads well.
	 */
	async open(payload: string, index = 0, beforePlay?: () => void): Promise<string | null> {
		this.opening = payload;
		this.custom = null;
		this.scene = null;
		let problem: string | null = null;
		try {
			const { readTourLink } = await import('./shared-tour');
			const read = await readTourLink(payload);
			if (this.opening !== payload) return null;
			if ('error' in read) problem = read.error;
			else {
				beforePlay?.();
				await this.play(read.doc, { index, payload });
			}
		} catch (e) {
			problem = (e as Error).message;
		} finally {
			if (this.opening === payload) this.opening = null;
		}
		return problem === null ? null : `This tour link could not be opened: ${problem}.`;
	}

	/**
	 * Plays a reader's tour from scene `index`. Its link payload is made first, so the address
	 * (and so the Share link and the QR code) carries the tour as soon as it plays.
	 */
	async play(doc: TourDocument, { index = 0, payload }: { index?: number; payload?: string } = {}) {
		const [{ packTour }, { playable }] = await Promise.all([
			import('./payload'),
			import('./document')
		]);
		const tour = playable(doc);
		this.custom = { tour, payload: payload ?? (await packTour(doc)) };
		this.scene = {
			tour: CUSTOM_TOUR_ID,
			index: Math.min(Math.max(0, index), tour.scenes.length - 1)
		};
	}

	/** Steps forward (1) or back (-1): scene by scene, an ask scene's question then its answer. */
	step(by: number) {
		if (this.tour && this.scene) {
			this.scene = { tour: this.tour.id, ...stepTour(this.tour.scenes, this.scene, by) };
		}
	}

	end() {
		this.opening = null;
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
	 * the arrow keys unless focus is in a control that uses them, and Space (forward) where it
	 * would otherwise play the years. Escape leaves presenter mode.
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
			event.key === 'PageDown' ||
			(event.key === 'ArrowRight' && !inControl) ||
			(isPlayToggle(event) && !el?.closest('input'))
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
