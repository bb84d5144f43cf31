/**
 * What the ATOP comparison publishes (generated atop-comparison.json, written by the geodata
 * build): the agreement rates, the differences grouped by state with their reasons (/method#atop),
 * and the rows of /data/atop-comparison.csv with their Table Schema. Pure over the generated data.
 */
import { RELATION_CLASS_IDS, type RelationClassId } from './classes.ts';
import { yearRanges } from './readings.ts';
import { ATOP_FIRST_YEAR, ATOP_LAST_YEAR, type Difference, type Pledge } from './atop-terms.ts';
import { obligationsIn, type ComparisonRow } from './atop.ts';
import type { Field } from './table-schemas.ts';

/** The generated file. */
export interface AtopComparisonData {
	names: Record<string, string>;
	rows: ComparisonRow[];
	differences: Difference[];
}

export interface Rate {
	compared: number;
	agreeing: number;
}

export interface AtopFigures {
	/** Every compared state-year. */
	all: Rate;
	/** The years in which either side says defence pledge. */
	defence: Rate;
	/** The years in which either side says consultation. */
	consultation: Rate;
	states: number;
	/** Coded states with at least one difference. */
	differingStates: number;
	reasons: number;
}

function rate(rows: ComparisonRow[]): Rate {
	return { compared: rows.length, agreeing: rows.filter((r) => r.agrees).length };
}

export function atopFigures(data: AtopComparisonData): AtopFigures {
	const either = (p: Pledge) => data.rows.filter((r) => r.atopPledge === p || r.formalPledge === p);
	return {
		all: rate(data.rows),
		defence: rate(either('defence')),
		consultation: rate(either('consultation')),
		states: new Set(data.rows.map((r) => r.state)).size,
		differingStates: new Set(data.rows.filter((r) => !r.agrees).map((r) => r.state)).size,
		reasons: data.differences.length
	};
}

/** "93.1%": one decimal, as /method prints it. */
export function percent({ compared, agreeing }: Rate): string {
	return compared ? `${((100 * agreeing) / compared).toFixed(1)}%` : '–';
}

/** One explained difference of one state: the years one reason covers. */
export interface DifferenceGroup {
	state: string;
	name: string;
	years: string;
	first: number;
	atop: Pledge;
	formal: Pledge;
	/** What ATOP records in those years, and the formal classes. */
	obligations: string[];
	classes: (RelationClassId | '')[];
	reason: string;
	records: string[];
	citations: string[];
	/** The index of the reason in differences.json. */
	index: number;
}

/** Every difference, grouped by state (by name) and reason, in order of years. */
export function differenceGroups(data: AtopComparisonData): DifferenceGroup[] {
	const groups = new Map<string, ComparisonRow[]>();
	for (const r of data.rows) {
		if (r.agrees) continue;
		const key = `${r.state}|${r.reason}`;
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	return [...groups.values()]
		.map((rows) => {
			const { state, reason: index, atopPledge, formalPledge } = rows[0];
			const d = data.differences[index] as Difference | undefined;
			return {
				state,
				name: data.names[state] ?? state,
				years: yearRanges(rows.map((r) => r.year)),
				first: rows[0].year,
				atop: atopPledge,
				formal: formalPledge,
				obligations: obligationsIn(rows),
				classes: [...RELATION_CLASS_IDS, ''].filter((c) => rows.some((r) => r.formal === c)) as (
					RelationClassId | ''
				)[],
				reason: d?.reason ?? '',
				records: d?.records ?? [],
				citations: d?.citations ?? [],
				index
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name) || a.first - b.first);
}

export const ATOP_COLUMNS = [
	'state',
	'name',
	'year',
	'atop_defense',
	'atop_consul',
	'atop_nonagg',
	'atop_neutral',
	'atop_offense',
	'formal_class',
	'assessed_class',
	'agrees',
	'reason'
] as const;

export type AtopCsvRow = Record<(typeof ATOP_COLUMNS)[number], string | number>;

/** One row per compared state-year, by state and year. */
export function atopCsvRows(data: AtopComparisonData): AtopCsvRow[] {
	return data.rows.map((r) => ({
		state: r.state,
		name: data.names[r.state] ?? r.state,
		year: r.year,
		atop_defense: r.defense,
		atop_consul: r.consul,
		atop_nonagg: r.nonagg,
		atop_neutral: r.neutral,
		atop_offense: r.offense,
		formal_class: r.formal,
		assessed_class: r.assessed,
		agrees: r.agrees ? 'true' : 'false',
		reason: r.agrees ? '' : (data.differences[r.reason]?.reason ?? '')
	}));
}

const obligation = (name: string, what: string): Field => ({
	name: `atop_${name}`,
	type: 'integer',
	description: `1 if ATOP 5.1 records a ${what} between the state and Moscow that year, in either direction; else 0`,
	constraints: { required: true, enum: [0, 1] }
});
const classField = (name: string, description: string): Field => ({
	name,
	type: 'string',
	description,
	constraints: { enum: ['', ...RELATION_CLASS_IDS] }
});

export const ATOP_FIELDS: Field[] = [
	{
		name: 'state',
		type: 'string',
		description: 'The coded state (relations.csv); North Vietnam’s years are VNM’s',
		constraints: { pattern: '^[A-Z]{3}$', required: true }
	},
	{ name: 'name', type: 'string', description: 'The state’s name in English' },
	{
		name: 'year',
		type: 'integer',
		description: 'The year (the atlas reads 1 July; ATOP the calendar year)',
		constraints: { required: true, minimum: ATOP_FIRST_YEAR, maximum: ATOP_LAST_YEAR }
	},
	obligation('defense', 'defence pledge (military support if attacked)'),
	obligation('consul', 'consultation pledge'),
	obligation('nonagg', 'non-aggression pledge'),
	obligation('neutral', 'neutrality pledge'),
	obligation('offense', 'offence pledge'),
	classField('formal_class', 'The formal class (records and rules alone); empty: not coded'),
	classField('assessed_class', 'The assessed class, for reference; not compared'),
	{
		name: 'agrees',
		type: 'boolean',
		description:
			'Whether ATOP and the formal reading say the same: a defence pledge (defense; ally), consultation (consul without defense; partner) or neither (/method#atop)',
		constraints: { required: true }
	},
	{
		name: 'reason',
		type: 'string',
		description: 'Where they differ, why, in our own words (geodata/atop/differences.json)'
	}
];
