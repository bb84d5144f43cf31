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
		version: '1.0.0',
		date: DATASET_RELEASED,
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
	'detail',
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
				detail: r.detail?.join(' ') ?? '',
				title: r.title,
				note: r.note ?? '',
				citations: r.citations.join(' | '),
				decides: yearsDecided(s, r)
			});
		}
	}
	return rows;
}
