/**
 * The authored codebook files: build errors that name the file, the record and the field; the
 * published dataset (records.csv, the new columns, the data package) agreeing with itself.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeStates, loadRecords } from '../../../geodata/records';
import { loadRelations } from '../../../geodata/relations';
import { dataPackage } from '$lib/codebook/datapackage';
import {
	datasetFigures,
	departures,
	RECORD_COLUMNS,
	recordRows,
	STATE_COLUMNS,
	stateRows
} from '$lib/codebook/dataset';
import { DATASET_VERSION } from '$lib/codebook/version';
import { PLACE_KINDS } from '$lib/places/schema';
import { COLUMNS, relationRows, TABLE } from '$lib/relations/open-data';
import { EVENT_COLUMNS } from '$lib/places/events-csv';

function recordsDir(files: Record<string, unknown>): string {
	const dir = mkdtempSync(join(tmpdir(), 'orbit-records-'));
	for (const [name, value] of Object.entries(files))
		writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
	return dir;
}
const good = {
	id: 'xxx-relations',
	kind: 'relations',
	date: '1950-01-30',
	title: 'Diplomatic relations established',
	citations: ['Exchange of notes, 30 January 1950']
};

describe('codebook files', () => {
	it('names the file, the record and the field of every mistake', () => {
		const dir = recordsDir({
			'XXX.json': {
				state: 'XXX',
				records: [
					good,
					{ ...good, date: '1950-13-01' },
					{ ...good, id: 'xxx-war', kind: 'armed-clash' },
					{ ...good, id: 'xxx-treaty', kind: 'treaty-pact' },
					{ ...good, id: 'xxx-end', end: '1940' },
					{ ...good, id: 'xxx-cite', citations: ['diplomat-2021#china-99'] }
				]
			},
			'YYY.json': { state: 'ZZZ', records: [] },
			'BAD.json': '{ not json'
		});
		const message = (() => {
			try {
				loadRecords(dir);
			} catch (e) {
				return (e as Error).message;
			}
			return '';
		})();
		expect(message).toContain('geodata/records/XXX.json');
		expect(message).toContain('records[1].date: must be an ISO date');
		expect(message).toContain('records[2].end: an armed clash needs the day the fighting ended');
		expect(message).toContain('records[3].kind:');
		expect(message).toContain('records[4].end: 1940 is before date 1950-01-30');
		expect(message).toContain(
			'records[5].citations[0]: "diplomat-2021" has no paragraph "china-99"'
		);
		expect(message).toContain('geodata/records/BAD.json:\n  - not valid JSON');
	});

	it('refuses one id for two different records, and a state file named for another state', () => {
		const dir = recordsDir({
			'AAA.json': { state: 'AAA', records: [good, good] },
			'BBB.json': { state: 'BBB', records: [{ ...good, title: 'Another title for it' }] },
			'CCC.json': { state: 'DDD', records: [] }
		});
		expect(() => loadRecords(dir)).toThrow(
			/records\[1\]\.id: "xxx-relations" is used twice in this file/
		);
		expect(() => loadRecords(dir)).toThrow(
			/BBB\.json:\n {2}- records\[0\]\.id: "xxx-relations" is also in geodata\/records\/AAA\.json/
		);
		expect(() => loadRecords(dir)).toThrow(/state: "DDD" is in a file not named DDD\.json/);
	});

	it('fails the build for a coded state without records', () => {
		const relations = loadRelations().filter((r) => r.state === 'MNG');
		expect(() => codeStates(relations, new Map())).toThrow(
			/geodata\/records\/MNG\.json:\n {2}- \(file\): every coded state needs its records/
		);
	});
});

describe('the published dataset', () => {
	const rows = relationRows();

	it('carries the rule and the formal class on every row', () => {
		expect(COLUMNS).toEqual(expect.arrayContaining(['rule', 'formal_class', 'formal_rule']));
		const china1965 = rows.find((r) => r.state === 'CHN' && r.year === 1965)!;
		expect(china1965).toMatchObject({
			class: 'strained',
			rule: 'assessed',
			formal_class: 'ally',
			formal_rule: 'defence-treaty',
			judgement: 'chn-sino-soviet-split'
		});
		for (const r of rows) {
			if (r.rule !== 'assessed') expect(r.class, `${r.state} ${r.year}`).toBe(r.formal_class);
		}
	});

	it('lists every record once per state, with the years it decides', () => {
		const records = recordRows(TABLE);
		expect(records.length).toBe(datasetFigures(TABLE).records);
		expect(records.find((r) => r.id === 'chn-treaty-1950')).toMatchObject({
			state: 'CHN',
			kind: 'treaty-defence',
			date: '1950-04-11',
			end: '1980-04-11',
			decides: '1950–1968, 1970–1979'
		});
	});

	it('lists every coded state once, with the years relations.csv has for it and its other codes', () => {
		const states = stateRows(TABLE);
		expect(states.map((s) => s.state)).toEqual([...new Set(rows.map((r) => r.state))].sort());
		for (const s of states) {
			const years = rows.filter((r) => r.state === s.state).map((r) => Number(r.year));
			expect(years, s.state as string).toEqual(
				Array.from(
					{ length: Number(s.last_year) - Number(s.first_year) + 1 },
					(_, i) => Number(s.first_year) + i
				)
			);
		}
		const row = (code: string) => states.find((s) => s.state === code);
		expect(row('SUN')).toMatchObject({ name: 'Soviet Union', first_year: 1945, last_year: 1991 });
		expect(row('VNM')).toMatchObject({ other_codes: 'VDR' });
		expect(row('YEM')).toMatchObject({ other_codes: 'YAR' });
		expect(row('VDR')).toBeUndefined();
	});

	it('describes every file it publishes, field by field, in the order written', () => {
		const pkg = dataPackage(PLACE_KINDS, 'http://127.0.0.1:4173/');
		expect(pkg.version).toBe(DATASET_VERSION);
		const fields = (path: string) =>
			pkg.resources.find((r) => r.path === path)!.schema!.fields.map((f) => f.name);
		expect(fields('relations.csv')).toEqual([...COLUMNS]);
		expect(fields('records.csv')).toEqual([...RECORD_COLUMNS]);
		expect(fields('events.csv')).toEqual([...EVENT_COLUMNS]);
		expect(fields('states.csv')).toEqual([...STATE_COLUMNS]);
		// Every value a row carries is allowed by its field's enum.
		const schema = pkg.resources.find((r) => r.path === 'relations.csv')!.schema!;
		for (const field of schema.fields.filter((f) => f.constraints?.enum)) {
			for (const r of rows)
				expect(field.constraints!.enum, `${field.name} ${r.state} ${r.year}`).toContain(
					r[field.name as keyof typeof r]
				);
		}
	});

	it('counts the departures it lists', () => {
		const list = departures(TABLE);
		const figures = datasetFigures(TABLE);
		expect(list.length).toBe(figures.judgements);
		expect(list.reduce((n, d) => n + d.years.length, 0)).toBe(figures.departingYears);
		expect(list.every((d) => d.years.length > 0)).toBe(true);
	});
});
