/**
 * The ATOP step of the geodata build: the scoped extract is what scope.ts makes from the full
 * one, its files' mistakes are named by file, line and field, an extract scoped to other states
 * stops the build, and so does a difference without a reason or a reason without a difference.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	FULL_FILE,
	makeScoped,
	scopeRows,
	SCOPE_FILE,
	SCOPED_FILE
} from '../../../geodata/atop/scope';
import { ATOP_DIR, atopComparison, loadAtop, scopeProblems } from '../../../geodata/steps/atop';
import { loadRelations } from '../../../geodata/relations';
import { codeStates, loadRecords } from '../../../geodata/records';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('the extract scoped to the atlas', () => {
	it('is exactly what geodata/atop/scope.ts makes from the full extract', () => {
		const files = makeScoped(read(FULL_FILE));
		expect(files[SCOPED_FILE]).toBe(read(SCOPED_FILE));
		expect(files[SCOPE_FILE]).toBe(read(SCOPE_FILE));
	});

	it('merges the two directions, names one-way obligations and folds North Vietnam into VNM', () => {
		const header =
			'ccode,iso3,country,year,direction,ccode1,ccode2,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul';
		const text = [
			header,
			'630,IRN,Iran,1946,moscow_to_partner,365,630,1,0,0,0,1',
			'630,IRN,Iran,1946,partner_to_moscow,630,365,0,0,0,0,1',
			'816,VDR,North Vietnam,1962,moscow_to_partner,365,816,0,0,0,0,1',
			'816,VDR,North Vietnam,1962,partner_to_moscow,816,365,0,0,0,0,1',
			'2,USA,United States,1962,moscow_to_partner,365,2,0,0,0,0,1',
			'700,AFG,Afghanistan,1944,moscow_to_partner,365,700,0,0,1,1,0'
		].join('\n');
		const rows = scopeRows(text, { aliases: { VDR: 'VNM' }, states: ['AFG', 'IRN', 'VNM'] });
		expect(rows).toEqual([
			expect.objectContaining({
				state: 'IRN',
				year: 1946,
				defense: 1,
				consul: 1,
				oneWay: ['defense:moscow_to_partner']
			}),
			expect.objectContaining({ state: 'VNM', iso3: 'VDR', year: 1962, consul: 1, oneWay: [] })
		]);
	});
});

function atopDir(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'orbit-atop-'));
	for (const name of ['atop-atlas.csv', 'atop-atlas.json', 'differences.json'])
		writeFileSync(join(dir, name), files[name] ?? readFileSync(join(ATOP_DIR, name), 'utf8'));
	return dir;
}
const message = (f: () => unknown) => {
	try {
		f();
	} catch (e) {
		return (e as Error).message;
	}
	return '';
};

describe('the ATOP files', () => {
	it('name the file, the line and the field of every mistake', () => {
		const csv = read(SCOPED_FILE).split('\n');
		csv[1] = csv[1].replace(/,0,0,1,1,0,$/, ',0,0,2,1,0,');
		csv[2] = csv[2].replace(',1946,', ',2019,');
		csv[3] = csv[3] + 'consul:sideways';
		csv[4] = csv[4].replace(/,[^,]*$/, '');
		const text = message(() =>
			loadAtop(
				atopDir({
					'atop-atlas.csv': csv.join('\n'),
					'atop-atlas.json': '{ "source": 1 }',
					'differences.json': JSON.stringify({
						differences: [
							{
								states: ['CHN'],
								years: '1980-1970',
								atop: 'defence',
								formal: 'neither',
								reason: 'x'
							},
							{
								states: ['CHN'],
								years: '1944',
								atop: 'defence',
								formal: 'defence',
								reason: 'A reason of forty characters or a little more.'
							},
							{
								states: ['chn'],
								years: '1980',
								atop: 'defense',
								formal: 'neither',
								reason: 'A reason of forty characters or a little more.',
								citations: ['diplomat-2021#china-99']
							}
						]
					})
				})
			)
		);
		expect(text).toContain(
			'geodata/atop/atop-atlas.csv:\n  - line 2, atop_neutral: must be 0 or 1, not "2"'
		);
		expect(text).toContain('line 3, year: must be 1945–2018, not 2019');
		expect(text).toContain('line 4, one_way: "consul:sideways" is not an obligation:direction');
		expect(text).toContain('line 5: has 10 fields, not 11');
		expect(text).toContain('geodata/atop/atop-atlas.json:\n  - source: ');
		expect(text).toContain('geodata/atop/differences.json:');
		expect(text).toContain('differences[0].years: 1980-1970 runs backwards');
		expect(text).toContain('differences[0].reason: must say why');
		expect(text).toContain('differences[1].years: 1944 is outside the years compared, 1945–2018');
		expect(text).toContain('differences[2].states[0]: must be an ISO 3166-1 alpha-3 code');
		expect(text).toContain('differences[2].atop:');
		expect(text).toContain(
			'differences[2].citations[0]: "diplomat-2021" has no paragraph "china-99"'
		);
	});

	it('refuse a reason that names no difference, since its pledges agree', () => {
		const differences = JSON.stringify({
			differences: [
				{
					states: ['CHN'],
					years: '1980',
					atop: 'defence',
					formal: 'defence',
					reason: 'A reason of forty characters or a little more.'
				}
			]
		});
		expect(message(() => loadAtop(atopDir({ 'differences.json': differences })))).toContain(
			'differences[0].formal: is "defence" like atop; that is agreement, not a difference'
		);
	});

	it('must have been scoped to exactly the coded states', () => {
		const inputs = loadAtop();
		const coded = [...inputs.scope.states, ...inputs.scope.moscow];
		expect(scopeProblems(inputs, coded)).toEqual([]);
		expect(scopeProblems(inputs, [...coded, 'NEW'])).toEqual([
			'states: NEW is coded (geodata/relations/NEW.json) but not in scope; re-run `npx tsx geodata/atop/scope.ts`'
		]);
		expect(
			scopeProblems(
				inputs,
				coded.filter((s) => s !== 'YEM')
			)[0]
		).toMatch(/^states: YEM is in scope but not a coded state other than Moscow/);
		expect(scopeProblems({ ...inputs, extract: inputs.extract.slice(1) }, coded).at(-1)).toMatch(
			/^rows: says 960, the extract has 959/
		);
	});
});

describe('the build with the current data', () => {
	const relations = loadRelations();
	const records = loadRecords();
	const codings = codeStates(relations, records);
	const inputs = loadAtop();

	it('explains every difference', () => {
		const data = atopComparison(relations, codings, records, inputs);
		expect(data.rows.filter((r) => !r.agrees).every((r) => r.reason >= 0)).toBe(true);
	});

	it('fails naming the state and years of a difference whose reason is gone', () => {
		const i = inputs.differences.findIndex((d) => d.states.join() === 'CHN' && d.years === '1980');
		const without = { ...inputs, differences: inputs.differences.filter((_, j) => j !== i) };
		const text = message(() => atopComparison(relations, codings, records, without));
		expect(text).toContain('geodata/atop/differences.json:');
		expect(text).toContain(
			'no reason for CHN 1980: ATOP says defence (defense nonagg), the formal reading neither (strained)'
		);
	});

	it('fails naming a stale reason, as after a recoding', () => {
		const stale = {
			...inputs,
			differences: [
				...inputs.differences,
				{
					states: ['CHN'],
					years: '1955-1956',
					atop: 'defence' as const,
					formal: 'neither' as const,
					reason: 'The treaty lapsed early (a reason gone stale).'
				}
			]
		};
		expect(message(() => atopComparison(relations, codings, records, stale))).toContain(
			`differences[${inputs.differences.length}] (CHN): stale, explains nothing: covers 1955–1956, where ATOP and the formal reading agree (defence)`
		);
	});
});
