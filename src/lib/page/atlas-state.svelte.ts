/**
 * The state the atlas's parts share: the year (a Timeline), the selected state, the open place,
 * the comparison year, the reading, the notices, the states a tour scene withholds, and the main map. One instance per page, shared by context;
 * the URL, tours and the embed bridge keep it in step with the world outside.
 */
import { createContext } from 'svelte';
import type { EmbedOptions } from '$lib/page/embed-options';
import { MapContext } from '$lib/map/map-context.svelte';
import type { RecolourStrategy } from '$lib/map/year-paint';
import { relationsData, stateName } from '$lib/relations/relations';
import { withheldIn, type Withheld } from '$lib/relations/withheld';
import type { Reading } from '$lib/codebook/readings';
import { Timeline } from '$lib/timeline/timeline.svelte';

export interface Selection {
	iso: string;
	name: string;
}

export class AtlasState {
	readonly timeline = new Timeline();
	/** The main map. */
	readonly map: MapContext;
	/** The embed's display options; null on the full site. */
	readonly embed: EmbedOptions | null;

	/** Set once the address has been read: the map starts at the year it asks for. */
	ready = $state(false);
	selected = $state<Selection | null>(null);
	/** The place whose popup is open. */
	place = $state<string | null>(null);
	/** The year shown beside the selected one, or null. */
	compare = $state<number | null>(null);
	notices = $state<string[]>([]);
	/** The year as a table instead of the map. */
	showTable = $state(false);
	/** States a tour scene hides while it asks the room (set by the tour player), or null. */
	withheld = $state.raw<Withheld | null>(null);
	#reading = $state<Reading>('assessed');

	constructor({
		embed = null,
		recolour = 'feature-state'
	}: { embed?: EmbedOptions | null; recolour?: RecolourStrategy } = {}) {
		this.embed = embed;
		this.map = new MapContext({ hash: true, recolour });
	}

	/**
	 * The reading the whole page shows (the map, panels, summaries, table and exports): the one
	 * place it is kept, handed to each part that shows it.
	 * The formal reading needs the full table (its counts and rules), fetched when first asked for.
	 */
	get reading(): Reading {
		return this.#reading;
	}

	set reading(reading: Reading) {
		this.#reading = reading;
		if (reading === 'formal') relationsData.load().catch(() => {});
	}

	/** Shows notices, each sentence once (a repeated bad message adds nothing new). */
	notify(...messages: string[]) {
		const fresh = messages.filter((m, i) => !this.notices.includes(m) && messages.indexOf(m) === i);
		if (fresh.length) this.notices = [...this.notices, ...fresh];
	}

	dismiss(message: string) {
		this.notices = this.notices.filter((n) => n !== message);
	}

	/** Selects a coded state (its name looked up when not given), or clears the selection. */
	choose(iso: string | null, name?: string) {
		this.selected = iso ? { iso, name: name ?? stateName(iso) } : null;
	}

	/** The states hidden in the year shown: what no view may give away. */
	get hidden(): readonly string[] {
		return withheldIn(this.withheld, this.timeline.year);
	}

	/** Whether `state`'s class is hidden in `year`. */
	hides(state: string, year: number): boolean {
		return withheldIn(this.withheld, year).includes(state);
	}

	/** Plays the timeline, each year drawn on the map before the next. */
	play() {
		void this.timeline.play((year) => this.map.whenShown(year));
	}

	togglePlay() {
		if (this.timeline.playing) this.timeline.pause();
		else this.play();
	}
}

export const [getAtlas, setAtlas] = createContext<AtlasState>();
