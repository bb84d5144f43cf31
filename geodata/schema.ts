/**
 * Schema of the authored relationship data (geodata/relations/*.json), checked at build time and
 * in unit tests. Errors name the file and the field path so an author can go straight to them.
 */
import { z } from 'zod';
import { RELATION_CLASS_IDS, type RelationClassId } from '../src/lib/relations/classes.ts';
import { parseCitation } from '../src/lib/sources/sources.ts';

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const date = z
	.string()
	.regex(ISO_DATE, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
	.refine((d) => {
		const [y, m = 1, day = 1] = d.split('-').map(Number);
		const parsed = new Date(Date.UTC(y, m - 1, day));
		return parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === day;
	}, 'is not a calendar date');

/** A citation that resolves: a source paragraph that exists, or a dated external record. */
export const citation = z.string().superRefine((raw, ctx) => {
	const parsed = parseCitation(raw);
	if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
});

export const citations = z.array(citation).min(1, 'needs at least one citation');

const relationClass = z.enum(RELATION_CLASS_IDS as [RelationClassId, ...RelationClassId[]]);

/** Our own words: one or two sentences, not a paragraph. */
const reason = z
	.string()
	.trim()
	.min(20, 'is too short to explain the colour')
	.max(600, 'is longer than two sentences should be');

export const contestedSchema = z.strictObject({
	class: relationClass,
	by: z.string().trim().min(3, 'must say who reads it that way'),
	reason,
	citations
});

export const intervalSchema = z.strictObject({
	from: date,
	to: date.optional(),
	class: relationClass,
	reason,
	citations,
	confidence: z.enum(['high', 'medium', 'low']),
	contested: contestedSchema.optional()
});

export const relationFileSchema = z.strictObject({
	state: z
		.string()
		.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code (or SUN, VDR, RVN, YAR, YMD)'),
	name: z.string().trim().min(2),
	/** Inclusive years this polity is coded for; default the whole slider range (historical polities are shorter). */
	years: z
		.strictObject({ from: z.number().int(), to: z.number().int() })
		.refine((y) => y.from <= y.to, 'from must not be after to')
		.optional(),
	intervals: z.array(intervalSchema).min(1, 'needs at least one interval')
});

export type Interval = z.infer<typeof intervalSchema>;
export type RelationFile = z.infer<typeof relationFileSchema>;

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

export function parseRelationFile(file: string, value: unknown): RelationFile {
	return parseWith(relationFileSchema, file, value);
}
