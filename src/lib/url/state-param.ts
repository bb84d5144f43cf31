export interface StateParam {
	state: string | null;
	notice?: string;
}

/**
 * Reads `?state=ISO3`. Absent or empty: nothing selected. A code the atlas does not draw or code
 * is ignored with a notice; case is forgiven ("vnm" selects Vietnam).
 */
export function parseStateParam(raw: string | null, isKnown: (iso: string) => boolean): StateParam {
	if (raw === null || raw.trim() === '') return { state: null };
	const iso = raw.trim().toUpperCase();
	if (/^[A-Z]{3}$/.test(iso) && isKnown(iso)) return { state: iso };
	const shown = raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
	return {
		state: null,
		notice: `“${shown}” is not a state this atlas codes (use a three-letter ISO code such as VNM).`
	};
}
