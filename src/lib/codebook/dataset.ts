/**
 * The coding as a research dataset: its version and changelog, the departures of the assessed
 * reading, the records as rows, and the figures /method and /data print. Pure over the generated
 * table, so the prerendered routes and the unit tests read the same numbers.
 */
import { yearDecisions, type RelationsTable, type StateRelations } from './table.ts';
import { FIRST_YEAR } from '../years/years.ts';
import type { CodebookRecord } from './records.ts';
import { yearRanges } from './readings.ts';
import { RULES } from './rules.ts';

import { DATASET_RELEASED, DATASET_VERSION } from './version.ts';

export { DATASET_RELEASED, DATASET_VERSION };

export interface ChangelogEntry {
	version: string;
	date: string;
	changes: string[];
}

export const CHANGELOG: ChangelogEntry[] = [
	{
		version: '1.2.0',
		date: DATASET_RELEASED,
		changes: [
			'No state-year changes class and no column changes: this release is about loading the data.',
			'datapackage.json validates under Frictionless’s reference validator: a Tabular Data Package of the five CSV files, each declared a tabular-data-resource. relations.json and places.json are still published but are no longer resources of the package.',
			'New file states.csv: one row per coded state (state, name, first_year, last_year, other_codes). The state columns of relations.csv, records.csv and atop-comparison.csv are declared foreign keys to it, and every row holds.',
			'events.csv has a primary key, place and date (one event per place and day; the build refuses a second); records.csv’s key is id and state. The homepage and the sources are full URLs, and created is a date-time.',
			'/data shows how to load the files in R, Python (pandas or frictionless) and JavaScript.'
		]
	},
	{
		version: '1.1.0',
		date: '2026-12-07',
		changes: [
			'The rules read practice as well as paper: 270 of 4,164 state-years change class in the assessed reading (263 in the formal). A slide saved from 1.0.0 differs in the years listed here.',
			'New rule 5: Moscow’s own forces fighting for a government at its request make an ally (North Korea 1951-53 now ally; Afghanistan 1980-88, Syria 2016-24 and Tajikistan 1993 by rule instead of by judgement). Rules 5-10 of 1.0.0 are now 6-11 and rule 11 is now 13; rule ids are unchanged.',
			'New convention 0.4: a treaty lapses with the government that made it, when its state merges, or when a party turns against it. Afghanistan 1992-2025, Iraq 1992-2002 and 2004-2025, Yemen 1990-2025 and Syria 2025 are now normal, not partner; China and Taiwan 1946-49 strained, not ally.',
			'New convention 0.5: relations are those of the government Moscow recognises, so Afghanistan 1997-2001 is normal (Rabbani’s Islamic State), not no-relations.',
			'Rules 8 and 9 give way to a later rapprochement at the top (a leaders’ declaration or communique, a formal pledge, a state credit): Turkey 1967-90, Iran 1963-77, Pakistan 1965-79 and 1989-90, Japan 1974-79 and 2016-21, the Philippines 1976-90 and Cyprus 2015-21 are now normal; Japan 2014-15 strained (the judgement for 2014-21 is replaced by the rule).',
			'New rule 12: full Comecon membership makes a partner (Vietnam from June 1978). New judgements read the Soviet clients Laos 1976-91, the People’s Republic of Kampuchea 1979-91 and Vietnam 1975-78 as partner, as South Yemen and Syria already were.',
			'Rule 2 counts deliberate fire only; admitted accidents are incidents (Azerbaijan 2020 and Syria 2018 alike). Iran 1978 is now conflict (the Soviet downing of Iranian army helicopters, 21 June 1978).',
			'Convention 0.2: a treaty whose entry into force is unknown counts from its signature, the same for every treaty (record field dated_by). Turkey’s 1992 treaty is added, so Turkey 1992-2014 and 2017-25 is partner like South Korea; Kyrgyzstan 1992 ally, Uzbekistan 1992 and Iran 2001 partner.',
			'New record kinds: combat-support, treaty-lapse, rapprochement, bloc-member, incident. New records.csv columns dated_by (a treaty counted from signature) and treaties (the treaties a lapse ends); decides now includes the years a lapse or a rapprochement sets something aside. New download atop-comparison.csv and /method#atop: the formal reading against ATOP 5.1.',
			'Citations: thirteen paragraph citations that did not support their claims replaced; the Russia-Vietnam comprehensive strategic partnership (2012) and the Soviet forces in Afghanistan (1979-89) recorded; seven dates made day-precise.'
		]
	},
	{
		version: '1.0.0',
		date: '2026-11-30',
		changes: [
			'Every class is now derived from dated, cited records by the numbered rules of a published codebook (/method), the same way for every state: the formal reading.',
			'The assessed reading (the default) departs from the formal one only where a cited, written judgement names the rule it sets aside; every departure is listed on /method.',
			'New columns in relations.csv and relations.json: rule, formal_class, formal_rule, judgement, records. New file records.csv and a Frictionless datapackage.json.',
			'Armed clashes make their calendar year conflict; conflict intervals now carry the real dates of the fighting instead of starting early to reach 1 July.',
			'Treaties count from entry into force; ally needs an assistance clause, a consultation clause makes a partner; Cold War membership of an alliance against the Soviet bloc makes strained for every member; a union of states is not a dependency.',
			'Citations that did not support their claims were replaced, and every source-paragraph citation was checked against its paragraph.'
		]
	},
	{
		version: '0.1.0',
		date: '2026-11-23',
		changes: [
			'First published coding: one class per state per year, each interval with a reason, citations, confidence and, where readers disagree, a contested reading.'
		]
	}
];

export interface Departure {
	state: string;
	name: string;
	judgement: StateRelations['judgements'][number];
	/** The years in which the judgement changes the class. */
	years: number[];
	formal: string;
}

/** Every judgement and the years in which it departs from the rules. */
export function departures(table: RelationsTable): Departure[] {
	const out: Departure[] = [];
	for (const s of Object.values(table.states)) {
		for (const j of s.judgements) {
			const years: number[] = [];
			let formal = '';
			yearDecisions(s).forEach((y, i) => {
				if (y?.judgement === j.id) {
					years.push(FIRST_YEAR + i);
					formal = y.formal;
				}
			});
			out.push({ state: s.state, name: s.name, judgement: j, years, formal });
		}
	}
	return out.sort(
		(a, b) => a.name.localeCompare(b.name) || a.judgement.from.localeCompare(b.judgement.from)
	);
}

export interface DatasetFigures {
	states: number;
	stateYears: number;
	records: number;
	rules: number;
	judgements: number;
	departingYears: number;
	/** How many state-years each rule decides in the formal reading. */
	byRule: Record<string, number>;
}

export function datasetFigures(table: RelationsTable): DatasetFigures {
	const states = Object.values(table.states);
	const byRule: Record<string, number> = Object.fromEntries(RULES.map((r) => [r.id, 0]));
	let stateYears = 0;
	let departingYears = 0;
	const recordIds = new Set<string>();
	for (const s of states) {
		for (const r of s.records) recordIds.add(`${s.state}/${r.id}`);
		for (const y of yearDecisions(s)) {
			if (!y) continue;
			stateYears++;
			byRule[y.rule] = (byRule[y.rule] ?? 0) + 1;
			if (y.judgement) departingYears++;
		}
	}
	return {
		states: states.length,
		stateYears,
		records: recordIds.size,
		rules: RULES.length,
		judgements: states.reduce((n, s) => n + s.judgements.length, 0),
		departingYears,
		byRule
	};
}

export const RECORD_COLUMNS = [
	'id',
	'state',
	'kind',
	'date',
	'end',
	'signed',
	'dated_by',
	'detail',
	'treaties',
	'title',
	'note',
	'citations',
	'decides'
] as const;

export type RecordRow = Record<(typeof RECORD_COLUMNS)[number], string>;

/** Which years a record decides in the formal reading, as ranges ("1950–1959"); '' for none. */
export function yearsDecided(s: StateRelations, record: CodebookRecord): string {
	const years: number[] = [];
	yearDecisions(s).forEach((y, i) => {
		if (y?.records.includes(record.id)) years.push(FIRST_YEAR + i);
	});
	return yearRanges(years);
}

/** One row per record per state involved, by state then date. */
export function recordRows(table: RelationsTable): RecordRow[] {
	const rows: RecordRow[] = [];
	for (const s of Object.values(table.states).sort((a, b) => a.state.localeCompare(b.state))) {
		for (const r of s.records) {
			rows.push({
				id: r.id,
				state: s.state,
				kind: r.kind,
				date: r.date,
				end: r.end ?? '',
				signed: r.signed ?? '',
				dated_by: r.dated_by ?? '',
				detail: r.detail?.join(' ') ?? '',
				treaties: r.treaties?.join(' ') ?? '',
				title: r.title,
				note: r.note ?? '',
				citations: r.citations.join(' | '),
				decides: yearsDecided(s, r)
			});
		}
	}
	return rows;
}

export const STATE_COLUMNS = ['state', 'name', 'first_year', 'last_year', 'other_codes'] as const;

export type StateRow = Record<(typeof STATE_COLUMNS)[number], string | number>;

/**
 * One row per coded state (/data/states.csv), the table the other files' `state` columns refer
 * to: its name, the first and last year it has rows in relations.csv, and the historical codes
 * the map colours from its file (VDR from VNM).
 */
export function stateRows(table: RelationsTable): StateRow[] {
	return Object.values(table.states)
		.sort((a, b) => a.state.localeCompare(b.state))
		.map((s) => {
			const years = yearDecisions(s)
				.map((y, i) => (y && s.byYear[i] >= 0 ? FIRST_YEAR + i : undefined))
				.filter((y) => y !== undefined);
			return {
				state: s.state,
				name: s.name,
				first_year: years[0] ?? '',
				last_year: years.at(-1) ?? '',
				other_codes: Object.keys(table.aliases)
					.filter((code) => table.aliases[code] === s.state)
					.sort()
					.join(' ')
			};
		});
}
