/**
 * Judgements: the assessed reading's written departures from the codebook. Each names the rule it
 * sets aside, the class practice shows instead, and cites why; it applies only in the years of
 * its span in which that rule decided the formal class. Authored in geodata/relations/<STATE>.json.
 */
import { z } from 'zod';
import { RELATION_CLASS_IDS, type RelationClassId } from './classes.ts';
import { isoDate } from '../data/validate.ts';
import { citations } from '../sources/schema.ts';
import { RULE_IDS } from './rules.ts';

export const judgementSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
	from: isoDate,
	to: isoDate.optional(),
	/** The deciding rule whose result practice contradicts. */
	sets_aside: z.enum(RULE_IDS as [string, ...string[]], {
		error: `must be a deciding rule id: ${RULE_IDS.join(', ')}`
	}),
	class: z.enum(RELATION_CLASS_IDS as [RelationClassId, ...RelationClassId[]]),
	/** Why practice differed from what the records say, in our own words. */
	reason: z.string().trim().min(40, 'must argue the departure').max(700),
	citations,
	confidence: z.enum(['high', 'medium', 'low'])
});

export type Judgement = z.infer<typeof judgementSchema>;
