/**
 * The two readings of one state on fixtures: judgements apply only where the rule they set aside
 * decided, and every way records, judgements and prose can disagree is a problem naming the field.
 */
import { describe, expect, it } from 'vitest';
import { codeState, shownInterval, yearRanges } from '$lib/codebook/readings';
import type { CodebookRecord } from '$lib/codebook/records';
import type { RelationFile } from '$lib/codebook/relation-file';
import { FIRST_YEAR } from '$lib/years/years';

const cite = ['A dated record, 1 January 1950'];
const records: CodebookRecord[] = [
	{
		id: 'x-relations',
		kind: 'relations',
		date: '1949-10-02',
		title: 'Relations established',
		citations: cite
	},
	{
		id: 'x-treaty',
		kind: 'treaty-defence',
		date: '1950-04-11',
		end: '1980-04-11',
		title: 'A treaty of alliance',
		citations: cite
	},
	{
		id: 'x-clash',
		kind: 'armed-clash',
		date: '1969-03-02',
		end: '1969-03-17',
		title: 'Border clashes on the river',
		citations: cite
	}
];
const iv = (
	from: string,
	to: string | undefined,
	cls: RelationFile['intervals'][number]['class']
) => ({
	from,
	...(to && { to }),
	class: cls,
	reason: 'Our own words about why the state stood where it did that year.',
	citations: cite,
	confidence: 'high' as const
});
const split = {
	id: 'x-split',
	from: '1960-07-16',
	to: '1980-04-11',
	sets_aside: 'defence-treaty',
	class: 'strained' as const,
	reason: 'The treaty stayed in force, but neither side treated its pledge as live after 1960.',
	citations: cite,
	confidence: 'high' as const
};
const file = (over: Partial<RelationFile> = {}): RelationFile => ({
	state: 'XXX',
	name: 'Example',
	years: { from: 1950, to: 1985 },
	intervals: [
		iv('1949', '1960-07-16', 'ally'),
		iv('1960-07-16', '1969-03-02', 'strained'),
		iv('1969-03-02', '1969-03-17', 'conflict'),
		iv('1969-03-17', '1980-04-11', 'strained'),
		iv('1980-04-11', '1986', 'normal')
	],
	judgements: [split],
	...over
});
const at = (coding: ReturnType<typeof codeState>, year: number) => coding.years[year - FIRST_YEAR]!;

describe('two readings of a state', () => {
	it('departs only where the judgement covers the year and its rule decided', () => {
		const coding = codeState(file(), records);
		expect(coding.problems).toEqual([]);
		expect(at(coding, 1965).formal).toMatchObject({ class: 'ally', rule: 'defence-treaty' });
		expect(at(coding, 1965).assessed).toMatchObject({
			class: 'strained',
			rule: 'assessed',
			judgement: 'x-split'
		});
		// 1969 is decided by the clash (rule 2), which the judgement does not set aside.
		expect(at(coding, 1969).assessed).toMatchObject({ class: 'conflict', rule: 'armed-clash' });
		expect(at(coding, 1969).interval).toBe(2);
		expect(at(coding, 1955).assessed).toEqual(at(coding, 1955).formal);
		expect(coding.years[1949 - FIRST_YEAR]).toBeUndefined();
	});

	it('says where the prose disagrees with the codebook, by field and years', () => {
		const { problems } = codeState(file({ judgements: [] }), records);
		expect(problems).toEqual([
			'intervals[1].class: in 1961–1968 is strained, but the codebook gives ally by rule defence-treaty (A mutual-defence treaty; records x-treaty); add or fix a record, or write a judgement that sets the rule aside',
			'intervals[3].class: in 1970–1979 is strained, but the codebook gives ally by rule defence-treaty (A mutual-defence treaty; records x-treaty); add or fix a record, or write a judgement that sets the rule aside'
		]);
	});

	it('refuses a judgement that changes nothing, decides no year, or repeats an id', () => {
		const same = {
			...split,
			id: 'x-same',
			from: '1950-04-11',
			to: '1960-07-16',
			class: 'ally' as const
		};
		const idle = { ...split, id: 'x-idle', sets_aside: 'partnership' };
		const { problems } = codeState(
			file({ judgements: [split, same, idle, { ...split, from: '1990', to: undefined }] }),
			records
		);
		expect(problems).toContain(
			'judgements[1].class: in 1950 rule defence-treaty already gives ally; there is nothing to depart from'
		);
		expect(problems).toContain(
			'judgements[2].sets_aside: rule partnership decides none of the years from 1960-07-16 to 1980-04-11'
		);
		expect(problems).toContain('judgements[3].id: "x-split" is used twice');
	});

	it('explains a conflict year by the fighting, not by 1 July', () => {
		const intervals = file().intervals;
		expect(shownInterval(intervals, 1969, 'conflict')).toBe(2);
		expect(shownInterval(intervals, 1969, 'strained')).toBe(3);
	});

	it('writes years as ranges', () => {
		expect(yearRanges([1950, 1951, 1952, 1955, 1957, 1958])).toBe('1950–1952, 1955, 1957–1958');
		expect(yearRanges([])).toBe('');
	});
});
