/**
 * The map's labels as the build placed them (geodata/steps/labels.ts): every candidate name and
 * position, and for each the years from which its visibility changes. The page only looks up,
 * per year and zoom band, which candidates show, and writes the feature-state of those that
 * change: a slider step stays one cheap write, and MapLibre never re-places a label.
 */
import type { FeatureCollection } from 'geojson';
import { FIRST_YEAR } from '../years/years.ts';

export type LabelAnchor = 'center' | 'left' | 'right' | 'top' | 'bottom';
export type LabelKind = 'country' | 'place' | 'sea';

export interface LabelData {
	/** Per candidate: kind, name (lines split by '\n'), longitude, latitude, text anchor. */
	features: [LabelKind, string, number, number, LabelAnchor][];
	/**
	 * Per candidate, space-separated runs "<years after FIRST_YEAR>.<hex bits>": from that year
	 * it shows in band b when bit b is set (bit b is bit b % 4 of the (b >> 2)-th hex digit
	 * from the right).
	 */
	shown: string[];
}

/** Whether hex bits include `band`. */
export function bitIn(hex: string, band: number): boolean {
	const digit = hex[hex.length - 1 - (band >> 2)];
	return digit !== undefined && ((parseInt(digit, 16) >> (band & 3)) & 1) === 1;
}

/** A candidate's bits in `year`. */
export function bitsIn(runs: string, year: number): string {
	let bits = '0';
	for (const run of runs.split(' ')) {
		const dot = run.indexOf('.');
		if (FIRST_YEAR + Number(run.slice(0, dot)) > year) break;
		bits = run.slice(dot + 1);
	}
	return bits;
}

/** Which candidates show in a year and band: one flag per candidate. */
export function shownIn(data: LabelData, year: number, band: number): boolean[] {
	return data.shown.map((runs) => bitIn(bitsIn(runs, year), band));
}

/** The writes that take the labels from one shown set to another (null: nothing written). */
export function labelChanges(
	from: readonly boolean[] | null,
	to: readonly boolean[]
): { id: number; s: boolean }[] {
	const out: { id: number; s: boolean }[] = [];
	to.forEach((s, id) => {
		if (!from || from[id] !== s) out.push({ id, s });
	});
	return out;
}

/** The labels' GeoJSON source: one point per candidate, its id its index. */
export function labelCollection(data: LabelData): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: data.features.map(([kind, text, x, y, anchor], id) => ({
			type: 'Feature',
			id,
			properties: { kind, text, anchor },
			geometry: { type: 'Point', coordinates: [x, y] }
		}))
	};
}
