import { quoted } from './quote';

export interface PlaceParam {
	place: string | null;
	notice?: string;
}

/** Reads `?place=<id>`. Absent or empty: no popup. An unknown id is ignored with a notice. */
export function parsePlaceParam(raw: string | null, isKnown: (id: string) => boolean): PlaceParam {
	if (raw === null || raw.trim() === '') return { place: null };
	const id = raw.trim().toLowerCase();
	if (/^[a-z0-9-]{1,60}$/.test(id) && isKnown(id)) return { place: id };
	return { place: null, notice: `${quoted(raw)} is not a place on this map; no popup opened.` };
}
