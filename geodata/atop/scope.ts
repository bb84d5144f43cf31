/**
 * Scopes the full ATOP extract (atop-moscow.csv: every directed dyad-year with Moscow, 1815-2018,
 * all partners) to what the atlas compares: partners that are coded states (a file in
 * geodata/relations/, or a historical code coloured from one, VDR -> VNM), years 1945-2018, and
 * the two directions merged (an obligation counts if either direction has it; `one_way` names
 * the obligations only one direction carries). Writes atop-atlas.csv and its scope,
 * atop-atlas.json, which the geodata build reads instead of the full extract.
 *
 *   npx tsx geodata/atop/scope.ts
 *
 * Deterministic: the same inputs give the same bytes (a unit test re-runs it).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
	ATOP_FIRST_YEAR,
	ATOP_LAST_YEAR,
	DIRECTIONS,
	EXTRACT_COLUMNS,
	MOSCOW_STATES,
	OBLIGATIONS,
	parseCsv,
	type AtopScope,
	type AtopYear,
	type Obligations
} from '../../src/lib/codebook/atop-files.ts';
import { DataError } from '../../src/lib/data/validate.ts';

const HERE = new URL('./', import.meta.url);
export const FULL_FILE = 'geodata/atop/atop-moscow.csv';
export const SCOPED_FILE = 'geodata/atop/atop-atlas.csv';
export const SCOPE_FILE = 'geodata/atop/atop-atlas.json';

export const FULL_COLUMNS = [
	'ccode',
	'iso3',
	'country',
	'year',
	'direction',
	'ccode1',
	'ccode2',
	...OBLIGATIONS.map((o) => `atop_${o}` as const)
] as const;

/** The atlas's coded states and historical codes, read from geodata/. */
export function atlasScope(): Pick<AtopScope, 'moscow' | 'aliases' | 'states'> {
	const coded = readdirSync(new URL('../relations/', HERE))
		.filter((f) => f.endsWith('.json'))
		.map((f) => f.slice(0, -5));
	const polities = JSON.parse(readFileSync(new URL('../polities.json', HERE), 'utf8')) as {
		historical: { id: string; data?: string }[];
	};
	const aliases = Object.fromEntries(
		polities.historical
			.filter((h) => h.data && !coded.includes(h.id))
			.map((h) => [h.id, h.data!] as const)
			.sort(([a], [b]) => a.localeCompare(b))
	);
	const moscow: string[] = [...MOSCOW_STATES];
	return {
		moscow,
		aliases,
		states: coded.filter((s) => !moscow.includes(s)).sort()
	};
}

/** The scoped rows from the full extract's text. */
export function scopeRows(
	text: string,
	scope: Pick<AtopScope, 'aliases' | 'states'>,
	file = FULL_FILE
): AtopYear[] {
	const merged = new Map<string, AtopYear & { directions: Record<string, Obligations> }>();
	for (const { line, fields } of parseCsv(file, text, FULL_COLUMNS)) {
		const year = Number(fields.year);
		const state = scope.aliases[fields.iso3] ?? fields.iso3;
		if (year < ATOP_FIRST_YEAR || year > ATOP_LAST_YEAR || !scope.states.includes(state)) continue;
		if (!(DIRECTIONS as readonly string[]).includes(fields.direction))
			throw new DataError(file, [`line ${line}, direction: "${fields.direction}" is unknown`]);
		const key = `${state} ${year}`;
		let row = merged.get(key);
		if (!row) {
			row = {
				state,
				iso3: fields.iso3,
				ccode: Number(fields.ccode),
				country: fields.country,
				year,
				...(Object.fromEntries(OBLIGATIONS.map((o) => [o, 0])) as Obligations),
				oneWay: [],
				directions: {}
			};
			merged.set(key, row);
		} else if (row.ccode !== Number(fields.ccode)) {
			throw new DataError(file, [
				`line ${line}, ccode: ${fields.ccode} and ${row.ccode} both give ${key}; one partner a year`
			]);
		}
		if (row.directions[fields.direction])
			throw new DataError(file, [`line ${line}: ${key} ${fields.direction} appears twice`]);
		row.directions[fields.direction] = Object.fromEntries(
			OBLIGATIONS.map((o) => [o, fields[`atop_${o}`] === '1' ? 1 : 0])
		) as Obligations;
	}
	return [...merged.values()]
		.map(({ directions, ...row }) => {
			const none = Object.fromEntries(OBLIGATIONS.map((o) => [o, 0])) as Obligations;
			const [there, back] = DIRECTIONS.map((d) => directions[d] ?? none);
			for (const o of OBLIGATIONS) {
				row[o] = there[o] || back[o] ? 1 : 0;
				if (there[o] !== back[o]) row.oneWay.push(`${o}:${DIRECTIONS[there[o] ? 0 : 1]}`);
			}
			return row;
		})
		.sort((a, b) => a.state.localeCompare(b.state) || a.year - b.year);
}

export function extractCsv(rows: AtopYear[]): string {
	const lines = [EXTRACT_COLUMNS.join(',')];
	for (const r of rows) {
		if (/[",]/.test(r.country)) throw new Error(`${r.state} ${r.year}: a name with a comma`);
		lines.push(
			[
				r.state,
				r.iso3,
				r.ccode,
				r.country,
				r.year,
				...OBLIGATIONS.map((o) => r[o]),
				r.oneWay.join(' ')
			].join(',')
		);
	}
	return lines.join('\n') + '\n';
}

/** Both files, by path from the project root. */
export function makeScoped(fullText: string): Record<string, string> {
	const scope = atlasScope();
	const rows = scopeRows(fullText, scope);
	const manifest: AtopScope = {
		source: FULL_FILE,
		source_sha256: createHash('sha256').update(fullText).digest('hex'),
		made_by: 'npx tsx geodata/atop/scope.ts',
		first_year: ATOP_FIRST_YEAR,
		last_year: ATOP_LAST_YEAR,
		...scope,
		rows: rows.length
	};
	return {
		[SCOPED_FILE]: extractCsv(rows),
		[SCOPE_FILE]: JSON.stringify(manifest, null, '\t') + '\n'
	};
}

if (process.argv[1]?.endsWith('scope.ts')) {
	const root = new URL('../../', HERE);
	const files = makeScoped(readFileSync(new URL(FULL_FILE, root), 'utf8'));
	for (const [path, text] of Object.entries(files)) {
		writeFileSync(new URL(path, root), text);
		console.log(`${path}: ${text.split('\n').length - 1} lines, ${text.length} bytes`);
	}
}
