/**
 * Schema of the presenter tours (geodata/tours.json): one per section of the Diplomat article
 * and one on the Mazyrin chapter, each a few scenes with a note in our own words and a citation.
 */
import { z } from 'zod';
import { stateCode } from '../data/validate.ts';
import { citations } from '../sources/schema.ts';
import { FIRST_YEAR, LAST_YEAR } from '../years/years.ts';

export const sceneSchema = z.strictObject({
	title: z.string().trim().min(3).max(80),
	year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
	view: z.strictObject({
		center: z.tuple([z.number().min(-180).max(360), z.number().min(-85).max(85)]),
		zoom: z.number().min(1).max(10)
	}),
	/** States outlined in the scene (coded state codes). */
	states: z.array(stateCode).default([]),
	/** A place whose popup the scene opens. */
	place: z
		.string()
		.regex(/^[a-z0-9-]+$/)
		.optional(),
	note: z.string().trim().min(20).max(400),
	citations,
	/** States hidden while the scene asks the room, revealed at the next step (1-6, no repeats). */
	ask: z
		.array(stateCode)
		.min(1, 'hides 1-6 states')
		.max(6, 'hides 1-6 states')
		.refine((a) => new Set(a).size === a.length, 'names a state twice')
		.optional()
});

export const tourSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/),
	title: z.string().trim().min(3).max(80),
	/** The source section the tour follows, e.g. "diplomat-2021#china". */
	follows: z.string().regex(/^(diplomat-2021|mazyrin-2012)#[a-z]+$/),
	scenes: z.array(sceneSchema).min(4, 'needs 4-8 scenes').max(8, 'needs 4-8 scenes')
});

export const toursFileSchema = z.array(tourSchema).min(1);

export type Tour = z.infer<typeof tourSchema>;
export type Scene = z.infer<typeof sceneSchema>;
