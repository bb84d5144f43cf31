/**
 * The published data (/data/relations.csv and .json): one row per coded state per year, with
 * the assessed class and the rule (or `assessed` judgement) behind it, the formal class and its
 * rule, the records that decided it, the contested reading, confidence, our reason and citations.
 */
import table from '$lib/generated/relations.json';
import { FIRST_YEAR, LAST_YEAR } from '$lib/years/years';
import type { RelationsTable, StateRelations } from './relations';
import { ASSESSED_RULE } from '$lib/codebook/rules';
import { yearDecisions } from '$lib/codebook/table';

/** The whole table, read at build time: only the prerendered download routes use this module. */
export const TABLE = table as unknown as RelationsTable;
const STATES = Object.values(TABLE.states);

export const COLUMNS = [
	'state',
	'name',
	'year',
	'class',
	'rule',
	'formal_class',
	'formal_rule',
	'judgement',
	'records',
	'contested_class',
	'confidence',
	'reason',
	'citations',
	'interval_from',
	'interval_to',
	'contested_by',
	'contested_reason',
	'contested_citations'
] as const;

export type Row = Record<(typeof COLUMNS)[number], string | number>;

export function relationRows(states: StateRelations[] = STATES): Row[] {
	const rows: Row[] = [];
	for (const s of [...states].sort((a, b) => a.state.localeCompare(b.state))) {
		for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			const iv = s.intervals[s.byYear[year - FIRST_YEAR]];
			const y = yearDecisions(s)[year - FIRST_YEAR];
			if (!iv || !y) continue;
			rows.push({
				state: s.state,
				name: s.name,
				year,
				class: iv.class,
				rule: y.judgement ? ASSESSED_RULE : y.rule,
				formal_class: y.formal,
				formal_rule: y.rule,
				judgement: y.judgement ?? '',
				records: y.records.join(' '),
				contested_class: iv.contested?.class ?? '',
				confidence: iv.confidence,
				reason: iv.reason,
				citations: iv.citations.join(' | '),
				interval_from: iv.from,
				interval_to: iv.to ?? '',
				contested_by: iv.contested?.by ?? '',
				contested_reason: iv.contested?.reason ?? '',
				contested_citations: iv.contested?.citations.join(' | ') ?? ''
			});
		}
	}
	return rows;
}

/** RFC 4180: quote a field that holds a comma, quote or line break; double inner quotes. */
export function csvField(value: string | number): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file: a header of `columns`, then one line per row (CRLF, as RFC 4180). */
export function toCsv<C extends string>(
	rows: Record<C, string | number>[],
	columns: readonly C[] = COLUMNS as unknown as C[]
): string {
	const lines = [columns.join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}
