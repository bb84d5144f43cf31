/**
 * Like cases: state-years the codebook must treat the same way, each group with the reason it is
 * alike. The unit test fails, naming the pair, when one member changes class without the others;
 * /method publishes the table. Pure data and one pure check.
 */
import type { RelationClassId } from './classes.ts';

export type Case = [state: string, year: number];
export interface LikeCases {
	cases: Case[];
	why: string;
	/** The class they share (checked too, so the whole group cannot drift together unnoticed). */
	class?: RelationClassId;
	/** Instead of one shared class: a class none of them may take. */
	never?: RelationClassId;
}

export const LIKE_CASES: LikeCases[] = [
	{
		cases: [
			['PRK', 1951],
			['AFG', 1985],
			['SYR', 2017],
			['TJK', 1993]
		],
		class: 'ally',
		why: 'Moscow’s own forces were fighting for the government at its request (rule 5), with or without a defence treaty'
	},
	{
		cases: [
			['VNM', 1968],
			['LAO', 1985],
			['KHM', 1985],
			['YMD', 1975],
			['SYR', 1970],
			['PRK', 1955],
			['VNM', 1977]
		],
		class: 'partner',
		why: 'Soviet clients with no treaty: arms, advisers and aid but no Soviet unit fighting for them on 1 July (North Vietnam’s Soviet missile crews handed over within months in 1965-66)'
	},
	{
		cases: [
			['KOR', 1995],
			['TUR', 1995]
		],
		class: 'partner',
		why: 'both rest on a 1992 basic treaty of the same kind, with no security clause, dated by the same convention'
	},
	{
		cases: [
			['JPN', 2016],
			['CYP', 2016]
		],
		class: 'normal',
		why: 'both kept the 2014 Western sanctions, and both then signed a later agreement at the top with Moscow (rule 9)'
	},
	{
		cases: [
			['AZE', 2020],
			['SYR', 2018]
		],
		never: 'conflict',
		why: 'each downed a Russian aircraft by admitted mistake: an incident, not a clash (rule 2)'
	},
	{
		cases: [
			['PAK', 1988],
			['TUR', 2015],
			['IRN', 1978]
		],
		class: 'conflict',
		why: 'each side’s forces fired on the other’s military aircraft on purpose (rule 2)'
	},
	{
		cases: [
			['AFG', 1995],
			['IRQ', 1995],
			['YEM', 1995],
			['SYR', 2025]
		],
		class: 'normal',
		why: 'each Soviet-era treaty lapsed with the government or state that made it, or when Moscow turned against it (convention 0.4)'
	},
	{
		cases: [
			['TUR', 1970],
			['IRN', 1970],
			['PAK', 1970],
			['JPN', 1975],
			['PHL', 1980]
		],
		class: 'normal',
		why: 'members of Western alliances with a later rapprochement at the top in force and no adversarial measure (rule 8)'
	},
	{
		cases: [
			['TUR', 1960],
			['IRN', 1960],
			['PAK', 1960],
			['JPN', 1960],
			['THA', 1960]
		],
		class: 'strained',
		why: 'members of Western alliances before any rapprochement at the top (rule 8)'
	},
	{
		cases: [
			['KAZ', 2000],
			['ARM', 2000],
			['TJK', 2000],
			['KGZ', 2000]
		],
		class: 'ally',
		why: 'members of the Collective Security Treaty (rule 7)'
	},
	{
		cases: [
			['VNM', 1978],
			['LAO', 1980]
		],
		class: 'partner',
		why: 'Vietnam by full Comecon membership (rule 12), Laos by the client judgement: the bloc’s two Indochinese members read alike'
	}
];

/** What breaks a group, each problem naming the cases. */
export function likeCaseProblems(
	group: LikeCases,
	classOf: (c: Case) => RelationClassId | undefined
): string[] {
	const names = group.cases.map(([s, y]) => `${s} ${y}`).join(' / ');
	const [first] = group.cases;
	const out: string[] = [];
	for (const c of group.cases) {
		const cls = classOf(c);
		if (cls === undefined) out.push(`${c.join(' ')} is not coded`);
		else if (group.never && cls === group.never)
			out.push(`${c.join(' ')} is ${cls}, which none of ${names} may be`);
		else if (!group.never && cls !== classOf(first))
			out.push(
				`${first.join(' ')} (${classOf(first)}) and ${c.join(' ')} (${cls}) must be alike: ${group.why}`
			);
	}
	if (group.class && classOf(first) !== group.class)
		out.push(`${names} are ${classOf(first)}, not ${group.class}`);
	return out;
}
