/**
 * Reads a tour a reader brings (a share link or a file): untrusted input, checked against the
 * contract in DATA.md with zod, with every failure said in a sentence a lecturer can act on
 * ("scene 3 has no year"). Loaded only when such a tour arrives, with the schema's code
 * generation off: the page's CSP forbids eval, and zod's probe for it would be reported.
 */
import { z } from 'zod';
import { parseCitation } from '../sources/sources.ts';
import { FIRST_YEAR, LAST_YEAR } from '../years/years.ts';
import { ASK_LIMITS, TOUR_LIMITS, type TourDocument } from './document.ts';

z.config({ jitless: true });

const L = TOUR_LIMITS;

const text = (max: number) =>
	z
		.string('must be text')
		.trim()
		.min(1, 'is empty')
		.max(max, `is longer than ${max.toLocaleString('en-GB')} characters`);

const citation = z.string('must be text').superRefine((raw, ctx) => {
	const parsed = parseCitation(raw);
	if ('error' in parsed)
		ctx.addIssue({ code: 'custom', message: `is not usable: ${parsed.error}` });
});

const sceneDocSchema = z.strictObject({
	title: text(L.title),
	year: z
		.number(`must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`)
		.int(`must be a whole year from ${FIRST_YEAR} to ${LAST_YEAR}`)
		.min(FIRST_YEAR, `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`)
		.max(LAST_YEAR, `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`),
	view: z
		.strictObject({
			center: z.tuple(
				[
					z
						.number('must be a number')
						.min(-180, 'must be -180 to 360')
						.max(360, 'must be -180 to 360'),
					z.number('must be a number').min(-85, 'must be -85 to 85').max(85, 'must be -85 to 85')
				],
				'must be [longitude, latitude]'
			),
			zoom: z.number('must be a number').min(0, 'must be 0 to 12').max(12, 'must be 0 to 12')
		})
		.optional(),
	states: z
		.array(z.string('must be text').regex(/^[A-Z]{3}$/, 'must be a three-letter state code'))
		.max(60, 'lists more than 60 states')
		.optional(),
	place: z
		.string('must be text')
		.regex(/^[a-z0-9-]{1,60}$/, 'must be a place id such as cam-ranh-bay')
		.optional(),
	note: text(L.note),
	citations: z.array(citation).max(L.citations, `are more than ${L.citations}`).optional(),
	ask: z
		.array(
			z.string('must be text').regex(/^[A-Z]{3}$/, 'must be a three-letter state code'),
			'must be a list of state codes'
		)
		.min(ASK_LIMITS.min, `are none: an ask scene hides ${ASK_LIMITS.min} to ${ASK_LIMITS.max}`)
		.max(
			ASK_LIMITS.max,
			`are more than ${ASK_LIMITS.max}: an ask scene hides ${ASK_LIMITS.min} to ${ASK_LIMITS.max}`
		)
		.optional()
});

export const tourDocumentSchema = z.strictObject({
	type: z.literal('orbit-tour', 'must be "orbit-tour"'),
	version: z.literal(1, 'must be 1'),
	title: text(L.title),
	author: text(L.author).optional(),
	scenes: z
		.array(sceneDocSchema, 'must be a list')
		.min(1, 'are missing: a tour needs at least one')
		.max(L.scenes, `are more than ${L.scenes}`)
});

/** What a tour may name must exist in this atlas. */
export interface TourLookups {
	/** The coded state for a code (aliases allowed), or undefined. */
	resolveState: (code: string) => string | undefined;
	isPlace: (id: string) => boolean;
	/** Whether a coded state has a shape of its own in a year (what an ask scene can hide). */
	isDrawnAlone?: (state: string, year: number) => boolean;
}

const FIELD_NAMES: Record<string, string> = {
	center: 'centre',
	states: 'outlined states',
	ask: 'states to ask about',
	scenes: 'scenes'
};

function at(input: unknown, path: readonly PropertyKey[]): unknown {
	let value = input;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function fieldName(path: readonly PropertyKey[]): string {
	const words: string[] = [];
	for (const [i, key] of path.entries()) {
		const parent = path[i - 1];
		if (typeof key !== 'number') words.push(FIELD_NAMES[String(key)] ?? String(key));
		else if (parent === 'center') words.splice(-1, 1, key === 0 ? 'longitude' : 'latitude');
		else if (parent === 'citations') words.splice(-1, 1, `citation ${key + 1}`);
		else if (parent === 'states') words.splice(-1, 1, `outlined state ${key + 1}`);
		else if (parent === 'ask') words.splice(-1, 1, `state to ask about ${key + 1}`);
		else words.push(`item ${key + 1}`);
	}
	return words.join("'s ");
}

/** One issue as a sentence fragment: "scene 3 has no year", "the tour's title is empty". */
function describeIssue(
	issue: Pick<z.core.$ZodIssue, 'code' | 'path' | 'message'> & { keys?: string[] },
	input: unknown
): string {
	const path = issue.path;
	const inScene = path[0] === 'scenes' && typeof path[1] === 'number';
	const who = inScene ? `scene ${(path[1] as number) + 1}` : 'the tour';
	const rest = inScene ? path.slice(2) : path;
	if (issue.code === 'unrecognized_keys') {
		const keys = (issue.keys ?? []).map((k) => `"${k.slice(0, 30)}"`).join(', ');
		return `${who} has ${issue.keys?.length === 1 ? 'a field' : 'fields'} this atlas does not read: ${keys}`;
	}
	if (rest.length === 0) return `${who} ${issue.message}`;
	if (at(input, path) === undefined && issue.code === 'invalid_type')
		return `${who} has no ${fieldName(rest)}`;
	return `${who}'s ${fieldName(rest)} ${issue.message}`;
}

export type TourReading = { doc: TourDocument } | { error: string };

/** Checks a parsed value as a tour document, including that its states and places exist. */
export function readTourDocument(input: unknown, lookups: TourLookups): TourReading {
	if (input === null || typeof input !== 'object' || Array.isArray(input))
		return { error: 'it is not a tour document (a JSON object of type "orbit-tour")' };
	const record = input as Record<string, unknown>;
	if (record.type !== 'orbit-tour')
		return { error: 'it is not an Orbit tour (its "type" is not "orbit-tour")' };
	if (record.version !== 1)
		return {
			error: `it is written in version ${JSON.stringify(record.version)?.slice(0, 20) ?? 'none'} of the tour format; this atlas reads version 1`
		};
	const parsed = tourDocumentSchema.safeParse(input);
	if (!parsed.success) {
		const issues = parsed.error.issues;
		const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
		return { error: describeIssue(issues[0], input) + more };
	}
	const doc = parsed.data as TourDocument;
	for (const [i, scene] of doc.scenes.entries()) {
		for (const [j, code] of (scene.states ?? []).entries()) {
			const state = lookups.resolveState(code);
			if (!state)
				return { error: `scene ${i + 1} outlines "${code}", a state this atlas does not map` };
			scene.states![j] = state;
		}
		for (const [j, code] of (scene.ask ?? []).entries()) {
			const state = lookups.resolveState(code);
			if (!state)
				return { error: `scene ${i + 1} asks about "${code}", a state this atlas does not map` };
			if (scene.ask!.slice(0, j).includes(state))
				return { error: `scene ${i + 1} asks about "${code}" twice` };
			if (lookups.isDrawnAlone && !lookups.isDrawnAlone(state, scene.year))
				return {
					error: `scene ${i + 1} asks about "${code}", which the map does not draw on its own in ${scene.year}: there is nothing to hide`
				};
			scene.ask![j] = state;
		}
		if (scene.place && !lookups.isPlace(scene.place))
			return {
				error: `scene ${i + 1} opens the place "${scene.place}", which this atlas does not have`
			};
	}
	return { doc };
}

/** A tour of `bytes` bytes, if that is more than a tour may be (checked before reading it). */
export function sizeProblem(bytes: number): { error: string } | null {
	return bytes > TOUR_LIMITS.bytes
		? {
				error: `it is ${Math.ceil(bytes / 1024)} KB; a tour may be at most ${TOUR_LIMITS.bytes / 1024} KB`
			}
		: null;
}

/** Reads a tour from text (a file, or an unpacked link): size, JSON, then the document. */
export function readTourText(text: string, lookups: TourLookups): TourReading {
	const tooLarge = sizeProblem(new TextEncoder().encode(text).length);
	if (tooLarge) return tooLarge;
	let input: unknown;
	try {
		input = JSON.parse(text);
	} catch {
		return { error: 'it is not JSON' };
	}
	return readTourDocument(input, lookups);
}
