/** What exists in the atlas, for reading addresses and embed messages: states, places, tours. */
import { placeById } from '$lib/places/places';
import { codedStateFor } from '$lib/relations/relations';
import { tourEntry } from './tours';

/** What a state code, a place id or a tour id names; reading an address or a message asks. */
export interface Lookups {
	resolveState: (code: string) => string | undefined;
	isPlace: (id: string) => boolean;
	/** Number of scenes in a tour, or undefined when there is no such tour. */
	sceneCount: (tour: string) => number | undefined;
}

export const LOOKUPS: Lookups = {
	resolveState: codedStateFor,
	isPlace: (id) => !!placeById(id),
	sceneCount: (id) => tourEntry(id)?.scenes
};
