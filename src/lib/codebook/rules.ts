/**
 * The codebook: numbered rules that turn a state's records (records.ts) into one of the eight
 * classes for a year. Applied the same way to every state; the first deciding rule that matches
 * wins. Rule ids are public (`/method#rule-<id>`, the downloads' `rule` column) and stay stable;
 * numbers may change between dataset versions (the changelog says how). The texts are here;
 * decide.ts applies them. Pure; the build derives the formal reading with it, /method prints it.
 */
import type { RelationClassId } from './classes.ts';
import type { RecordKind } from './records.ts';

/**
 * The day the bloc confrontation was declared over: NATO and Warsaw Pact states signed in Paris
 * that they were "no longer adversaries" (Joint Declaration of Twenty-Two States, 19 November
 * 1990). Western Cold War alliances count against Moscow before it (rule 8).
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

/** Conventions: how dates, treaties and governments are read. They decide no class by themselves. */
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
		title: 'Treaties count from entry into force, or else from signature',
		kinds: ['treaty-defence', 'treaty-consultation', 'treaty-friendship', 'partnership'],
		text: 'A treaty counts from the day it entered into force (the exchange of ratifications, or the day its text names) until the day it expired, was terminated, was replaced or lapsed (convention 0.4). Where the day of entry into force cannot be established, the treaty counts from its signature, and the record says so (`dated_by: signature`); a later-found day of entry into force is a correction. A declaration that needs no ratification counts from the day it was signed.',
		why: 'Obligations bind only once in force. One fallback, applied to every treaty whose entry into force is unknown, keeps like treaties alike: before version 1.1 such treaties were dated from signature, from a year assumed, or left out altogether. Signature is the fallback because it is the one date every such treaty has, and because the parties act on a signed treaty long before the ratifications are exchanged.'
	},
	{
		id: 'union',
		number: '0.3',
		title: 'A union of states takes its members’ place',
		kinds: ['union'],
		text: 'A sovereign state that merges into a union of states (Syria in the United Arab Republic, 1958–1961) is not a dependency: its territory is coded by the union’s own records with Moscow, which are recorded on the member state, and the union record is kept as context.',
		why: 'The members pooled their sovereignty; they did not lose it to an outside power, so `dependent` would misstate what happened.'
	},
	{
		id: 'lapse',
		number: '0.4',
		title: 'A treaty lapses with the government that made it',
		kinds: ['treaty-lapse'],
		text: 'A treaty stops counting on the day the government that concluded it is overthrown, the day its state merges into another, or the day one party acts against it: backs armed force or joins sanctions against the other, arms those fighting the other’s government, or repudiates it. This holds whatever the treaty’s legal standing (many were never denounced). A treaty renewed or reaffirmed by the new government and Moscow is a new record.',
		why: 'A treaty is a relationship between governments, and rules that read paper alone kept alive treaties that neither side invoked again: the 1978 treaty with the Afghan communists through the mujahideen, Karzai and the Taliban, or the Iraqi treaty after Moscow voted for the war of 1991. The field’s alliance data (ATOP) end alliances in the same way, when a member violates or abandons the terms.'
	},
	{
		id: 'government',
		number: '0.5',
		title: 'Relations are with the government Moscow recognises',
		kinds: ['relations'],
		text: 'Where two governments claim a state, its relations with Moscow are those of the government Moscow recognises: the People’s Republic in Beijing from October 1949, the People’s Republic of Kampuchea from January 1979, Rabbani’s Islamic State of Afghanistan after the Taliban took Kabul in 1996.',
		why: 'Moscow’s own recognition is the one test that can be read the same way in every case, and it is what its diplomacy acted on; following whoever held the capital made Afghanistan a state without relations in years when Moscow armed and advised its recognised government.'
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
		text: 'If the state’s armed forces and Moscow’s fought each other on any day of the calendar year (a war, a border battle, one side’s forces firing on the other’s aircraft or ships on purpose), the year is coded conflict. An accidental hit that the side that fired admits, such as friendly fire or a mistaken target in another fight, is an incident and decides nothing. Fighting through proxies, or Soviet advisers fighting for a third party, does not count here (see rule 9).',
		why: 'A clash between the two states’ own forces is the clearest fact of a relationship, and it overrides every treaty in force. An admitted accident is not a clash between the two states: Syria’s missile that downed a Russian aircraft in 2018 during an Israeli raid, and Azerbaijan’s downing of a Russian helicopter in 2020, are recorded as incidents alike, while a deliberate shoot-down (Pakistan 1988, Turkey 2015, a Soviet fighter downing Iranian helicopters in 1978) is a clash.'
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
		text: 'An independent state with no diplomatic relations with Moscow in force on 1 July (never established, broken or suspended) is coded no-relations. Relations are those of the government Moscow recognises (convention 0.5).',
		why: 'Relations are the precondition of every class on the scale between ally and strained.'
	},
	{
		id: 'combat-support',
		number: '5',
		title: 'Moscow’s forces fighting for the government',
		class: 'ally',
		kinds: ['combat-support'],
		text: 'If on 1 July Moscow’s own armed forces were in combat for the state’s government, at its request (air, air-defence or ground units fighting its enemies, not advisers or instructors), the state is an ally, whatever its treaties say.',
		why: 'Fighting for a government is the alliance obligation carried out, and it is the strongest fact of practice there is. Before version 1.1 these years were reached by a judgement per state (Afghanistan, Syria, Tajikistan) while North Korea, defended by a Soviet air corps in 1950–1953, stayed a partner; one rule now reads them alike. Advisers, arms and even crews that trained others are weaker ties and are not read here.'
	},
	{
		id: 'defence-treaty',
		number: '6',
		title: 'A mutual-defence treaty',
		class: 'ally',
		kinds: ['treaty-defence', 'treaty-lapse'],
		text: 'A bilateral treaty in force on 1 July that obliges the parties to give each other military or other assistance if one is attacked makes the state an ally. The operative clause decides, not the title: a treaty that only obliges the parties to consult, or to take unspecified “appropriate measures”, is a consultation treaty (rule 10).',
		why: 'An assistance clause is a promise to fight; a consultation clause is a promise to talk. Treaties titled “friendship, cooperation and mutual assistance” differ in exactly this clause, so the title cannot decide.'
	},
	{
		id: 'moscow-alliance',
		number: '7',
		title: 'Member of an alliance led by Moscow',
		class: 'ally',
		kinds: ['alliance-moscow'],
		text: 'Membership on 1 July of a collective-defence alliance led by Moscow (the Warsaw Pact; the Collective Security Treaty and, from 2002, the CSTO) makes the state an ally. A member that has suspended its participation or withdrawn no longer counts from that day.',
		why: 'The collective treaties carry the same assistance obligation as a bilateral defence treaty; suspension ends it in practice and in law.'
	},
	{
		id: 'western-alliance',
		number: '8',
		title: 'Member of a Cold War alliance against the Soviet bloc',
		class: 'strained',
		kinds: ['alliance-western', 'rapprochement'],
		text: 'Until 19 November 1990, membership on 1 July of a collective-defence alliance formed to contain the Soviet bloc (NATO, SEATO, the Baghdad Pact and CENTO) or a bilateral defence treaty with the United States makes the state strained, unless a rule above applies, and unless a rapprochement made after the state joined is in force: a declaration, joint statement or communique of the two sides’ leaders, a formal pledge given by one government to the other, or a Soviet state credit, that sets the relationship on a new footing. From 19 November 1990, when NATO and Warsaw Pact states declared in Paris that they were no longer adversaries, such membership decides nothing by itself.',
		why: 'These alliances were built and planned against the USSR, and Moscow treated their members as the opposing bloc: that is the “military confrontation short of fighting” of the strained class. But membership did not freeze relations for forty years: Turkey took Soviet credits from 1967 and signed a declaration of good-neighbourly principles in 1972, Pakistan’s Ayub Khan went to Moscow in 1965 and accepted Soviet mediation at Tashkent in 1966, the Shah pledged in 1962 that no foreign missiles would be based in Iran, Tanaka went to Moscow in 1973. A dated rapprochement at the top, later than the alliance, shows détente in the same way for every member; a later adversarial measure (rule 9) brings back strained.'
	},
	{
		id: 'adversarial',
		number: '9',
		title: 'Adversarial measures',
		class: 'strained',
		kinds: ['adversarial', 'rapprochement'],
		text: 'A measure of one side against the other in force on 1 July makes the state strained: economic or military sanctions, the recall or expulsion of an ambassador or a downgrade of relations, a military confrontation or threat short of fighting, or the state’s support of forces fighting Moscow’s (or Moscow’s support of forces fighting the state’s). Sanctions applied under a UN Security Council resolution that Moscow voted for are not a measure between the two; sanctions a state adopts as its own law (EU sanctions included) are. A measure gives way to a rapprochement at the top (as in rule 8) made after it and in force on 1 July, until a newer measure follows.',
		why: 'These are the dated acts by which two states with relations show they treat each other as adversaries. Practice can move on while a measure stays on the books: Cyprus kept the EU’s 2014 sanctions but in 2015 opened its ports to the Russian navy by an agreement its president signed in Moscow, and Japan kept the G7 measures while Abe and Putin launched an economic cooperation plan in 2016. The later act at the top decides, for every state alike.'
	},
	{
		id: 'friendship-treaty',
		number: '10',
		title: 'A friendship or consultation treaty',
		class: 'partner',
		kinds: ['treaty-friendship', 'treaty-consultation', 'treaty-lapse'],
		text: 'A bilateral treaty in force on 1 July on friendship and cooperation, or one whose security clause obliges the parties only to consult when a threat arises, makes the state a partner.',
		why: 'Such a treaty is a public, ratified commitment to closeness without a promise to fight; applied to every state, including the post-1991 “basic treaties” Russia signed with its neighbours (South Korea’s of 1992 and Turkey’s of the same year alike).'
	},
	{
		id: 'partnership',
		number: '11',
		title: 'A strategic partnership declaration',
		class: 'partner',
		kinds: ['partnership', 'treaty-lapse'],
		text: 'A joint declaration or treaty signed by the two states’ leaders (heads of state or government, or the ruler acting for one) that establishes a “strategic partnership” (with any qualifier: comprehensive, privileged, special) makes the state a partner from its signature until it is replaced or ended. Lesser labels (“constructive partnership”, “partnership for the 21st century”) do not count.',
		why: 'The words “strategic partnership” are the formula both sides use to single out their closest non-allied relations; counting them for every state, and nothing weaker, keeps the rule uniform.'
	},
	{
		id: 'bloc-member',
		number: '12',
		title: 'A member of Comecon',
		class: 'partner',
		kinds: ['bloc-member'],
		text: 'Full membership on 1 July of the Council for Mutual Economic Assistance (Comecon), the Soviet bloc’s economic union, makes the state a partner, unless a rule above applies. Observer status does not count.',
		why: 'Full membership bound a state’s planned economy to the bloc’s division of labour and to Soviet credit: an alignment as close as a friendship treaty, without a promise to fight. Vietnam joined on 29 June 1978, months before its treaty with Moscow; Mongolia in 1962. Observer status was open to non-aligned states and is not alignment.'
	},
	{
		id: 'relations',
		number: '13',
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
