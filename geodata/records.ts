/**
 * Loads the codebook's records (geodata/records/<STATE>.json) and codes every state in both
 * readings, proving records, judgements and prose agree. Every problem names the file and field.
 *
 * `npx tsx geodata/records.ts [STATE ...]` prints, per state, the prose's classes (P), the formal
 * reading (F) and the assessed one (A) as letter strips, 1945..2025, then every problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../src/lib/data/validate.ts';
import { parseRecordFile, type CodebookRecord } from '../src/lib/codebook/records.ts';
import { codeState, type StateCoding } from '../src/lib/codebook/readings.ts';
import type { RelationFile } from '../src/lib/codebook/relation-file.ts';
import { loadRelations } from './relations.ts';

export const RECORDS_DIR = new URL('./records/', import.meta.url).pathname;

export type RecordsByState = Map<string, CodebookRecord[]>;

/** Reads every geodata/records/*.json; collects all files' problems before throwing. */
export function loadRecords(dir = RECORDS_DIR): RecordsByState {
	const out: RecordsByState = new Map();
	const errors: DataError[] = [];
	const seen = new Map<string, { file: string; record: CodebookRecord }>();
	const files = existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.json'))
				.sort()
		: [];
	for (const name of files) {
		const file = join('geodata/records', name);
		const problems: string[] = [];
		try {
			const data = parseRecordFile(file, JSON.parse(readFileSync(join(dir, name), 'utf8')));
			if (name !== `${data.state}.json`)
				problems.push(`state: "${data.state}" is in a file not named ${data.state}.json`);
			const ids = new Set<string>();
			data.records.forEach((r, i) => {
				if (ids.has(r.id)) problems.push(`records[${i}].id: "${r.id}" is used twice in this file`);
				ids.add(r.id);
				const other = seen.get(r.id);
				if (other) {
					const same = (['kind', 'date', 'end', 'title'] as const).every(
						(k) => other.record[k] === r[k]
					);
					if (!same)
						problems.push(
							`records[${i}].id: "${r.id}" is also in ${other.file} with a different kind, date, end or title; one id, one record`
						);
				} else seen.set(r.id, { file, record: r });
			});
			out.set(data.state, data.records);
		} catch (e) {
			if (e instanceof DataError) errors.push(e);
			else if (e instanceof SyntaxError)
				errors.push(new DataError(file, [`not valid JSON: ${e.message}`]));
			else throw e;
			continue;
		}
		if (problems.length) errors.push(new DataError(file, problems));
	}
	if (errors.length)
		throw new Error(`Codebook records are invalid:\n${errors.map((e) => e.message).join('\n')}`);
	return out;
}

/** Both readings of every coded state; throws naming every file and field that disagrees. */
export function codeStates(
	relations: RelationFile[],
	records: RecordsByState
): Map<string, StateCoding> {
	const out = new Map<string, StateCoding>();
	const errors: DataError[] = [];
	for (const r of relations) {
		const own = records.get(r.state) ?? [];
		if (!own.length) {
			errors.push(
				new DataError(`geodata/records/${r.state}.json`, [
					'(file): every coded state needs its records'
				])
			);
		}
		const coding = codeState(r, own);
		if (coding.problems.length)
			errors.push(new DataError(`geodata/relations/${r.state}.json`, coding.problems));
		out.set(r.state, coding);
	}
	const message = `The codebook and the data disagree:\n${errors.map((e) => e.message).join('\n')}`;
	if (errors.length) throw new Error(message);
	return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
	const { RELATION_CLASS_IDS } = await import('../src/lib/codebook/classes.ts');
	const { classByYear } = await import('../src/lib/codebook/intervals.ts');
	const letter = (c: string | undefined) =>
		c ? 'MAPNSCXD'[RELATION_CLASS_IDS.indexOf(c as never)] : '.';
	const only = process.argv.slice(2).map((s) => s.toUpperCase());
	const relations = loadRelations().filter((r) => !only.length || only.includes(r.state));
	const records = loadRecords();
	let bad = 0;
	for (const r of relations) {
		const own = records.get(r.state) ?? [];
		const coding = codeState(r, own);
		console.log(`${r.state}  P ${classByYear(r.intervals).map(letter).join('')}`);
		console.log(`     F ${coding.years.map((y) => letter(y?.formal.class)).join('')}`);
		console.log(`     A ${coding.years.map((y) => letter(y?.assessed.class)).join('')}`);
		if (!own.length) console.log('     ! no records');
		for (const p of coding.problems) console.log(`     ! ${p}`);
		bad += coding.problems.length + (own.length ? 0 : 1);
	}
	console.log(`letters: M ally=A P N S C X(no relations) D(dependent); ${bad} problem(s)`);
	if (bad) process.exitCode = 1;
}
