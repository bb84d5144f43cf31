/**
 * The words of the ATOP comparison: ATOP's obligations, the three pledges both sides are read as,
 * the years compared, a state-year of the extract, and years written as spans. No zod here: the
 * /method page bundles this module (the parsers, atop-files.ts, are for the build and the tests).
 */

/** ATOP's five obligations, in the order ATOP lists them. */
export const OBLIGATIONS = ['defense', 'offense', 'neutral', 'nonagg', 'consul'] as const;
export type Obligation = (typeof OBLIGATIONS)[number];
export type Obligations = Record<Obligation, 0 | 1>;

/** The years ATOP 5.1 and the atlas share: the atlas starts in 1945, ATOP ends in 2018. */
export const ATOP_FIRST_YEAR = 1945;
export const ATOP_LAST_YEAR = 2018;

/** The coded states that are Moscow itself (ATOP's 365), so never its partners. */
export const MOSCOW_STATES = ['RUS', 'SUN'] as const;

/** Who pledges toward whom in a directed dyad-year (the full extract's `direction`). */
export const DIRECTIONS = ['moscow_to_partner', 'partner_to_moscow'] as const;

/** One state-year of the scoped extract: both directions merged (an obligation either has). */
export interface AtopYear extends Obligations {
	/** The atlas's coded state whose file codes this partner-year (VDR's years are VNM's). */
	state: string;
	/** The partner as the full extract names it (Orbit's codes, historical ones included). */
	iso3: string;
	ccode: number;
	country: string;
	year: number;
	/** Obligations only one direction carries: "defense:moscow_to_partner". */
	oneWay: string[];
}

/** What a source says of a state-year, in the terms both can be read in (atop.ts). */
export const PLEDGES = ['defence', 'consultation', 'neither'] as const;
export type Pledge = (typeof PLEDGES)[number];

const YEAR_SPAN = /^(\d{4})(?:[-–](\d{4}))?$/;

/** "1962-1964, 1978" (hyphen or en dash) as a list of years; an error message if malformed. */
export function parseYears(text: string): number[] | string {
	const years: number[] = [];
	for (const part of text.split(/,\s*/)) {
		const m = YEAR_SPAN.exec(part.trim());
		if (!m) return `"${part}" is not a year or a span of years such as 1962-1964`;
		const from = Number(m[1]);
		const to = Number(m[2] ?? m[1]);
		if (to < from) return `${part} runs backwards`;
		if (from < ATOP_FIRST_YEAR || to > ATOP_LAST_YEAR)
			return `${part} is outside the years compared, ${ATOP_FIRST_YEAR}–${ATOP_LAST_YEAR}`;
		for (let y = from; y <= to; y++) {
			if (years.includes(y)) return `${y} is listed twice`;
			years.push(y);
		}
	}
	return years;
}

/** One authored reason (geodata/atop/differences.json; its schema is in atop-files.ts). */
export interface Difference {
	/** The states the reason explains (a multilateral pledge can concern several). */
	states: string[];
	/** The years, as spans: "1962-1964" or "1980-1996, 2002-2018". */
	years: string;
	/** What ATOP says in those years, and what the formal reading says. */
	atop: Pledge;
	formal: Pledge;
	/** Why the two differ, in our own words: a sentence or two. */
	reason: string;
	/** Ids of the atlas's records the reason rests on (records.csv). */
	records?: string[];
	/** Source paragraphs or dated external records. */
	citations?: string[];
}
