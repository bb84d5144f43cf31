/**
 * The published data (/data/relations.csv and .json): one row per coded state per year, with
 * the class, the contested reading, confidence, our reason and its citations.
 */
import table from '$lib/generated/relations.json';
import { FIRST_YEAR, LAST_YEAR } from '$lib/timeline/years';
import type { RelationsTable, StateRelations } from './relations';

/** The whole table, read at build time: only the prerendered download routes use this module. */
const STATES = Object.values((table as unknown as RelationsTable).states);

export const COLUMNS = [
	'state',
	'name',
	'year',
	'class',
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
			if (!iv) continue;
			rows.push({
				state: s.state,
				name: s.name,
				year,
				class: iv.class,
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

export function toCsv(rows: Row[]): string {
	const lines = [COLUMNS.join(',')];
	for (const row of rows) lines.push(COLUMNS.map((c) => csvField(row[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}
