/**
 * The formal reading against ATOP 5.1: reads the extract scoped to the atlas
 * (geodata/atop/atop-atlas.csv and its scope, atop-atlas.json) and the reasons
 * (geodata/atop/differences.json), compares year by year (src/lib/codebook/atop.ts) and fails,
 * naming the file, the state and the years, on any difference without a reason, any reason that
 * explains nothing (stale) or claims years it does not explain, and an extract whose scope is not
 * the atlas's coded states.
 */
import { readFileSync } from 'node:fs';
import { DataError } from '../../src/lib/data/validate.ts';
import {
	parseAtopExtract,
	parseAtopScope,
	parseDifferences,
	ATOP_FIRST_YEAR,
	ATOP_LAST_YEAR,
	type AtopScope,
	type AtopYear,
	type Difference
} from '../../src/lib/codebook/atop-files.ts';
import { compareAtop, type CodedYears } from '../../src/lib/codebook/atop.ts';
import type { AtopComparisonData } from '../../src/lib/codebook/atop-summary.ts';
import { FIRST_YEAR } from '../../src/lib/years/years.ts';
import type { StateCoding } from '../../src/lib/codebook/readings.ts';
import type { RelationFile } from '../../src/lib/codebook/relation-file.ts';
import type { CodebookRecord } from '../../src/lib/codebook/records.ts';

export const ATOP_DIR = new URL('../atop/', import.meta.url).pathname;
const FILES = {
	extract: 'geodata/atop/atop-atlas.csv',
	scope: 'geodata/atop/atop-atlas.json',
	differences: 'geodata/atop/differences.json'
};

export interface AtopInputs {
	scope: AtopScope;
	extract: AtopYear[];
	differences: Difference[];
}

/** Reads and parses the three files; collects every file's problems before throwing. */
export function loadAtop(dir = ATOP_DIR): AtopInputs {
	const errors: DataError[] = [];
	const read = <T>(file: string, parse: (text: string) => T): T | undefined => {
		const name = file.split('/').pop()!;
		try {
			return parse(readFileSync(`${dir}/${name}`, 'utf8'));
		} catch (e) {
			if (e instanceof DataError) errors.push(e);
			else if (e instanceof SyntaxError)
				errors.push(new DataError(file, [`not valid JSON: ${e.message}`]));
			else throw e;
		}
	};
	const scope = read(FILES.scope, (t) => parseAtopScope(FILES.scope, JSON.parse(t)));
	const extract = read(FILES.extract, (t) => parseAtopExtract(FILES.extract, t));
	const differences = read(FILES.differences, (t) =>
		parseDifferences(FILES.differences, JSON.parse(t))
	);
	if (errors.length || !scope || !extract || !differences)
		throw new Error(`The ATOP files are invalid:\n${errors.map((e) => e.message).join('\n')}`);
	return { scope, extract, differences };
}

/** Whether the extract was scoped to exactly the states the atlas codes now. */
export function scopeProblems(inputs: AtopInputs, coded: string[]): string[] {
	const { scope, extract } = inputs;
	const partners = coded.filter((s) => !scope.moscow.includes(s));
	const rerun = 're-run `npx tsx geodata/atop/scope.ts`';
	const problems = [
		...partners
			.filter((s) => !scope.states.includes(s))
			.map((s) => `states: ${s} is coded (geodata/relations/${s}.json) but not in scope; ${rerun}`),
		...scope.states
			.filter((s) => !partners.includes(s))
			.map((s) => `states: ${s} is in scope but not a coded state other than Moscow; ${rerun}`),
		...extract
			.filter((r) => !scope.states.includes(r.state))
			.map((r) => `states: the extract has ${r.state} ${r.year}, which is not in scope; ${rerun}`)
	];
	if (extract.length !== scope.rows)
		problems.push(`rows: says ${scope.rows}, the extract has ${extract.length}; ${rerun}`);
	return problems;
}

/** The comparison the site publishes; throws naming every problem. */
export function atopComparison(
	relations: RelationFile[],
	codings: Map<string, StateCoding>,
	records: Map<string, CodebookRecord[]>,
	inputs: AtopInputs = loadAtop()
): AtopComparisonData {
	const scoped = scopeProblems(
		inputs,
		relations.map((r) => r.state)
	);
	if (scoped.length)
		throw new Error(
			`The ATOP extract is out of date:\n${new DataError(FILES.scope, scoped).message}`
		);
	const partners = relations.filter((r) => inputs.scope.states.includes(r.state));
	const states: CodedYears[] = partners.map((r) => {
		const years = codings.get(r.state)?.years ?? [];
		return {
			state: r.state,
			name: r.name,
			from: FIRST_YEAR,
			formal: years.map((y) => y?.formal.class),
			assessed: years.map((y) => y?.assessed.class),
			records: (records.get(r.state) ?? []).map((rec) => rec.id)
		};
	});
	const { rows, problems } = compareAtop(
		states,
		inputs.extract,
		inputs.differences,
		ATOP_FIRST_YEAR,
		ATOP_LAST_YEAR
	);
	if (problems.length)
		throw new Error(
			`ATOP and the formal reading: every difference needs one reason, every reason a difference:\n${new DataError(FILES.differences, problems).message}`
		);
	return {
		names: Object.fromEntries(partners.map((r) => [r.state, r.name])),
		rows,
		differences: inputs.differences
	};
}
