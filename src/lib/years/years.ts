/**
 * The atlas's years: the one definition of the slider's range and of how any number, date or
 * speed becomes something the timeline can show. Pure; the build and the site both read it.
 */

/** The slider's first and last year. */
export const FIRST_YEAR = 1945;
export const LAST_YEAR = 2025;
export const YEAR_COUNT = LAST_YEAR - FIRST_YEAR + 1;
/** A year shows the world as it stood on this day of it. */
export const YEAR_SAMPLE_DAY = '07-01';
/** "1945–2025", for labels and notices. */
export const YEAR_RANGE_LABEL = `${FIRST_YEAR}–${LAST_YEAR}`;

/** Play speeds, in years a second (the Play menu, the embed's `speed=`). */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** The nearest whole year in range. */
export function clampYear(year: number): number {
	return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Math.round(year)));
}

/** Whether a number is a year the atlas shows. */
export function inRange(year: number): boolean {
	return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** Every year from the first to the last. */
export function allYears(): number[] {
	return Array.from({ length: YEAR_COUNT }, (_, i) => FIRST_YEAR + i);
}

/** The year an ISO date ("1978-11-03", "1991-12", "1945") falls in. */
export function yearOf(date: string): number {
	return Number(date.slice(0, 4));
}
