/**
 * The files behind the ATOP comparison (atop.ts), and their zod parsers: the extract of ATOP 5.1
 * scoped to the atlas (geodata/atop/atop-atlas.csv, written by geodata/atop/scope.ts), its scope
 * (atop-atlas.json), and the authored reasons for every difference (differences.json). Every
 * error names the file and the field (and, in a CSV, the line). Pure; the build and tests use it.
 */
import { z } from 'zod';
import { DataError, parseWith, stateCode } from '../data/validate.ts';
import { citations } from '../sources/schema.ts';
import {
	ATOP_FIRST_YEAR,
	ATOP_LAST_YEAR,
	DIRECTIONS,
	OBLIGATIONS,
	PLEDGES,
	parseYears,
	type AtopYear,
	type Difference,
	type Obligation,
	type Obligations
} from './atop-terms.ts';

export * from './atop-terms.ts';

/** The columns of the scoped extract, in order. */
export const EXTRACT_COLUMNS = [
	'state',
	'iso3',
	'ccode',
	'country',
	'year',
	...OBLIGATIONS.map((o) => `atop_${o}` as const),
	'one_way'
] as const;

/**
 * A CSV without quoting (the extracts never quote) as rows of named fields, with line numbers.
 * A wrong header throws; a malformed line goes to `problems` if given, else throws.
 */
export function parseCsv<C extends string>(
	file: string,
	text: string,
	columns: readonly C[],
	problems?: string[]
): { line: number; fields: Record<C, string> }[] {
	const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
	const header = lines[0] ?? '';
	if (header !== columns.join(',')) {
		throw new DataError(file, [
			`line 1 (header): must be "${columns.join(',')}", not "${header.slice(0, 200)}"`
		]);
	}
	const found: string[] = [];
	const rows = lines.slice(1).flatMap((raw, i) => {
		const line = i + 2;
		if (raw.includes('"')) found.push(`line ${line}: quoted fields are not expected`);
		const cells = raw.split(',');
		if (cells.length !== columns.length) {
			found.push(`line ${line}: has ${cells.length} fields, not ${columns.length}`);
			return [];
		}
		return [{ line, fields: Object.fromEntries(columns.map((c, j) => [c, cells[j]])) }];
	});
	if (problems) problems.push(...found);
	else if (found.length) throw new DataError(file, found);
	return rows as { line: number; fields: Record<C, string> }[];
}

const ONE_WAY = new RegExp(`^(${OBLIGATIONS.join('|')}):(${DIRECTIONS.join('|')})$`);

/** The scoped extract: every field checked, one row per state and year. */
export function parseAtopExtract(file: string, text: string): AtopYear[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	const out: AtopYear[] = [];
	for (const { line, fields } of parseCsv(file, text, EXTRACT_COLUMNS, problems)) {
		const bad = (column: string, message: string) =>
			problems.push(`line ${line}, ${column}: ${message}`);
		const int = (column: (typeof EXTRACT_COLUMNS)[number]) => {
			const v = fields[column];
			if (!/^\d+$/.test(v)) bad(column, `must be a whole number, not "${v}"`);
			return Number(v);
		};
		for (const column of ['state', 'iso3'] as const)
			if (!/^[A-Z]{3}$/.test(fields[column]))
				bad(column, `must be a three-letter code, not "${fields[column]}"`);
		const year = int('year');
		if (year < ATOP_FIRST_YEAR || year > ATOP_LAST_YEAR)
			bad('year', `must be ${ATOP_FIRST_YEAR}–${ATOP_LAST_YEAR}, not ${fields.year}`);
		const obligations = Object.fromEntries(
			OBLIGATIONS.map((o) => {
				const v = fields[`atop_${o}`];
				if (v !== '0' && v !== '1') bad(`atop_${o}`, `must be 0 or 1, not "${v}"`);
				return [o, v === '1' ? 1 : 0];
			})
		) as Obligations;
		const oneWay = fields.one_way ? fields.one_way.split(' ') : [];
		for (const token of oneWay) {
			if (!ONE_WAY.test(token))
				bad(
					'one_way',
					`"${token}" is not an obligation:direction such as defense:${DIRECTIONS[0]}`
				);
			else if (!obligations[token.split(':')[0] as Obligation])
				bad('one_way', `"${token}" names an obligation the row does not have`);
		}
		const key = `${fields.state} ${year}`;
		if (seen.has(key)) bad('year', `${key} appears twice; one row per state and year`);
		seen.add(key);
		out.push({
			state: fields.state,
			iso3: fields.iso3,
			ccode: int('ccode'),
			country: fields.country,
			year,
			...obligations,
			oneWay
		});
	}
	const lineOf = (p: string) => Number(/^line (\d+)/.exec(p)?.[1] ?? 0);
	problems.sort((a, b) => lineOf(a) - lineOf(b));
	if (problems.length) throw new DataError(file, problems);
	return out;
}

/** What the scoped extract covers, so the build can tell "no pledge" from "not extracted". */
export const scopeSchema = z.strictObject({
	source: z.string().min(1),
	source_sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex'),
	made_by: z.string().min(1),
	first_year: z.literal(ATOP_FIRST_YEAR),
	last_year: z.literal(ATOP_LAST_YEAR),
	/** The coded states that are Moscow itself, so never ATOP partners. */
	moscow: z.array(stateCode),
	/** Historical partner codes the atlas colours from another state's file (VDR -> VNM). */
	aliases: z.record(stateCode, stateCode),
	/** Every coded state whose ATOP rows were extracted (most have none). */
	states: z.array(stateCode).min(1),
	rows: z.number().int().nonnegative()
});
export type AtopScope = z.infer<typeof scopeSchema>;

export function parseAtopScope(file: string, value: unknown): AtopScope {
	return parseWith(scopeSchema, file, value);
}

export const differenceSchema = z.strictObject({
	/** The states the reason explains (a multilateral pledge can concern several). */
	states: z.array(stateCode).min(1),
	/** The years, as spans: "1962-1964" or "1980-1996, 2002-2018". */
	years: z.string().superRefine((text, ctx) => {
		const parsed = parseYears(text);
		if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
	}),
	/** What ATOP says in those years, and what the formal reading says: the difference explained. */
	atop: z.enum(PLEDGES),
	formal: z.enum(PLEDGES),
	/** Why the two differ, in our own words: a sentence or two. */
	reason: z
		.string()
		.trim()
		.min(40, 'must say why')
		.max(700, 'is longer than two sentences should be'),
	/** Ids of the atlas's records the reason rests on (records.csv). */
	records: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a record id')).optional(),
	citations: citations.optional()
});

export const differencesFileSchema = z.strictObject({
	$comment: z.string().optional(),
	differences: z.array(differenceSchema)
});

export function parseDifferences(file: string, value: unknown): Difference[] {
	const parsed = parseWith(differencesFileSchema, file, value);
	const problems = parsed.differences.flatMap((d, i) =>
		d.atop === d.formal
			? [
					`differences[${i}].formal: is "${d.formal}" like atop; that is agreement, not a difference`
				]
			: []
	);
	if (problems.length) throw new DataError(file, problems);
	return parsed.differences;
}
