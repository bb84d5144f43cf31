/**
 * The formal reading against ATOP: the mapping of both sides to a pledge, which years are
 * compared, and the reasons' bookkeeping (a difference without a reason, a stale reason, one that
 * claims the wrong kind or a year twice), each problem naming the state and the years. Then the
 * generated comparison: every difference has its reason, and the download matches its schema.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	atopPledge,
	compareAtop,
	formalPledge,
	isCompared,
	MAPPING,
	type CodedYears
} from '$lib/codebook/atop';
import type { AtopYear, Difference, Obligations } from '$lib/codebook/atop-files';
import {
	ATOP_COLUMNS,
	ATOP_FIELDS,
	atopCsvRows,
	atopFigures,
	differenceGroups,
	percent,
	type AtopComparisonData
} from '$lib/codebook/atop-summary';
import { RELATION_CLASS_IDS, type RelationClassId } from '$lib/codebook/classes';
import { dataPackage } from '$lib/codebook/datapackage';
import { PLACE_KINDS } from '$lib/places/schema';
import generated from '$lib/generated/atop-comparison.json';

const none: Obligations = { defense: 0, offense: 0, neutral: 0, nonagg: 0, consul: 0 };
const o = (...keys: (keyof Obligations)[]): Obligations => ({
	...none,
	...Object.fromEntries(keys.map((k) => [k, 1]))
});

describe('the mapping', () => {
	it('reads ATOP defense as a defence pledge, consul without it as consultation, the rest as neither', () => {
		expect(atopPledge(o('defense'))).toBe('defence');
		expect(atopPledge(o('defense', 'consul', 'nonagg'))).toBe('defence');
		expect(atopPledge(o('consul'))).toBe('consultation');
		expect(atopPledge(o('consul', 'neutral', 'nonagg'))).toBe('consultation');
		// Non-aggression or neutrality alone (Helsinki, the TAC) is not a partnership.
		expect(atopPledge(o('nonagg'))).toBe('neither');
		expect(atopPledge(o('neutral', 'nonagg'))).toBe('neither');
		expect(atopPledge(o('offense'))).toBe('neither');
		expect(atopPledge(none)).toBe('neither');
		expect(atopPledge(undefined)).toBe('neither');
	});

	it('reads ally as a defence pledge, partner as consultation, every other class as neither', () => {
		expect(formalPledge('ally')).toBe('defence');
		expect(formalPledge('partner')).toBe('consultation');
		for (const c of ['moscow', 'normal', 'strained', 'conflict', 'no-relations', 'dependent'])
			expect(formalPledge(c as RelationClassId), c).toBe('neither');
		expect(formalPledge('')).toBe('neither');
		// The published mapping names every class exactly once.
		expect(MAPPING.flatMap((m) => m.formal).sort()).toEqual([...RELATION_CLASS_IDS].sort());
	});

	it('keeps zod out of what /method bundles (zod probes eval, which the CSP refuses)', () => {
		for (const name of ['atop', 'atop-terms', 'atop-summary']) {
			const text = readFileSync(
				new URL(`../../../src/lib/codebook/${name}.ts`, import.meta.url),
				'utf8'
			);
			const imports = [...text.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]);
			expect(
				imports.filter((i) => /zod|atop-files|validate|schema/.test(i)),
				name
			).toEqual([]);
		}
	});

	it('compares independent states other than Moscow, and any year ATOP records a pledge', () => {
		expect(isCompared('normal', false)).toBe(true);
		expect(isCompared('no-relations', false)).toBe(true);
		expect(isCompared('moscow', false)).toBe(false);
		expect(isCompared('dependent', false)).toBe(false);
		expect(isCompared('', false)).toBe(false);
		expect(isCompared('moscow', true)).toBe(true);
		expect(isCompared('', true)).toBe(true);
	});
});

/** A state coded 1950-1959 from a strip of letters (A ally, P partner, N normal, S strained...). */
function coded(state: string, strip: string, records: string[] = []): CodedYears {
	const letters: Record<string, RelationClassId> = {
		M: 'moscow',
		A: 'ally',
		P: 'partner',
		N: 'normal',
		S: 'strained',
		C: 'conflict',
		X: 'no-relations',
		D: 'dependent'
	};
	const formal = [...strip].map((l) => (l === '.' ? undefined : letters[l]));
	return { state, name: `State ${state}`, from: 1950, formal, assessed: formal, records };
}
const atopYear = (state: string, year: number, obligations: Obligations): AtopYear => ({
	state,
	iso3: state,
	ccode: 999,
	country: state,
	year,
	oneWay: [],
	...obligations
});
const reason = 'A reason long enough to say why the two sources differ here.';
const diff = (d: Partial<Difference>): Difference => ({
	states: ['XXX'],
	years: '1950',
	atop: 'defence',
	formal: 'neither',
	reason,
	...d
});
const compare = (states: CodedYears[], atop: AtopYear[], differences: Difference[]) =>
	compareAtop(states, atop, differences, 1950, 1959);

describe('the comparison on fixtures', () => {
	// 1950-1959: dependent, then ally 1951-1953, strained 1954-1955, partner 1956-1957, normal.
	const xxx = coded('XXX', 'DAAASSPPNN', ['xxx-treaty']);
	const atop = [
		...[1951, 1952, 1953, 1954, 1955].map((y) => atopYear('XXX', y, o('defense', 'nonagg'))),
		atopYear('XXX', 1956, o('consul')),
		atopYear('XXX', 1958, o('nonagg'))
	];

	it('lists every unexplained difference by state, kind and years, with an entry to paste', () => {
		const { rows, problems } = compare([xxx], atop, []);
		expect(rows.map((r) => r.year)).toEqual([1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959]);
		expect(rows.filter((r) => r.agrees).map((r) => r.year)).toEqual([
			1951, 1952, 1953, 1956, 1958, 1959
		]);
		expect(problems).toEqual([
			'no reason for XXX 1954–1955: ATOP says defence (defense nonagg), the formal reading neither (strained); add {"states":["XXX"],"years":"1954-1955","atop":"defence","formal":"neither","reason":"…"}',
			'no reason for XXX 1957: ATOP says neither (none), the formal reading consultation (partner); add {"states":["XXX"],"years":"1957","atop":"neither","formal":"consultation","reason":"…"}'
		]);
	});

	it('accepts one reason per difference and records it on the rows', () => {
		const { rows, problems } = compare([xxx], atop, [
			diff({ years: '1954-1955', records: ['xxx-treaty'] }),
			diff({ years: '1957', atop: 'neither', formal: 'consultation' })
		]);
		expect(problems).toEqual([]);
		expect(rows.filter((r) => !r.agrees).map((r) => [r.year, r.reason])).toEqual([
			[1954, 0],
			[1955, 0],
			[1957, 1]
		]);
	});

	it('refuses a stale reason, one that claims extra years, the wrong kind or a year twice', () => {
		const { problems } = compare([xxx], atop, [
			diff({ years: '1954-1956' }),
			diff({ years: '1957', atop: 'neither', formal: 'consultation' }),
			diff({ years: '1952-1953' }),
			diff({ years: '1957', atop: 'consultation', formal: 'neither' }),
			diff({ years: '1955' }),
			diff({ years: '1950' })
		]);
		expect(problems).toEqual([
			'differences[0] (XXX): covers 1956, where ATOP and the formal reading agree (consultation)',
			'differences[2] (XXX): stale, explains nothing: covers 1952–1953, where ATOP and the formal reading agree (defence)',
			'differences[3] (XXX): stale, explains nothing: covers 1957, where ATOP says neither and the formal reading consultation (the entry has atop "consultation", formal "neither")',
			'differences[4] (XXX): stale, explains nothing: covers 1955, already explained by differences[0]',
			'differences[5] (XXX): stale, explains nothing: covers 1950, which are not compared (dependent, and no ATOP obligation)'
		]);
	});

	it('names an unknown state and a record the states do not have', () => {
		const { problems } = compare([xxx], atop, [
			diff({ years: '1954-1955', records: ['xxx-treaty', 'yyy-treaty'] }),
			diff({ states: ['YYY'], years: '1957', atop: 'neither', formal: 'consultation' })
		]);
		expect(problems).toContain('differences[0].records: "yyy-treaty" is not a record of XXX');
		expect(problems).toContain('differences[1].states: YYY is not a coded state');
		expect(problems.some((p) => p.startsWith('no reason for XXX 1957'))).toBe(true);
	});

	it('compares a pledge in a year the atlas codes as Moscow, dependent or not at all', () => {
		const yyy = coded('YYY', 'MMD.......');
		const { rows, problems } = compare(
			[yyy],
			[atopYear('YYY', 1951, o('consul')), atopYear('YYY', 1953, o('defense'))],
			[]
		);
		expect(rows.map((r) => [r.year, r.formal, r.agrees])).toEqual([
			[1951, 'moscow', false],
			[1953, '', false]
		]);
		expect(problems).toHaveLength(2);
		expect(problems[1]).toMatch(
			/^no reason for YYY 1953: ATOP says defence \(defense\), the formal reading neither \(not coded\)/
		);
	});

	it('names ATOP rows for a state the atlas does not code', () => {
		const { problems } = compare(
			[xxx],
			[...atop, atopYear('ZZZ', 1950, o('nonagg'))],
			[
				diff({ years: '1954-1955' }),
				diff({ years: '1957', atop: 'neither', formal: 'consultation' })
			]
		);
		expect(problems).toEqual(['ATOP has ZZZ 1950, a state the atlas does not code']);
	});
});

describe('the generated comparison', () => {
	const data = generated as unknown as AtopComparisonData;

	it('gives every difference exactly its reason, and every reason a difference', () => {
		const differing = data.rows.filter((r) => !r.agrees);
		expect(differing.length).toBeGreaterThan(0);
		for (const r of differing) {
			const d = data.differences[r.reason];
			expect(d, `${r.state} ${r.year}`).toBeDefined();
			expect([d.atop, d.formal], `${r.state} ${r.year}`).toEqual([r.atopPledge, r.formalPledge]);
			expect(d.states).toContain(r.state);
		}
		for (const r of data.rows.filter((r) => r.agrees)) expect(r.reason).toBe(-1);
		const used = new Set(differing.map((r) => r.reason));
		expect(data.differences.map((_, i) => used.has(i))).not.toContain(false);
	});

	it('explains a defence pledge in ATOP in any year the atlas codes normal, strained or conflict', () => {
		const rows = data.rows.filter(
			(r) => r.defense && ['normal', 'strained', 'conflict'].includes(r.formal)
		);
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows)
			expect(data.differences[r.reason]?.reason, `${r.state} ${r.year}`).toBeTruthy();
	});

	it('counts the rates it prints and groups every difference under its state', () => {
		const f = atopFigures(data);
		expect(f.all.compared).toBe(data.rows.length);
		expect(f.all.agreeing).toBe(data.rows.filter((r) => r.agrees).length);
		expect(f.defence.compared).toBeLessThan(f.all.compared);
		expect(percent({ compared: 8, agreeing: 7 })).toBe('87.5%');
		const groups = differenceGroups(data);
		expect(groups.every((g) => g.reason.length > 0)).toBe(true);
		expect(groups.reduce((n, g) => n + g.years.split(/, /).length, 0)).toBeGreaterThanOrEqual(
			data.differences.length
		);
		// The 1950 treaty ended in 1980 in both sources; ATOP counts its last calendar year.
		expect(groups.find((g) => g.state === 'CHN' && g.years === '1980')).toMatchObject({
			atop: 'defence',
			formal: 'neither',
			classes: ['strained']
		});
	});

	it('writes the download in its declared columns, and the data package describes it', () => {
		const rows = atopCsvRows(data);
		expect(Object.keys(rows[0])).toEqual([...ATOP_COLUMNS]);
		expect(ATOP_FIELDS.map((f) => f.name)).toEqual([...ATOP_COLUMNS]);
		const resource = dataPackage(PLACE_KINDS, 'http://127.0.0.1:4173/').resources.find(
			(r) => r.path === 'atop-comparison.csv'
		)!;
		expect(resource.schema!.fields.map((f) => f.name)).toEqual([...ATOP_COLUMNS]);
		expect(resource.schema!.primaryKey).toEqual(['state', 'year']);
		for (const field of ATOP_FIELDS.filter((f) => f.constraints?.enum))
			for (const r of rows)
				expect(field.constraints!.enum, `${field.name} ${r.state} ${r.year}`).toContain(
					r[field.name as keyof typeof r]
				);
		for (const r of rows)
			expect(r.agrees === 'false', `${r.state} ${r.year}`).toBe(r.reason !== '');
	});
});
