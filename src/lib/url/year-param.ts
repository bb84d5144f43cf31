import { LAST_YEAR, YEAR_RANGE_LABEL, clampYear } from '$lib/years/years';
import { quoted } from './quote';

export const DEFAULT_YEAR = LAST_YEAR;

export interface YearParam {
	year: number;
	/** A short sentence for the reader when the address asked for something we cannot show. */
	notice?: string;
}

/**
 * Reads `?year=`. Absent: the default year, quietly. Empty, malformed or out of range: the
 * nearest year we can show, with a notice. Only plain ASCII digits (optionally signed) count as a
 * number, so "1e3", "0x7C5", " 1985" or Arabic-Indic digits are malformed, not reinterpreted.
 */
export function parseYearParam(raw: string | null): YearParam {
	if (raw === null) return { year: DEFAULT_YEAR };
	const range = YEAR_RANGE_LABEL;
	if (raw.trim() === '') {
		return { year: DEFAULT_YEAR, notice: `No year given; showing ${DEFAULT_YEAR}.` };
	}
	if (!/^[+-]?\d{1,12}$/.test(raw)) {
		return {
			year: DEFAULT_YEAR,
			notice: `${quoted(raw)} is not a year; showing ${DEFAULT_YEAR}. Years run ${range}.`
		};
	}
	const asked = Number(raw);
	const year = clampYear(asked);
	if (year !== asked) {
		return {
			year,
			notice: `The atlas covers ${range}; showing ${year} instead of ${quoted(raw)}.`
		};
	}
	return { year };
}
