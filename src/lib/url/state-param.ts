import { quoted } from './quote';

export interface StateParam {
	state: string | null;
	notice?: string;
}

/**
 * Reads `?state=ISO3`. Absent or empty: nothing selected. `resolve` maps a code to the coded
 * state it shows (historical codes such as VDR included). A code the atlas does not code is
 * ignored with a notice; case is forgiven ("vnm" selects Vietnam).
 */
export function parseStateParam(
	raw: string | null,
	resolve: (code: string) => string | undefined
): StateParam {
	if (raw === null || raw.trim() === '') return { state: null };
	const code = raw.trim().toUpperCase();
	const state = /^[A-Z]{3}$/.test(code) ? resolve(code) : undefined;
	if (state) return { state };
	return {
		state: null,
		notice: `${quoted(raw)} is not a state this atlas codes (use a three-letter ISO code such as VNM).`
	};
}
