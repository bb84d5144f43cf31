/**
 * What a quiz asks about, and how the address says it: `?seed=N` (the same ten questions for
 * everyone with the link), `decade=1970`, `region=south-asia`, `reading=formal`. A value the quiz
 * cannot use is dropped with a notice in words, as the atlas's own parameters are.
 */
import { FIRST_YEAR, LAST_YEAR } from '$lib/years/years';
import type { Reading } from '$lib/codebook/readings';
import { parseReadingParam } from '$lib/url/reading-param';
import { quoted } from '$lib/url/quote';
import { MAX_SEED } from './random';
import { REGION_IDS, regionById, type RegionId } from './regions';

export interface QuizOptions {
	/** The first year of a decade (1940 … 2020), or null for every year. */
	decade: number | null;
	region: RegionId | null;
	reading: Reading;
}

export const DEFAULT_OPTIONS: QuizOptions = { decade: null, region: null, reading: 'assessed' };

/** The decades the atlas's years fall in, by their first year: 1940 (1945–1949) … 2020. */
export const DECADES: readonly number[] = Array.from(
	{ length: Math.floor(LAST_YEAR / 10) - Math.floor(FIRST_YEAR / 10) + 1 },
	(_, i) => Math.floor(FIRST_YEAR / 10) * 10 + 10 * i
);

/** The years of a decade that the atlas shows: [first, last]. */
export function decadeYears(decade: number): [number, number] {
	return [Math.max(decade, FIRST_YEAR), Math.min(decade + 9, LAST_YEAR)];
}

/** "the 1940s (1945–1949)", as a notice or a menu says it. */
export function decadeLabel(decade: number): string {
	const [from, to] = decadeYears(decade);
	return `${decade}s (${from}–${to})`;
}

export function describeOptions(options: QuizOptions): string {
	const parts = [
		options.decade === null ? 'all years' : `the ${decadeLabel(options.decade)}`,
		options.region === null ? 'all of Asia' : regionById(options.region).label,
		`${options.reading} reading`
	];
	return parts.join(', ');
}

export interface QuizParams {
	/** The seed asked for, or null (none given, or one the quiz cannot use). */
	seed: number | null;
	options: QuizOptions;
	notices: string[];
}

const given = (raw: string | null): raw is string => raw !== null && raw.trim() !== '';

function parseSeed(raw: string | null, notices: string[]): number | null {
	if (!given(raw)) return null;
	const value = raw.trim();
	if (/^\d{1,10}$/.test(value) && Number(value) <= MAX_SEED) return Number(value);
	notices.push(
		`${quoted(raw)} is not a seed (use a whole number from 0 to ${MAX_SEED}); here are new questions.`
	);
	return null;
}

function parseDecade(raw: string | null, notices: string[]): number | null {
	if (!given(raw)) return null;
	const value = raw.trim().replace(/s$/i, '');
	if (/^\d{4}$/.test(value) && DECADES.includes(Number(value))) return Number(value);
	notices.push(
		`${quoted(raw)} is not a decade (use ${DECADES[0]} to ${DECADES.at(-1)}); asking about all years.`
	);
	return null;
}

function parseRegion(raw: string | null, notices: string[]): RegionId | null {
	if (!given(raw)) return null;
	const value = raw.trim().toLowerCase() as RegionId;
	if (REGION_IDS.includes(value)) return value;
	notices.push(
		`${quoted(raw)} is not a region (use ${REGION_IDS.join(', ')}); asking about all of Asia.`
	);
	return null;
}

/** Reads a quiz address's parameters: what it asks for, and a notice for each bad value. */
export function parseQuizParams(search: URLSearchParams): QuizParams {
	const notices: string[] = [];
	const seed = parseSeed(search.get('seed'), notices);
	const decade = parseDecade(search.get('decade'), notices);
	const region = parseRegion(search.get('region'), notices);
	const { reading, notice } = parseReadingParam(search.get('reading'));
	if (notice) notices.push(notice);
	return { seed, options: { decade, region, reading }, notices };
}

/** The address's query for a seed and options (defaults left out): `seed=1&decade=1970`. */
export function quizSearch(seed: number, options: QuizOptions): string {
	const search = new URLSearchParams({ seed: String(seed) });
	if (options.decade !== null) search.set('decade', String(options.decade));
	if (options.region !== null) search.set('region', options.region);
	if (options.reading !== 'assessed') search.set('reading', options.reading);
	return String(search);
}
