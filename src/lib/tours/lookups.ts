/** What exists in the atlas, for reading addresses and embed messages: states, places, tours. */
import { placeById } from '$lib/places/places';
import { codedStateFor } from '$lib/relations/relations';
import { tourEntry } from '$lib/tours/tours';
import type { Lookups } from '$lib/url/atlas-url';

export const LOOKUPS: Lookups = {
	resolveState: codedStateFor,
	isPlace: (id) => !!placeById(id),
	sceneCount: (id) => tourEntry(id)?.scenes
};
