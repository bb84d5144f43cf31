/**
 * When each coded state has a shape of its own on the map: what an ask scene can hide. A state
 * drawn inside another in a year (Kazakhstan inside the USSR before 1992, East Timor inside
 * Indonesia 1976–1999) has nothing to hide then, so a scene may not ask about it. Written by the
 * geodata build (`drawn-spans.json`), which checks the built-in tours with it; a reader's tour is
 * checked with the same file. Pure, with relative imports: the build runs it with tsx.
 */

/** For each coded state, the [first, after-last) years it is drawn as a shape of its own. */
export type DrawnSpans = Record<string, [number, number][]>;

/** The spans of the shapes the build cuts (each with the coded state whose class it shows). */
export function drawnSpans(
	shapes: readonly { state: string; start: number; end: number }[]
): DrawnSpans {
	const spans: DrawnSpans = {};
	for (const { state, start, end } of shapes) (spans[state] ??= []).push([start, end]);
	for (const list of Object.values(spans)) list.sort((a, b) => a[0] - b[0]);
	return Object.fromEntries(Object.entries(spans).sort(([a], [b]) => a.localeCompare(b)));
}

/** Whether `state` has a shape of its own in `year`. */
export function isDrawnAlone(spans: DrawnSpans, state: string, year: number): boolean {
	return (spans[state] ?? []).some(([start, end]) => year >= start && year < end);
}
