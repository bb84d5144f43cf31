export interface PlaceParam {
	place: string | null;
	notice?: string;
}

/** Reads `?place=<id>`. Absent or empty: no popup. An unknown id is ignored with a notice. */
export function parsePlaceParam(raw: string | null, isKnown: (id: string) => boolean): PlaceParam {
	if (raw === null || raw.trim() === '') return { place: null };
	const id = raw.trim().toLowerCase();
	if (/^[a-z0-9-]{1,60}$/.test(id) && isKnown(id)) return { place: id };
	const shown = raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
	return { place: null, notice: `“${shown}” is not a place on this map; no popup opened.` };
}
