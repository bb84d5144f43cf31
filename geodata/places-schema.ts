/**
 * Schemas of the authored places (geodata/places.json) and source notes
 * (geodata/sources/<source-id>.json). Errors name the file and the field.
 */
import { z } from 'zod';
import { citations } from './schema.ts';

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const stateCode = z
	.string()
	.regex(/^[A-Z]{3}$/, 'must be an ISO alpha-3 code (or SUN, VDR, RVN, YAR, YMD)');
/** Our own words: one or two sentences. */
const summary = z
	.string()
	.trim()
	.min(20, 'is too short')
	.max(500, 'is longer than two sentences should be');

export const PLACE_KINDS = [
	'base',
	'disputed-territory',
	'city',
	'event-site',
	'sea-area'
] as const;

export const eventSchema = z.strictObject({
	date: z.string().regex(ISO_DATE, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
	summary,
	citations,
	states: z.array(stateCode).min(1, 'must name the states involved')
});

export const placeSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
	name: z.string().trim().min(2),
	/** Local and Russian forms where they differ from the English name. */
	names: z
		.strictObject({
			local: z.string().trim().min(1).optional(),
			ru: z.string().trim().min(1).optional()
		})
		.default({}),
	coordinates: z
		.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
		.describe('[longitude, latitude]'),
	kind: z.enum(PLACE_KINDS),
	/** Inclusive years in which the place matters on the map. */
	years: z
		.strictObject({
			from: z.number().int().min(1945).max(2025),
			to: z.number().int().min(1945).max(2025)
		})
		.refine((y) => y.from <= y.to, 'from must not be after to'),
	/** For disputed territories: who holds it and who claims it. */
	dispute: z.strictObject({ heldBy: stateCode, claimedBy: z.array(stateCode).min(1) }).optional(),
	events: z.array(eventSchema).min(1, 'needs at least one event')
});

export const placesFileSchema = z.array(placeSchema).min(1);

export const sourceNotesSchema = z.strictObject({
	source: z.enum(['diplomat-2021', 'mazyrin-2012']),
	notes: z.record(
		z.string().regex(/^[a-z]+-\d+$/, 'must be a paragraph id such as japan-4'),
		z.strictObject({
			summary,
			/** Words that open and close the passage, for a URL text fragment (#:~:text=start,end). */
			fragment: z.strictObject({
				start: z.string().trim().min(3).max(60),
				end: z.string().trim().min(3).max(60)
			})
		})
	)
});

export type Place = z.infer<typeof placeSchema>;
export type PlaceEvent = z.infer<typeof eventSchema>;
export type SourceNotes = z.infer<typeof sourceNotesSchema>;
