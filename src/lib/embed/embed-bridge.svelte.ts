/**
 * The embed's side of the message protocol (messages.ts, the README): tells the parent page what
 * the map shows after loading and after every change, and applies the `orbit:set` messages the
 * parent sends. Only on /embed inside a frame; the full site ignores messages.
 */
import type { AtlasState } from '$lib/atlas/atlas-state.svelte';
import { placeById } from '$lib/places/places';
import { parseSetMessage, stateMessage } from './messages';

export class EmbedBridge {
	#atlas: AtlasState;

	/** Create during a component's initialisation: the effect lives as long as it does. */
	constructor(atlas: AtlasState) {
		this.#atlas = atlas;
		// After loading and after every change (a year drawn, a move, a popup), say what is shown.
		$effect(() => {
			const year = atlas.map.shownYear;
			const view = atlas.map.view;
			const place = atlas.place;
			if (!atlas.embed || window.parent === window || year === null || !view) return;
			window.parent.postMessage(stateMessage(year, view, place), '*');
		});
	}

	/** A message from the parent page (or anyone: every field is checked on its own). */
	onmessage = (event: MessageEvent) => {
		const atlas = this.#atlas;
		if (!atlas.embed) return;
		const parsed = parseSetMessage(event.data, (id) => !!placeById(id));
		if (!parsed) return;
		const { command, problems } = parsed;
		if (problems.length) {
			atlas.notify(`Ignored part of an orbit:set message: ${problems.join('; ')}.`);
		}
		if (command.view) atlas.map.jumpTo(command.view);
		if (command.place !== undefined) atlas.place = command.place;
		if (command.play === false) atlas.timeline.pause();
		if (command.year !== undefined) {
			atlas.timeline.pause();
			atlas.timeline.set(command.year);
		}
		if (command.play === true) atlas.play();
	};
}
