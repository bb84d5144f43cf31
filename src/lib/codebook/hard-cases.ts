/**
 * The hard cases a specialist raises first, and how codebook 1.1 answers each: by a rule applied
 * to every state, or by an argument kept in the open. Published on /method (#hard-cases); the
 * links point to the rule, the judgement or the state-year a reader can check.
 */
export interface HardCase {
	id: string;
	question: string;
	answer: string;
	/** Where a reader sees it: an anchor on /method, or a state-year on the map. */
	see: ({ label: string; anchor: string } | { label: string; state: string; year: number })[];
}

export const HARD_CASES: HardCase[] = [
	{
		id: 'dead-treaties',
		question:
			'Why was Afghanistan a partner under the mujahideen, Karzai and the Taliban, and Iraq, Yemen and Syria long after the governments that signed their treaties were gone?',
		answer:
			'They no longer are. A treaty now lapses with the government that made it, with its state’s merger, or when a party turns against it (convention 0.4): Afghanistan from April 1992, Iraq from August 1990, North Yemen’s treaty at unification in 1990, Syria’s with Assad in 2024. Each lapse is a dated, cited record.',
		see: [
			{ label: 'Convention 0.4', anchor: 'rule-lapse' },
			{ label: 'Afghanistan 1995', state: 'AFG', year: 1995 },
			{ label: 'Iraq 1998', state: 'IRQ', year: 1998 }
		]
	},
	{
		id: 'clients',
		question:
			'Why were Laos and the People’s Republic of Kampuchea ordinary while South Yemen and Syria were read as Soviet clients?',
		answer:
			'Laos (1976-91) and the PRK (1979-91) now carry the same client judgement as South Yemen and Syria: Soviet arms, advisers and aid without a treaty make a partner. The like-cases test holds them together with North Vietnam and early North Korea.',
		see: [
			{ label: 'Judgement on Laos', anchor: 'judgement-lao-soviet-client' },
			{ label: 'Like cases', anchor: 'like-cases' }
		]
	},
	{
		id: 'vietnam-1975',
		question: 'Why did Vietnam fall to ordinary relations between the war and the 1978 treaty?',
		answer:
			'It no longer does: a judgement reads 1975-78 as partner (Soviet credits for the 1976-80 plan), and full Comecon membership from 29 June 1978 makes a partner by rule 12.',
		see: [
			{ label: 'Rule 12', anchor: 'rule-bloc-member' },
			{ label: 'Vietnam 1977', state: 'VNM', year: 1977 }
		]
	},
	{
		id: 'detente',
		question:
			'Does membership of a Western alliance paint forty years of strained, flattening détente?',
		answer:
			'Not any more: rule 8 gives way to a later rapprochement at the top (a leaders’ declaration or communique, a formal pledge, a Soviet state credit), and a newer adversarial measure brings strained back (rule 9). Turkey is normal from the 1967 credits, Iran from the 1962 pledge, Pakistan from Ayub’s 1965 visit, Japan from the 1973 summit until its 1980 measures.',
		see: [
			{ label: 'Rule 8', anchor: 'rule-western-alliance' },
			{ label: 'Turkey 1975', state: 'TUR', year: 1975 }
		]
	},
	{
		id: 'basic-treaties',
		question:
			'Why was South Korea’s 1992 basic treaty counted and Turkey’s of the same year not, and why are unconfirmed entry-into-force dates handled three ways?',
		answer:
			'One convention now: a treaty whose entry into force is unknown counts from its signature, and its record says so (convention 0.2). Turkey’s 1992 treaty is recorded, so Turkey and South Korea read alike from 1992.',
		see: [
			{ label: 'Convention 0.2', anchor: 'rule-in-force' },
			{ label: 'Turkey 1995', state: 'TUR', year: 1995 }
		]
	},
	{
		id: 'cyprus',
		question:
			'Why did Cyprus stay strained in 2015-21 while it opened its ports to the Russian navy, when Japan in the same years was normal?',
		answer:
			'Both are now read by one rule: a measure gives way to a later agreement at the top (rule 9). Cyprus is normal from the February 2015 port agreement, Japan from the 2016 Sochi plan, and both strained again from 2022.',
		see: [
			{ label: 'Rule 9', anchor: 'rule-adversarial' },
			{ label: 'Cyprus 2016', state: 'CYP', year: 2016 }
		]
	},
	{
		id: 'combat',
		question:
			'Why did Moscow’s forces fighting for a state make an ally in Afghanistan, Syria and Tajikistan but only a partner in North Korea and North Vietnam?',
		answer:
			'Rule 5 now reads Moscow’s own forces in combat for a government as an ally, for every state: North Korea 1951-53 becomes an ally. North Vietnam stays a partner, argued in its judgement: Soviet missile crews fought in 1965 and handed over within months, so no 1 July finds Soviet units fighting for Hanoi.',
		see: [
			{ label: 'Rule 5', anchor: 'rule-combat-support' },
			{ label: 'Judgement on North Vietnam', anchor: 'judgement-vnm-drv-war-aid' }
		]
	},
	{
		id: 'shoot-downs',
		question: 'Why are some shoot-downs recorded and others not?',
		answer:
			'Every known shoot-down between the two states’ forces is now recorded. Deliberate fire is a clash (Pakistan 1988, Turkey 2015, the Soviet downing of Iranian army helicopters in 1978); an accident the firing side admits is an incident that decides nothing (Azerbaijan 2020, Syria 2018).',
		see: [
			{ label: 'Rule 2', anchor: 'rule-armed-clash' },
			{ label: 'Iran 1978', state: 'IRN', year: 1978 }
		]
	},
	{
		id: 'china-1946',
		question:
			'Why were China and Taiwan allies of Moscow in 1946-49, when Moscow stripped Manchuria and armed the Communists?',
		answer:
			'They are now strained: Moscow’s conduct broke the 1945 treaty (convention 0.4, as the UN General Assembly found in 1952), and its arming of the Communists is an adversarial measure (rule 9). The alliance reading stays as the contested one.',
		see: [{ label: 'China 1947', state: 'CHN', year: 1947 }]
	},
	{
		id: 'uzbekistan',
		question:
			'Why is Uzbekistan an ally since 2012 despite leaving the CSTO and its law against blocs, a partner in 1999-2003 while it hosted a US base, and why was Afghanistan without relations in 1997-2001?',
		answer:
			'Uzbekistan is kept an ally, argued in the open: the 2005 bilateral treaty with its assistance clause was never ended and was reaffirmed in 2024, the 2012 concept bars blocs rather than bilateral pledges, and ATOP codes the same obligation; the partner reading is the contested one. For 1999-2003 the 1992 treaty stayed in force, and the US base is in the contested reading. Afghanistan 1997-2001 is now normal: relations are those of the government Moscow recognised, Rabbani’s (convention 0.5).',
		see: [
			{ label: 'Uzbekistan 2015', state: 'UZB', year: 2015 },
			{ label: 'Convention 0.5', anchor: 'rule-government' },
			{ label: 'ATOP comparison', anchor: 'atop' }
		]
	}
];
