/**
 * The slider's axis: the decade labels and the chosen year's label under the track. Pure, so
 * Node can test where they fall against the year chart's columns.
 *
 * Positions are fractions of the thumb's run: 0 where the thumb's centre stands at the first
 * year, 1 where it stands at the last. The axis is drawn in a box inset from the track by half a
 * thumb on each side, so a fraction of that box is a fraction of the run; the chart's box is the
 * run widened by half a column at each end, so each column is centred on its year's thumb.
 */

/** Half the range thumb's width, in CSS pixels (Chromium's and Firefox's default thumb is 16). */
export const HALF_THUMB_PX = 8;

/** Where `year`'s thumb centre stands along the run. */
export function runFraction(year: number, first: number, last: number): number {
	return last === first ? 0.5 : (year - first) / (last - first);
}

/** A fraction of the run as a fraction of the chart's box (`count` columns, one a year). */
export function chartFraction(run: number, count: number): number {
	return (run * (count - 1) + 0.5) / count;
}

export interface AxisLabel {
	year: number;
	/** Along the run (0 to 1). */
	at: number;
	/** Pixels to move the label by so it stays over the track (the chosen year's, at the ends). */
	shift: number;
	chosen: boolean;
	/** A decade between the labelled twenties (1950, 1970, …), left out when the track is narrow. */
	minor: boolean;
}

export interface AxisSizes {
	/** The run's length in pixels (the track's width less a thumb); 0 while not measured. */
	runPx: number;
	/** A decade label's width and the chosen year's label's width, in pixels. */
	labelPx: number;
	chosenPx: number;
}

/**
 * The decades from `first` to `last` and the chosen `year`. The chosen year's label stands on
 * its year, held over the track at the ends; a decade label it would touch is left out (the
 * chosen year is then the label there).
 */
export function axisLabels(
	first: number,
	last: number,
	year: number,
	{ runPx, labelPx, chosenPx }: AxisSizes
): AxisLabel[] {
	const at = runFraction(year, first, last);
	// Measured or not, the decades stay in place (they are placed by fraction); before the
	// track is measured, a laptop's run is assumed for what the chosen year's label hides.
	const run = runPx || 600;
	const reach = HALF_THUMB_PX + run;
	const centre = at * run;
	const held = Math.min(Math.max(centre, chosenPx / 2 - HALF_THUMB_PX), reach - chosenPx / 2);
	const clear = (chosenPx + labelPx) / 2 + 4;
	const decades: AxisLabel[] = [];
	for (let d = Math.ceil(first / 10) * 10; d <= last; d += 10) {
		const x = runFraction(d, first, last);
		if (Math.abs(x * run - held) < clear) continue;
		decades.push({ year: d, at: x, shift: 0, chosen: false, minor: d % 20 !== 0 });
	}
	return [...decades, { year, at, shift: held - centre, chosen: true, minor: false }];
}
