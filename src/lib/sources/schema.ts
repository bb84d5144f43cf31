/**
 * Schemas of what cites the sources: the one citation rule every authored file uses, and the
 * source notes (geodata/sources/<source-id>.json) with the records the site reads from them.
 */
import { z } from 'zod';
import { parseCitation, SOURCE_IDS, type SourceId } from './sources.ts';

/** A citation that resolves: a source paragraph that exists, or a dated external record. */
export const citation = z.string().superRefine((raw, ctx) => {
	const parsed = parseCitation(raw);
	if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
});

export const citations = z.array(citation).min(1, 'needs at least one citation');

/** Our own words: one or two sentences. */
export const summary = z
	.string()
	.trim()
	.min(20, 'is too short')
	.max(500, 'is longer than two sentences should be');

export const sourceNotesSchema = z.strictObject({
	source: z.enum(SOURCE_IDS as [SourceId, ...SourceId[]]),
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

export type SourceNotes = z.infer<typeof sourceNotesSchema>;

/** A passage's opening and closing words, for a URL text fragment. */
export type PassageFragment = SourceNotes['notes'][string]['fragment'];

/** A "see on the map" link from a paragraph's note: a place event that cites it. */
export interface MapLink {
	place: string;
	name: string;
	year: number;
}

/** A paragraph's note as the site reads it (generated source-notes.json). */
export interface NoteRecord {
	summary: string;
	fragment: PassageFragment;
	map: MapLink[];
}
