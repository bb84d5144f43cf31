/** Every rule of the codebook on small fixtures: what matches, what wins, and the year rule. */
import { describe, expect, it } from 'vitest';
import type { CodebookRecord } from '$lib/codebook/records';
import { RULES, decideYear, matching, ruleById } from '$lib/codebook/rules';

let n = 0;
const rec = (kind: CodebookRecord['kind'], date: string, end?: string): CodebookRecord => ({
	id: `r${++n}`,
	kind,
	date,
	...(end && { end }),
	title: `A ${kind} record`,
	citations: ['A dated record, 1 January 1950']
});
const relations = rec('relations', '1930');

describe('the codebook', () => {
	it('numbers its deciding rules 1-11, each with a class, and gives every id once', () => {
		expect(RULES.map((r) => r.number)).toEqual([
			'1',
			'2',
			'3',
			'4',
			'5',
			'6',
			'7',
			'8',
			'9',
			'10',
			'11'
		]);
		expect(RULES.every((r) => r.class)).toBe(true);
		expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
		expect(ruleById('year')?.class).toBeUndefined(); // a convention decides nothing
	});

	it('rule 1: governed from Moscow, until the record ends', () => {
		const soviet = rec('moscow', '1922-12-30', '1991-12-26');
		expect(decideYear([soviet], 1991)).toMatchObject({
			class: 'moscow',
			rule: 'moscow',
			records: [soviet.id]
		});
		expect(decideYear([soviet, rec('relations', '1992-10-22')], 1992).class).toBe('no-relations');
	});

	it('rule 2: fighting on any day makes the calendar year conflict, before every treaty', () => {
		const treaty = rec('treaty-defence', '1950-04-11', '1980-04-11');
		const clash = rec('armed-clash', '1969-03-02', '1969-03-15');
		expect(decideYear([relations, treaty, clash], 1969)).toMatchObject({
			class: 'conflict',
			rule: 'armed-clash'
		});
		expect(decideYear([relations, treaty, clash], 1970).class).toBe('ally');
		// A war of August: 1 July was at peace, the year is still conflict; a December one too.
		expect(
			decideYear([relations, rec('armed-clash', '1945-08-09', '1945-09-02')], 1945).class
		).toBe('conflict');
		expect(
			decideYear([relations, rec('armed-clash', '2015-11-24', '2015-11-24')], 2015).class
		).toBe('conflict');
		expect(
			decideYear([relations, rec('armed-clash', '2015-11-24', '2015-11-24')], 2016).class
		).toBe('normal');
	});

	it('rule 3: a dependency on 1 July, whatever else is recorded', () => {
		const colony = rec('dependency', '1887', '1954-07-21');
		expect(decideYear([colony, relations], 1954).class).toBe('dependent');
		expect(decideYear([colony, relations], 1955).class).toBe('normal');
	});

	it('rule 4: no relations in force on 1 July, citing the relations that ended', () => {
		const broken = rec('relations', '1948-05-17', '1967-06-10');
		expect(decideYear([broken], 1970)).toMatchObject({
			class: 'no-relations',
			records: [broken.id]
		});
		expect(decideYear([], 1970)).toMatchObject({ class: 'no-relations', records: [] });
		// Relations from 2 July: that year is still without them.
		expect(decideYear([rec('relations', '1990-07-02')], 1990).class).toBe('no-relations');
		expect(decideYear([rec('relations', '1990-07-01')], 1990).class).toBe('normal');
	});

	it('rules 5 and 9: the operative clause decides, counted from entry into force', () => {
		const assistance = rec('treaty-defence', '1961-09-10', '1996-09-10');
		const consult = rec('treaty-consultation', '1978-12-13');
		expect(decideYear([relations, assistance], 1962).class).toBe('ally');
		expect(decideYear([relations, assistance], 1996).class).toBe('ally');
		expect(decideYear([relations, assistance], 1997).class).toBe('normal');
		expect(decideYear([relations, consult], 1979)).toMatchObject({
			class: 'partner',
			rule: 'friendship-treaty'
		});
		expect(decideYear([relations, rec('treaty-friendship', '1993-01-01')], 1993).rule).toBe(
			'friendship-treaty'
		);
	});

	it('rule 6: membership of a Moscow-led alliance, ended by suspension', () => {
		const csto = rec('alliance-moscow', '1994-04-20', '2012-06-28');
		expect(decideYear([relations, csto], 2011).class).toBe('ally');
		// Suspended on 28 June 2012: 1 July 2012 is already outside the alliance.
		expect(decideYear([relations, csto], 2012).class).toBe('normal');
	});

	it('rule 7: a Cold War alliance against the Soviet bloc, until the Paris declaration', () => {
		const nato = rec('alliance-western', '1952-02-18');
		const friendship = rec('treaty-friendship', '1921-03-16');
		expect(decideYear([relations, nato, friendship], 1965)).toMatchObject({
			class: 'strained',
			rule: 'western-alliance'
		});
		expect(decideYear([relations, nato], 1990).class).toBe('strained');
		expect(decideYear([relations, nato], 1991).class).toBe('normal');
		expect(decideYear([relations, nato, friendship], 1991).class).toBe('partner');
		expect(matching(ruleById('western-alliance')!, [nato], 2000)).toEqual([]);
	});

	it('rule 8: an adversarial measure in force on 1 July, after the alliance rules', () => {
		const sanctions = rec('adversarial', '2022-02-28');
		expect(decideYear([relations, sanctions], 2022).class).toBe('strained');
		expect(decideYear([relations, sanctions, rec('treaty-defence', '2000')], 2022).class).toBe(
			'ally'
		);
		expect(decideYear([relations, sanctions, rec('partnership', '2000')], 2022).class).toBe(
			'strained'
		);
	});

	it('rule 10: a strategic partnership, and rule 11 the default', () => {
		expect(decideYear([relations, rec('partnership', '1996-04-25')], 1997)).toMatchObject({
			class: 'partner',
			rule: 'partnership'
		});
		expect(decideYear([relations], 1997)).toMatchObject({
			class: 'normal',
			rule: 'relations',
			records: [relations.id]
		});
	});

	it('names every record that made the deciding rule match', () => {
		const a = rec('treaty-friendship', '1993');
		const b = rec('treaty-consultation', '2002');
		expect(decideYear([relations, a, b], 2005).records).toEqual([a.id, b.id]);
	});
});
