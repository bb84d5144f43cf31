/**
 * Schema of the authored places (geodata/places.json), and the records the site reads from them.
 * Errors name the file and the field (see data/validate.ts).
 */
import { z } from 'zod';
import { isoDate, stateCode } from '../data/validate.ts';
import { citations, summary } from '../sources/schema.ts';
import { FIRST_YEAR, LAST_YEAR } from '../years/years.ts';

export const PLACE_KINDS = [
	'base',
	'disputed-territory',
	'city',
	'event-site',
	'sea-area'
] as const;

export const eventSchema = z.strictObject({
	date: isoDate,
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
			from: z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
			to: z.number().int().min(FIRST_YEAR).max(LAST_YEAR)
		})
		.refine((y) => y.from <= y.to, 'from must not be after to'),
	/** For disputed territories: who holds it and who claims it. */
	dispute: z.strictObject({ heldBy: stateCode, claimedBy: z.array(stateCode).min(1) }).optional(),
	events: z.array(eventSchema).min(1, 'needs at least one event')
});

export const placesFileSchema = z.array(placeSchema).min(1);

export type Place = z.infer<typeof placeSchema>;
export type PlaceEvent = z.infer<typeof eventSchema>;
