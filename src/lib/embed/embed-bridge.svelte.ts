/**
 * The embed's side of the message protocol (messages.ts, the README): a guest in its host's page.
 * It tells the parent what the map shows after loading and after every change, the height it would
 * like, and the keys it has no use for (so a deck's clicker goes on working after a reader clicks
 * into the map); it applies the `orbit:set` messages the parent sends, without ever moving focus.
 * Made by the /embed page only (the full site does not load it), and active only inside a frame.
 */
import type { AtlasState } from '$lib/page/atlas-state.svelte';
import { LOOKUPS } from '$lib/tours/lookups';
import { writeSceneOnly } from '$lib/tours/scene-ref';
import type { TourPlayer } from '$lib/tours/tour-player.svelte';
import { preferredHeight } from './height';
import { isHostKeyAfter, isHostKeyFirst } from './keys';
import {
	heightMessage,
	keyMessage,
	parseSetMessage,
	reportedScene,
	stateMessage,
	type HeightMessage,
	type KeyMessage,
	type StateMessage
} from './messages';

/** What the page's window hands the embed's guest side (the full site has none). */
export type EmbedGuest = Pick<
	EmbedBridge,
	'onmessage' | 'onclick' | 'onkeydown' | 'onkeydowncapture'
>;

export class EmbedBridge {
	#atlas: AtlasState;
	#tours: TourPlayer;

	/** Create during a component's initialisation: the effects live as long as it does. */
	constructor(atlas: AtlasState, tours: TourPlayer) {
		this.#atlas = atlas;
		this.#tours = tours;
		// After loading and after every change (a year or reading drawn, a move, a popup, a scene
		// shown), say what is shown; the same state twice in a row is said once.
		let scene: string | null = null;
		let said = '';
		$effect(() => {
			const year = atlas.map.shownYear;
			const view = atlas.map.view;
			const reading = atlas.map.shownReading;
			const asked = tours.scene ? writeSceneOnly(tours.scene) : null;
			scene = reportedScene(scene, asked, tours.current?.year, year);
			// While the scene shown asks the room (its answer hidden): `asking: true`.
			const asking = scene !== null && scene === asked && tours.asking ? true : undefined;
			if (year === null || !view || !reading) return;
			const place = atlas.place;
			const message = stateMessage({ year, view, place, reading, scene, asking });
			const text = JSON.stringify(message);
			if (text !== said) this.#post(message);
			said = text;
		});
		// The height the embed would like, whenever its width or its controls change.
		$effect(() => {
			if (!this.#inFrame) return;
			let sent = 0;
			const observer = new ResizeObserver(() => {
				const controls = document.querySelector('.controls')?.getBoundingClientRect().height ?? 0;
				const height = preferredHeight(document.documentElement.clientWidth, controls);
				if (height !== sent) this.#post(heightMessage((sent = height)));
			});
			observer.observe(document.documentElement);
			const controls = document.querySelector('.controls');
			if (controls) observer.observe(controls);
			return () => observer.disconnect();
		});
	}

	get #inFrame(): boolean {
		return !!this.#atlas.embed && window.parent !== window;
	}

	#post(message: StateMessage | KeyMessage | HeightMessage) {
		if (this.#inFrame) window.parent.postMessage(message, '*');
	}

	/** A message from the parent page (or anyone: every field is checked on its own). */
	onmessage = (event: MessageEvent) => {
		const atlas = this.#atlas;
		if (!atlas.embed) return;
		const parsed = parseSetMessage(event.data, LOOKUPS.isPlace, LOOKUPS.sceneCount);
		if (!parsed) return;
		const { command, problems } = parsed;
		if (problems.length) {
			atlas.notify(`Ignored part of an orbit:set message: ${problems.join('; ')}.`);
		}
		const tours = this.#tours;
		// A tour first: a reader's tour (opened as from the address) wins over a scene beside it.
		const ending = command.tour === null || command.scene === null;
		if (ending && (tours.scene || tours.opening)) tours.end();
		if (typeof command.tour === 'string')
			void tours.open(command.tour).then((notice) => notice && atlas.notify(notice));
		else if (command.scene)
			tours.start(command.scene.tour, command.scene.index, !!command.scene.answer);
		if (command.reading) atlas.reading = command.reading;
		if (command.view) atlas.map.jumpTo(command.view);
		if (command.place !== undefined) atlas.place = command.place;
		if (command.play === false) atlas.timeline.pause();
		if (command.year !== undefined) {
			atlas.timeline.pause();
			atlas.timeline.set(command.year);
		}
		if (command.play === true) atlas.play();
	};

	/** Before the embed's own key handlers: a clicker's PageDown/PageUp belongs to the deck. */
	onkeydowncapture = (event: KeyboardEvent) => {
		if (!this.#inFrame || !isHostKeyFirst(event, !!this.#tours.tour)) return;
		event.preventDefault();
		event.stopPropagation();
		this.#post(keyMessage(event.key));
	};

	/** After them: a key nothing in the embed used goes on to the deck. */
	onkeydown = (event: KeyboardEvent) => {
		if (this.#inFrame && isHostKeyAfter(event)) this.#post(keyMessage(event.key));
	};

	/**
	 * A link that opens a new window, in a frame that may forbid new windows (a sandbox without
	 * allow-popups): when the browser refuses, say so and give the address instead of nothing.
	 */
	onclick = (event: MouseEvent) => {
		if (!this.#inFrame || event.defaultPrevented) return;
		const link = (event.target as Element | null)?.closest?.('a[target="_blank"]');
		if (!(link instanceof HTMLAnchorElement)) return;
		event.preventDefault();
		const opened = window.open(link.href, '_blank');
		if (opened) opened.opener = null;
		else
			this.#atlas.notify(
				`This page's frame does not allow new windows; open the link yourself: ${link.href}`
			);
	};
}
