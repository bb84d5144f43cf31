/**
 * The citations a scene can borrow: those behind the colours of the states it outlines in its
 * year, and those of its place's events up to that year. The editor offers them as choices.
 */
export interface SuggestionLookups {
	/** The citations of the interval that colours `state` in `year`, and the state's name. */
	stateCitations: (
		state: string,
		year: number
	) => { name: string; citations: string[] } | undefined;
	/** A place's name and its events (year and citations). */
	placeEvents: (
		place: string
	) => { name: string; events: { year: number; citations: string[] }[] } | undefined;
}

export interface Suggestion {
	citation: string;
	/** What it supports, e.g. "Vietnam in 1979" or "Cam Ranh Bay, 1979". */
	from: string;
}

export function suggestCitations(
	scene: { year: number; states: readonly string[]; place?: string | null },
	lookups: SuggestionLookups
): Suggestion[] {
	const out: Suggestion[] = [];
	const seen = new Set<string>();
	const add = (citation: string, from: string) => {
		if (seen.has(citation)) return;
		seen.add(citation);
		out.push({ citation, from });
	};
	if (scene.place) {
		const p = lookups.placeEvents(scene.place);
		// The nearest events first: the scene's own year, then the years before it.
		const events = (p?.events ?? []).filter((e) => e.year <= scene.year);
		for (const e of events.sort((a, b) => b.year - a.year))
			for (const c of e.citations) add(c, `${p!.name}, ${e.year}`);
	}
	for (const state of scene.states) {
		const s = lookups.stateCitations(state, scene.year);
		for (const c of s?.citations ?? []) add(c, `${s!.name} in ${scene.year}`);
	}
	return out;
}
