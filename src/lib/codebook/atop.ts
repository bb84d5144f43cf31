/**
 * The formal reading checked against ATOP 5.1 (Leeds et al.): for every coded state and year
 * 1945–2018, ATOP's obligations with Moscow and the formal class are each read as one of three
 * pledges (a defence pledge, consultation, neither); a year agrees when both say the same. Every
 * year that differs must be explained by exactly one authored reason (differences.json), and every
 * reason must explain differences of the kind it names, every year it claims. Pure; the build
 * runs it and fails on any problem, the /method page and /data/atop-comparison.csv read its rows.
 */
import type { RelationClassId } from './classes.ts';
import { yearRanges } from './readings.ts';
import {
	OBLIGATIONS,
	parseYears,
	type AtopYear,
	type Difference,
	type Obligation,
	type Obligations,
	type Pledge
} from './atop-terms.ts';

export { ATOP_FIRST_YEAR, ATOP_LAST_YEAR, PLEDGES, type Pledge } from './atop-terms.ts';

/** How each side is read, as /method#atop publishes it. */
export const MAPPING: { pledge: Pledge; label: string; atop: string; formal: RelationClassId[] }[] =
	[
		{
			pledge: 'defence',
			label: 'Defence pledge',
			atop: 'defense: a promise of active military support if the other is attacked (with or without other obligations)',
			formal: ['ally']
		},
		{
			pledge: 'consultation',
			label: 'Consultation',
			atop: 'consul without defense: a promise to consult in a crisis that could lead to war',
			formal: ['partner']
		},
		{
			pledge: 'neither',
			label: 'Neither',
			atop: 'no defense and no consul: nothing, or only neutrality (neutral), non-aggression (nonagg) or offence (offense)',
			formal: ['normal', 'strained', 'conflict', 'no-relations', 'dependent', 'moscow']
		}
	];

export function pledgeLabel(pledge: Pledge): string {
	return MAPPING.find((m) => m.pledge === pledge)!.label;
}

/** ATOP's obligations in a year (none: no row) as a pledge. */
export function atopPledge(o: Obligations | undefined): Pledge {
	if (o?.defense) return 'defence';
	if (o?.consul) return 'consultation';
	return 'neither';
}

/** A formal class as a pledge; a year the atlas does not code is neither. */
export function formalPledge(cls: RelationClassId | '' | undefined): Pledge {
	return MAPPING.find((m) => cls && m.formal.includes(cls))?.pledge ?? 'neither';
}

/**
 * Whether a state-year is compared: the atlas codes an independent state other than Moscow, or
 * ATOP records an obligation whatever the atlas says. A territory governed from Moscow or not
 * independent cannot be an ATOP partner, so its years would only add agreement by construction.
 */
export function isCompared(formal: RelationClassId | '' | undefined, atop: boolean): boolean {
	return (
		atop ||
		!(formal === '' || formal === undefined || formal === 'moscow' || formal === 'dependent')
	);
}

/** A coded state's classes by year (index 0 is `from`). */
export interface CodedYears {
	state: string;
	name: string;
	from: number;
	formal: (RelationClassId | undefined)[];
	assessed: (RelationClassId | undefined)[];
	/** Ids of the state's records, for the reasons that cite them. */
	records: string[];
}

export interface ComparisonRow extends Obligations {
	state: string;
	year: number;
	oneWay: string[];
	/** '' where the atlas does not code the state that year. */
	formal: RelationClassId | '';
	assessed: RelationClassId | '';
	atopPledge: Pledge;
	formalPledge: Pledge;
	agrees: boolean;
	/** The index of the reason (differences.json) that explains a difference; -1 for none. */
	reason: number;
}

export interface Comparison {
	rows: ComparisonRow[];
	/** Every way the reasons and the differences fail to match, each naming state and years. */
	problems: string[];
}

const obligationList = (o: Obligations) => OBLIGATIONS.filter((k) => o[k]).join(' ') || 'none';
const distinct = <T>(xs: T[]) => [...new Set(xs)];

export function compareAtop(
	states: CodedYears[],
	atop: AtopYear[],
	differences: Difference[],
	first: number,
	last: number
): Comparison {
	const problems: string[] = [];
	const byState = new Map(states.map((s) => [s.state, s]));
	const atopByKey = new Map(atop.map((a) => [`${a.state} ${a.year}`, a]));
	const uncoded = new Map<string, number[]>();
	for (const a of atop)
		if (!byState.has(a.state)) uncoded.set(a.state, [...(uncoded.get(a.state) ?? []), a.year]);
	for (const [state, years] of uncoded)
		problems.push(`ATOP has ${state} ${yearRanges(years)}, a state the atlas does not code`);

	const rows: ComparisonRow[] = [];
	const rowByKey = new Map<string, ComparisonRow>();
	for (const s of [...states].sort((a, b) => a.state.localeCompare(b.state))) {
		for (let year = first; year <= last; year++) {
			const a = atopByKey.get(`${s.state} ${year}`);
			const formal = s.formal[year - s.from] ?? '';
			if (!isCompared(formal, a !== undefined)) continue;
			const obligations = Object.fromEntries(
				OBLIGATIONS.map((o) => [o, a?.[o] ?? 0])
			) as Obligations;
			const row: ComparisonRow = {
				state: s.state,
				year,
				...obligations,
				oneWay: a?.oneWay ?? [],
				formal,
				assessed: s.assessed[year - s.from] ?? '',
				atopPledge: atopPledge(a),
				formalPledge: formalPledge(formal),
				agrees: false,
				reason: -1
			};
			row.agrees = row.atopPledge === row.formalPledge;
			rows.push(row);
			rowByKey.set(`${s.state} ${year}`, row);
		}
	}

	differences.forEach((d, i) => {
		const years = parseYears(d.years);
		if (typeof years === 'string') return; // the schema has already refused it
		for (const state of d.states) {
			const s = byState.get(state);
			if (!s) {
				problems.push(`differences[${i}].states: ${state} is not a coded state`);
				continue;
			}
			/** Years this entry claims but cannot explain, grouped by why. */
			const wrong = new Map<string, number[]>();
			let explained = 0;
			for (const year of years) {
				const row = rowByKey.get(`${state} ${year}`);
				let why: string | undefined;
				if (!row)
					why = `which are not compared (${s.formal[year - s.from] ?? 'not coded'}, and no ATOP obligation)`;
				else if (row.agrees) why = `where ATOP and the formal reading agree (${row.atopPledge})`;
				else if (row.atopPledge !== d.atop || row.formalPledge !== d.formal)
					why = `where ATOP says ${row.atopPledge} and the formal reading ${row.formalPledge} (the entry has atop "${d.atop}", formal "${d.formal}")`;
				else if (row.reason >= 0) why = `already explained by differences[${row.reason}]`;
				if (why || !row) wrong.set(why!, [...(wrong.get(why!) ?? []), year]);
				else {
					row.reason = i;
					explained++;
				}
			}
			for (const [why, list] of wrong)
				problems.push(
					`differences[${i}] (${state}): ${explained ? '' : 'stale, explains nothing: '}covers ${yearRanges(list)}, ${why}`
				);
		}
		const known = new Set(d.states.flatMap((st) => byState.get(st)?.records ?? []));
		for (const id of d.records ?? [])
			if (!known.has(id))
				problems.push(
					`differences[${i}].records: "${id}" is not a record of ${d.states.join(', ')}`
				);
	});

	/** Unexplained differences, one message per state and kind. */
	const missing = new Map<string, ComparisonRow[]>();
	for (const r of rows) {
		if (r.agrees || r.reason >= 0) continue;
		const key = `${r.state}|${r.atopPledge}|${r.formalPledge}`;
		missing.set(key, [...(missing.get(key) ?? []), r]);
	}
	for (const [key, list] of missing) {
		const [state, atopSays, formalSays] = key.split('|');
		const years = yearRanges(list.map((r) => r.year));
		const obligations = distinct(list.map(obligationList)).join('; ');
		const classes = distinct(list.map((r) => r.formal || 'not coded')).join(', ');
		const stub = JSON.stringify({
			states: [state],
			years: years.replaceAll('–', '-'),
			atop: atopSays,
			formal: formalSays,
			reason: '…'
		});
		problems.push(
			`no reason for ${state} ${years}: ATOP says ${atopSays} (${obligations}), the formal reading ${formalSays} (${classes}); add ${stub}`
		);
	}
	return { rows, problems };
}

/** The obligations ATOP records in any of the rows, in ATOP's order. */
export function obligationsIn(rows: Obligations[]): Obligation[] {
	return OBLIGATIONS.filter((o) => rows.some((r) => r[o]));
}
