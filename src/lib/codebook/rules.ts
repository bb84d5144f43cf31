/**
 * The codebook: numbered rules that turn a state's records (records.ts) into one of the eight
 * classes for a year. Applied the same way to every state; the first deciding rule that matches
 * wins. Rule ids are public (`/method#rule-<id>`, the downloads' `rule` column) and stay stable.
 * Pure; the build derives the formal reading with it, the /method page prints it.
 */
import type { RelationClassId } from './classes.ts';
import { startOf } from './intervals.ts';
import { YEAR_SAMPLE_DAY } from '../years/years.ts';
import type { CodebookRecord, RecordKind } from './records.ts';

/**
 * The day the bloc confrontation was declared over: NATO and Warsaw Pact states signed in Paris
 * that they were "no longer adversaries" (Joint Declaration of Twenty-Two States, 19 November
 * 1990). Western Cold War alliances count against Moscow before it (rule 7).
 */
export const BLOCS_END = '1990-11-19';

export interface Rule {
	/** Stable id: the anchor `rule-<id>` and the downloads' `rule` column. */
	id: string;
	/** The number readers cite ("rule 5"). */
	number: string;
	title: string;
	/** The class the rule decides; conventions decide none. */
	class?: RelationClassId;
	/** The record kinds the rule reads. */
	kinds: RecordKind[];
	/** What the rule says, in full. */
	text: string;
	/** Why it is drawn this way: the choices the codebook makes and the alternatives it rejects. */
	why: string;
}

/** Conventions: how dates and years are read. They decide no class by themselves. */
export const CONVENTIONS: Rule[] = [
	{
		id: 'year',
		number: '0.1',
		title: 'A year is 1 July, except for fighting',
		kinds: [],
		text: 'Each year shows a state as it stood on 1 July of that year. The one exception: if the state’s forces and Moscow’s fought each other at any time in that calendar year, the whole year is coded conflict (rule 2).',
		why: 'A fixed day makes every state-year comparable and reproducible. Fighting is the exception because a war of a few weeks, such as August 1945 in Manchuria or August 2008 in Georgia, is the most important fact of its year, and no interval may be stretched to reach 1 July instead.'
	},
	{
		id: 'in-force',
		number: '0.2',
		title: 'Treaties count from entry into force',
		kinds: ['treaty-defence', 'treaty-consultation', 'treaty-friendship', 'partnership'],
		text: 'A treaty counts from the day it entered into force (the exchange of ratifications, or the day its text names) until the day it expired, was terminated or was replaced. Its signature date is recorded but decides nothing. A declaration that needs no ratification counts from the day it was signed.',
		why: 'Obligations bind only once in force; using signature for some treaties and entry into force for others made equal texts start on different days.'
	},
	{
		id: 'union',
		number: '0.3',
		title: 'A union of states takes its members’ place',
		kinds: ['union'],
		text: 'A sovereign state that merges into a union of states (Syria in the United Arab Republic, 1958–1961) is not a dependency: its territory is coded by the union’s own records with Moscow, which are recorded on the member state, and the union record is kept as context.',
		why: 'The members pooled their sovereignty; they did not lose it to an outside power, so `dependent` would misstate what happened.'
	}
];

/** The deciding rules, in precedence order: the first that matches decides the year. */
export const RULES: Rule[] = [
	{
		id: 'moscow',
		number: '1',
		title: 'Governed from Moscow',
		class: 'moscow',
		kinds: ['moscow'],
		text: 'A territory governed from Moscow on 1 July is coded moscow: the USSR and its union republics until 26 December 1991, the Russian Federation after.',
		why: 'Moscow itself is the reference point of every other colour.'
	},
	{
		id: 'armed-clash',
		number: '2',
		title: 'Armed clashes make the year conflict',
		class: 'conflict',
		kinds: ['armed-clash'],
		text: 'If the state’s armed forces and Moscow’s fought each other on any day of the calendar year (a war, a border battle, a shoot-down of one side’s aircraft by the other), the year is coded conflict. Fighting through proxies, or Soviet advisers fighting for a third party, does not count here (see rule 7).',
		why: 'A clash between the two states’ own forces is the clearest fact of a relationship, and it overrides every treaty in force.'
	},
	{
		id: 'dependency',
		number: '3',
		title: 'Not an independent state',
		class: 'dependent',
		kinds: ['dependency'],
		text: 'A territory that on 1 July was a colony, protectorate, mandate or trust territory, or was occupied or annexed by another state, is coded dependent: its relations were conducted by someone else.',
		why: 'The class sits outside the scale: it says the question of relations with Moscow did not yet, or no longer, belong to the territory.'
	},
	{
		id: 'no-relations',
		number: '4',
		title: 'No diplomatic relations',
		class: 'no-relations',
		kinds: ['relations'],
		text: 'An independent state with no diplomatic relations with Moscow in force on 1 July (never established, broken or suspended) is coded no-relations.',
		why: 'Relations are the precondition of every class on the scale between ally and strained.'
	},
	{
		id: 'defence-treaty',
		number: '5',
		title: 'A mutual-defence treaty',
		class: 'ally',
		kinds: ['treaty-defence'],
		text: 'A bilateral treaty in force on 1 July that obliges the parties to give each other military or other assistance if one is attacked makes the state an ally. The operative clause decides, not the title: a treaty that only obliges the parties to consult, or to take unspecified “appropriate measures”, is a consultation treaty (rule 9).',
		why: 'An assistance clause is a promise to fight; a consultation clause is a promise to talk. Treaties titled “friendship, cooperation and mutual assistance” differ in exactly this clause, so the title cannot decide.'
	},
	{
		id: 'moscow-alliance',
		number: '6',
		title: 'Member of an alliance led by Moscow',
		class: 'ally',
		kinds: ['alliance-moscow'],
		text: 'Membership on 1 July of a collective-defence alliance led by Moscow (the Warsaw Pact; the Collective Security Treaty and, from 2002, the CSTO) makes the state an ally. A member that has suspended its participation or withdrawn no longer counts from that day.',
		why: 'The collective treaties carry the same assistance obligation as a bilateral defence treaty; suspension ends it in practice and in law.'
	},
	{
		id: 'western-alliance',
		number: '7',
		title: 'Member of a Cold War alliance against the Soviet bloc',
		class: 'strained',
		kinds: ['alliance-western'],
		text: 'Until 19 November 1990, membership on 1 July of a collective-defence alliance formed to contain the Soviet bloc (NATO, SEATO, the Baghdad Pact and CENTO) or a bilateral defence treaty with the United States makes the state strained, unless a rule above applies. From that day, when NATO and Warsaw Pact states declared in Paris that they were no longer adversaries, such membership decides nothing by itself.',
		why: 'These alliances were built and planned against the USSR, and Moscow treated their members as the opposing bloc: that is the “military confrontation short of fighting” of the strained class. Applying it to every member (Turkey as much as Japan) replaces the earlier state-by-state treatment. After the Paris declaration (Joint Declaration of Twenty-Two States, 19 November 1990) Moscow’s relations with members of Western alliances diverged too much for membership alone to decide.'
	},
	{
		id: 'adversarial',
		number: '8',
		title: 'Adversarial measures',
		class: 'strained',
		kinds: ['adversarial'],
		text: 'A measure of one side against the other in force on 1 July makes the state strained: economic or military sanctions, the recall or expulsion of an ambassador or a downgrade of relations, a military confrontation or threat short of fighting, or the state’s support of forces fighting Moscow’s (or Moscow’s support of forces fighting the state’s). Sanctions applied under a UN Security Council resolution that Moscow voted for are not a measure between the two; sanctions a state adopts as its own law (EU sanctions included) are.',
		why: 'These are the dated acts by which two states with relations show they treat each other as adversaries.'
	},
	{
		id: 'friendship-treaty',
		number: '9',
		title: 'A friendship or consultation treaty',
		class: 'partner',
		kinds: ['treaty-friendship', 'treaty-consultation'],
		text: 'A bilateral treaty in force on 1 July on friendship and cooperation, or one whose security clause obliges the parties only to consult when a threat arises, makes the state a partner.',
		why: 'Such a treaty is a public, ratified commitment to closeness without a promise to fight; applied to every state, including the post-1991 “basic treaties” Russia signed with its neighbours.'
	},
	{
		id: 'partnership',
		number: '10',
		title: 'A strategic partnership declaration',
		class: 'partner',
		kinds: ['partnership'],
		text: 'A joint declaration or treaty signed by the two states’ leaders (heads of state or government, or the ruler acting for one) that establishes a “strategic partnership” (with any qualifier: comprehensive, privileged, special) makes the state a partner from its signature until it is replaced or ended. Lesser labels (“constructive partnership”, “partnership for the 21st century”) do not count.',
		why: 'The words “strategic partnership” are the formula both sides use to single out their closest non-allied relations; counting them for every state, and nothing weaker, keeps the rule uniform.'
	},
	{
		id: 'relations',
		number: '11',
		title: 'Ordinary diplomatic relations',
		class: 'normal',
		kinds: ['relations'],
		text: 'Diplomatic relations in force on 1 July, with none of the above, make relations normal.',
		why: 'The default of the scale.'
	}
];

export const ALL_RULES: Rule[] = [...CONVENTIONS, ...RULES];
export const RULE_IDS = RULES.map((r) => r.id);
/** A judgement's rule id in the downloads, where it departs from the rules. */
export const ASSESSED_RULE = 'assessed';

export function ruleById(id: string): Rule | undefined {
	return ALL_RULES.find((r) => r.id === id);
}

/** How one year was decided: the rule, its class and the records that made it match. */
export interface Decision {
	class: RelationClassId;
	rule: string;
	/** Ids of the records that matched the deciding rule. */
	records: string[];
}

function inForce(r: Pick<CodebookRecord, 'date' | 'end'>, day: string): boolean {
	return startOf(r.date) <= day && (r.end === undefined || day < startOf(r.end));
}

/** Whether a span [date, end] (end inclusive, the last day of fighting) touches the year. */
function overlapsYear(r: Pick<CodebookRecord, 'date' | 'end'>, year: number): boolean {
	const first = `${year}-01-01`;
	const last = `${year}-12-31`;
	return startOf(r.date) <= last && (r.end === undefined || startOf(r.end) >= first);
}

/** Which records make a rule match in a year (empty: the rule does not apply). */
export function matching(
	rule: Rule,
	records: readonly CodebookRecord[],
	year: number
): CodebookRecord[] {
	const day = `${year}-${YEAR_SAMPLE_DAY}`;
	const of = (kinds: RecordKind[]) => records.filter((r) => kinds.includes(r.kind));
	switch (rule.id) {
		case 'armed-clash':
			return of(rule.kinds).filter((r) => overlapsYear(r, year));
		case 'no-relations': {
			const relations = of(['relations']);
			if (relations.some((r) => inForce(r, day))) return [];
			// The rule rests on an absence: cite the relations that ended before the day, if any.
			const ended = relations.filter((r) => r.end !== undefined && startOf(r.end) <= day);
			return ended.length ? ended.slice(-1) : [NO_RECORD];
		}
		case 'western-alliance':
			return day < BLOCS_END ? of(rule.kinds).filter((r) => inForce(r, day)) : [];
		default:
			return of(rule.kinds).filter((r) => inForce(r, day));
	}
}

/** Stands for "no record in force" where a rule matches on an absence (rule 4). */
const NO_RECORD = {
	id: '',
	kind: 'relations',
	date: '0001',
	title: '',
	citations: []
} as unknown as CodebookRecord;

/**
 * The formal class of one year from a state's records: the first deciding rule that matches.
 * Undefined only if the state has no records at all for a year it is coded (a data error the
 * build reports).
 */
export function decideYear(records: readonly CodebookRecord[], year: number): Decision {
	for (const rule of RULES) {
		const hits = matching(rule, records, year);
		if (hits.length) {
			return {
				class: rule.class!,
				rule: rule.id,
				records: hits.filter((r) => r !== NO_RECORD).map((r) => r.id)
			};
		}
	}
	// Unreachable: rule 4 matches whenever rule 11 does not.
	throw new Error(`no rule decides ${year}`);
}
