/**
 * "Cite this coding": one state-year coding in one reading as a CSL-JSON item, the form every
 * reference manager reads and Citation.js turns into BibTeX or RIS (cite-formats.ts, loaded only
 * when a reader asks). Pure; no dependency, so the panel that shows it costs nothing extra.
 */
import { YEAR_RANGE_LABEL } from '../years/years.ts';
import type { Reading } from './readings.ts';
import { DATASET_RELEASED, DATASET_VERSION } from './version.ts';

/** The atlas as a work to cite: its title, and who publishes it. One place for both. */
export const ATLAS = {
	title: `Orbit: Asia and Moscow, ${YEAR_RANGE_LABEL}`,
	publisher: `Orbit: Asia and Moscow, ${YEAR_RANGE_LABEL}`,
	author: 'The Orbit team'
} as const;

export { DATASET_RELEASED, DATASET_VERSION };

export interface CodingCitationInput {
	/** ISO 3166-1 alpha-3, e.g. CHN. */
	state: string;
	/** The state's name as the atlas shows it, e.g. China. */
	name: string;
	year: number;
	reading: Reading;
	/** The relation class's label, e.g. Strained. */
	className: string;
	/** The id of the rule that decided the year (or `assessed` for a judgement). */
	rule: string;
	/** The absolute address of the view, e.g. https://example.org/?year=1965&state=CHN. */
	url: string;
	/** The dataset's version, normally DATASET_VERSION. */
	version: string;
	accessed: Date;
}

/** The subset of CSL-JSON this module writes. */
export interface CslDate {
	'date-parts': [number, number, number][];
}
export interface CslItem {
	id: string;
	/** The BibTeX key Citation.js writes (else it makes one up from author and year). */
	'citation-key': string;
	type: 'dataset';
	title: string;
	author: { literal: string }[];
	'container-title': string;
	publisher: string;
	version: string;
	URL: string;
	issued: CslDate;
	accessed: CslDate;
	note: string;
	language: string;
}

/** Class labels that are names and keep their capital inside a title. */
const PROPER_LABELS = new Set(['Moscow']);

function inTitle(label: string): string {
	return PROPER_LABELS.has(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function isoDay(day: string): CslDate {
	const [y, m, d] = day.split('-').map(Number);
	return { 'date-parts': [[y, m, d]] };
}

/** A file name and citation key: orbit-CHN-1965-assessed. */
export function citationId(input: Pick<CodingCitationInput, 'state' | 'year' | 'reading'>) {
	return `orbit-${input.state.toUpperCase()}-${input.year}-${input.reading}`;
}

/** The CSL-JSON item for one state-year coding in one reading. */
export function codingCitation(input: CodingCitationInput): CslItem {
	const a = input.accessed;
	const id = citationId(input);
	return {
		id,
		'citation-key': id,
		type: 'dataset',
		title: `${input.name} in ${input.year}: ${inTitle(input.className)} (${input.reading} reading)`,
		author: [{ literal: ATLAS.author }],
		'container-title': ATLAS.title,
		publisher: ATLAS.publisher,
		version: input.version,
		URL: input.url,
		issued: isoDay(DATASET_RELEASED),
		accessed: { 'date-parts': [[a.getUTCFullYear(), a.getUTCMonth() + 1, a.getUTCDate()]] },
		note: `Coding of ${input.name} (${input.state.toUpperCase()}) in ${input.year}, ${input.reading} reading; decided by rule ${input.rule}.`,
		language: 'en'
	};
}

/** The formats cite-formats.ts writes, in the order the cite box shows them. */
export type CitationFormat = 'bibtex' | 'ris' | 'csl-json';
export const CITATION_FORMATS: CitationFormat[] = ['bibtex', 'ris', 'csl-json'];

/** Each format's name for people, and the extension and type of its file. */
export const FORMAT_FILES: Record<
	CitationFormat,
	{ label: string; extension: string; mime: string }
> = {
	bibtex: { label: 'BibTeX', extension: 'bib', mime: 'application/x-bibtex' },
	ris: { label: 'RIS', extension: 'ris', mime: 'application/x-research-info-systems' },
	'csl-json': {
		label: 'CSL-JSON',
		extension: 'json',
		mime: 'application/vnd.citationstyles.csl+json'
	}
};
