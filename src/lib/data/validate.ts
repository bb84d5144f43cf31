/**
 * The one schema parser for every authored file (relations, places, source notes, tours): errors
 * name the file and the field path, so an author can go straight to the mistake. Pure; the build,
 * the unit tests and (for shared tours) the browser use it.
 */
import { z } from 'zod';

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** An ISO date of year, month or day precision that names a real calendar day. */
export const isoDate = z
	.string()
	.regex(ISO_DATE, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
	.refine((d) => {
		const [y, m = 1, day = 1] = d.split('-').map(Number);
		const parsed = new Date(Date.UTC(y, m - 1, day));
		return parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === day;
	}, 'is not a calendar date');

/** A coded state: ISO 3166-1 alpha-3, or a historical code. */
export const stateCode = z
	.string()
	.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code (or SUN, VDR, RVN, YAR, YMD)');

export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly problems: string[]
	) {
		super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'DataError';
	}
}

/** "intervals[3].citations[0]" from zod's path. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
		.join('');
}

/** Parses a file's JSON value with a schema; throws a DataError naming every bad field. */
export function parseWith<T>(schema: z.ZodType<T>, file: string, value: unknown): T {
	const result = schema.safeParse(value);
	if (!result.success) {
		throw new DataError(
			file,
			result.error.issues.map((i) => `${fieldPath(i.path) || '(file)'}: ${i.message}`)
		);
	}
	return result.data;
}
