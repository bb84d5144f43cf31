/**
 * Records: the dated, cited events that decide a state's class under the codebook (rules.ts).
 * Authored in geodata/records/<STATE>.json, one file per coded state; checked at build time and in
 * unit tests, with errors naming the file, the record and the field.
 */
import { z } from 'zod';
import { isoDate, parseWith, stateCode } from '../data/validate.ts';
import { citations } from '../sources/schema.ts';
import { RECORD_KIND_IDS, type RecordKind } from './kinds.ts';

export { RECORD_KIND_IDS, RECORD_KINDS, recordKindLabel, type RecordKind } from './kinds.ts';

const TREATY_KINDS: RecordKind[] = [
	'treaty-defence',
	'treaty-consultation',
	'treaty-friendship',
	'partnership'
];

/** What ended a state of affairs, or what kind of adversarial measure it was (optional detail). */
export const RECORD_DETAILS = [
	'established',
	'restored',
	'broken',
	'suspended',
	'expired',
	'denounced',
	'superseded',
	'withdrew',
	'colony',
	'protectorate',
	'mandate',
	'trusteeship',
	'occupation',
	'annexation',
	'sanctions',
	'downgrade',
	'confrontation',
	'proxy-war',
	'regime-fell',
	'merged',
	'breached',
	'accident'
] as const;

export const recordSchema = z
	.strictObject({
		/** Unique within the file; the same id in another state's file must be the same record. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
		kind: z.enum(RECORD_KIND_IDS as [RecordKind, ...RecordKind[]]),
		/** In force from (treaties: entry into force; relations: established or restored). */
		date: isoDate,
		/** In force until, exclusive (treaties: expiry or termination; relations: broken). */
		end: isoDate.optional(),
		/** A treaty's or declaration's signature, when it differs from `date`. */
		signed: isoDate.optional(),
		/**
		 * `signature`: the day the treaty entered into force is not known, so `date` is its
		 * signature (convention 0.2); a date found later is a correction.
		 */
		dated_by: z.literal('signature').optional(),
		/** A treaty lapse: the ids of the treaty records (same file) that stop counting. */
		treaties: z.array(z.string()).min(1).optional(),
		detail: z.array(z.enum(RECORD_DETAILS)).optional(),
		/** Our own words: the record's name, as a reader would look it up. */
		title: z.string().trim().min(8, 'is too short to name the record').max(200),
		/** Optional: what the record says that matters to the rules, in our own words. */
		note: z.string().trim().min(20).max(500).optional(),
		citations
	})
	.superRefine((r, ctx) => {
		if (r.end !== undefined && r.end < r.date) {
			ctx.addIssue({ code: 'custom', path: ['end'], message: `${r.end} is before date ${r.date}` });
		}
		if (r.signed !== undefined && !TREATY_KINDS.includes(r.kind)) {
			ctx.addIssue({
				code: 'custom',
				path: ['signed'],
				message: `only treaties are signed, not ${r.kind}`
			});
		}
		if (r.dated_by !== undefined && !TREATY_KINDS.includes(r.kind)) {
			ctx.addIssue({
				code: 'custom',
				path: ['dated_by'],
				message: `only a treaty's date can stand for its signature, not ${r.kind}'s`
			});
		}
		if ((r.kind === 'treaty-lapse') !== (r.treaties !== undefined)) {
			ctx.addIssue({
				code: 'custom',
				path: ['treaties'],
				message:
					r.kind === 'treaty-lapse'
						? 'a treaty lapse must name the treaties that lapse'
						: `only a treaty lapse names treaties, not ${r.kind}`
			});
		}
		if ((r.kind === 'armed-clash' || r.kind === 'incident') && r.end === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['end'],
				message:
					r.kind === 'incident'
						? 'an incident needs the day it ended'
						: 'an armed clash needs the day the fighting ended'
			});
		}
	});

export const recordFileSchema = z.strictObject({
	state: stateCode,
	records: z.array(recordSchema)
});

export type CodebookRecord = z.infer<typeof recordSchema>;
export type RecordFile = z.infer<typeof recordFileSchema>;

export function parseRecordFile(file: string, value: unknown): RecordFile {
	return parseWith(recordFileSchema, file, value);
}
