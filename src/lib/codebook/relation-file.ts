/**
 * Schema of the authored relationship data (geodata/relations/*.json), checked at build time and
 * in unit tests. Errors name the file and the field path (see data/validate.ts).
 */
import { z } from 'zod';
import { RELATION_CLASS_IDS, type RelationClassId } from './classes.ts';
import { isoDate as date, parseWith, stateCode } from '../data/validate.ts';
import { citations } from '../sources/schema.ts';
import { judgementSchema } from './judgements.ts';

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
	state: stateCode,
	name: z.string().trim().min(2),
	/** Inclusive years this polity is coded for; default the whole slider range (historical polities are shorter). */
	years: z
		.strictObject({ from: z.number().int(), to: z.number().int() })
		.refine((y) => y.from <= y.to, 'from must not be after to')
		.optional(),
	intervals: z.array(intervalSchema).min(1, 'needs at least one interval'),
	/** The assessed reading's departures from the codebook (codebook/judgements.ts). */
	judgements: z.array(judgementSchema).optional()
});

export type Interval = z.infer<typeof intervalSchema>;
export type RelationFile = z.infer<typeof relationFileSchema>;

export function parseRelationFile(file: string, value: unknown): RelationFile {
	return parseWith(relationFileSchema, file, value);
}
