/**
 * Loads the authored relationship files and proves them whole: schema, coverage 1945-2025, and
 * the file name matching the state it codes. Every problem names the file and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../src/lib/data/validate.ts';
import { parseRelationFile, type RelationFile } from '../src/lib/codebook/relation-file.ts';
import { coverageProblems } from '../src/lib/codebook/intervals.ts';

export const RELATIONS_DIR = new URL('./relations/', import.meta.url).pathname;

/** Validates one parsed file: schema, then time coverage. Throws DataError. */
export function validateRelationFile(file: string, value: unknown): RelationFile {
	const data = parseRelationFile(file, value);
	const problems = coverageProblems(data.intervals, data.years);
	const expected = `${data.state}.json`;
	if (!file.endsWith(expected))
		problems.unshift(`state: "${data.state}" is coded in a file not named ${expected}`);
	if (problems.length) throw new DataError(file, problems);
	return data;
}

/** Reads every geodata/relations/*.json; collects all files' problems before throwing. */
export function loadRelations(dir = RELATIONS_DIR): RelationFile[] {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort();
	const errors: DataError[] = [];
	const out: RelationFile[] = [];
	for (const name of files) {
		const file = join('geodata/relations', name);
		let value: unknown;
		try {
			value = JSON.parse(readFileSync(join(dir, name), 'utf8'));
		} catch (e) {
			errors.push(new DataError(file, [`not valid JSON: ${(e as Error).message}`]));
			continue;
		}
		try {
			out.push(validateRelationFile(file, value));
		} catch (e) {
			if (e instanceof DataError) errors.push(e);
			else throw e;
		}
	}
	if (errors.length) {
		throw new Error(`Relationship data is invalid:\n${errors.map((e) => e.message).join('\n')}`);
	}
	return out;
}
