/**
 * What a reader's tour is checked against: what exists in the atlas, and which states have a
 * shape of their own in a year (an ask scene must have something to hide). Loaded with the
 * tour reader and the editor, not with the first view.
 */
import spans from '$lib/generated/drawn-spans.json';
import type { TourLookups } from './document-schema';
import { isDrawnAlone, type DrawnSpans } from './drawn-spans';
import { LOOKUPS } from './lookups';

export const TOUR_LOOKUPS: TourLookups = {
	...LOOKUPS,
	isDrawnAlone: (state, year) => isDrawnAlone(spans as unknown as DrawnSpans, state, year)
};
