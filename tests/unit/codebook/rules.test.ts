/** Every rule of the codebook on small fixtures: what matches, what wins, and the year rule. */
import { describe, expect, it } from 'vitest';
import type { CodebookRecord } from '$lib/codebook/records';
import { RULES, ruleById } from '$lib/codebook/rules';
import { decideYear, matching } from '$lib/codebook/decide';

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
	it('numbers its deciding rules 1-13, each with a class, and gives every id once', () => {
		expect(RULES.map((r) => r.number)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
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

	it('rules 6 and 10: the operative clause decides, counted from entry into force', () => {
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

	it('rule 7: membership of a Moscow-led alliance, ended by suspension', () => {
		const csto = rec('alliance-moscow', '1994-04-20', '2012-06-28');
		expect(decideYear([relations, csto], 2011).class).toBe('ally');
		// Suspended on 28 June 2012: 1 July 2012 is already outside the alliance.
		expect(decideYear([relations, csto], 2012).class).toBe('normal');
	});

	it('rule 8: a Cold War alliance against the Soviet bloc, until the Paris declaration', () => {
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

	it('rule 9: an adversarial measure in force on 1 July, after the alliance rules', () => {
		const sanctions = rec('adversarial', '2022-02-28');
		expect(decideYear([relations, sanctions], 2022).class).toBe('strained');
		expect(decideYear([relations, sanctions, rec('treaty-defence', '2000')], 2022).class).toBe(
			'ally'
		);
		expect(decideYear([relations, sanctions, rec('partnership', '2000')], 2022).class).toBe(
			'strained'
		);
	});

	it('rule 11: a strategic partnership, and rule 13 the default', () => {
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

	it('rule 5: Moscow’s forces fighting for the government make an ally, above every treaty', () => {
		const corps = rec('combat-support', '1950-11-01', '1953-07-27');
		const treaty = rec('treaty-consultation', '1949-03-17');
		expect(decideYear([relations, treaty, corps], 1951)).toMatchObject({
			class: 'ally',
			rule: 'combat-support',
			records: [corps.id]
		});
		// 1 July 1950 came before the corps fought; 1953's did not.
		expect(decideYear([relations, treaty, corps], 1950).class).toBe('partner');
		expect(decideYear([relations, treaty, corps], 1953).class).toBe('ally');
		expect(decideYear([relations, treaty, corps], 1954).class).toBe('partner');
		// Fighting each other still comes first.
		expect(
			decideYear([relations, corps, rec('armed-clash', '1952-03-01', '1952-03-02')], 1952).class
		).toBe('conflict');
	});

	it('convention 0.4: a treaty lapses with its government, and the lapse is cited', () => {
		const treaty = rec('treaty-consultation', '1979-05-27');
		const fall = { ...rec('treaty-lapse', '1992-04-28'), treaties: [treaty.id] };
		expect(decideYear([relations, treaty, fall], 1991).class).toBe('partner');
		expect(decideYear([relations, treaty, fall], 1992)).toMatchObject({
			class: 'normal',
			rule: 'relations',
			records: [relations.id, fall.id]
		});
		// A lapse names its treaties: another treaty is untouched, and a renewal is a new record.
		const other = rec('treaty-friendship', '1993-01-01');
		expect(decideYear([relations, treaty, fall, other], 1995).records).toEqual([other.id]);
		// A defence treaty lapses the same way (rule 6).
		const pact = rec('treaty-defence', '1945-08-24', '1950-02-14');
		const broken = { ...rec('treaty-lapse', '1945-11-27'), treaties: [pact.id] };
		expect(decideYear([relations, pact, broken], 1946).class).toBe('normal');
	});

	it('rules 8 and 9: a later rapprochement at the top suspends an alliance or a measure, until a newer measure', () => {
		const nato = rec('alliance-western', '1952-02-18');
		const credits = rec('rapprochement', '1967-03-25');
		expect(decideYear([relations, nato, credits], 1966).class).toBe('strained');
		expect(decideYear([relations, nato, credits], 1967)).toMatchObject({
			class: 'normal',
			rule: 'relations',
			records: [relations.id, credits.id]
		});
		const sanctions = rec('adversarial', '1980-01-10', '1985-01-01');
		expect(decideYear([relations, nato, credits, sanctions], 1982)).toMatchObject({
			class: 'strained',
			rule: 'adversarial',
			records: [sanctions.id, credits.id]
		});
		expect(decideYear([relations, nato, credits, sanctions], 1986).class).toBe('normal');
		// A rapprochement older than the measure does not suspend it.
		const eu = rec('adversarial', '2014-03-17');
		const port = rec('rapprochement', '2015-02-25', '2022-03-01');
		expect(decideYear([relations, port, eu], 2014).class).toBe('strained');
		expect(decideYear([relations, port, eu], 2016).class).toBe('normal');
		expect(decideYear([relations, port, eu], 2022).class).toBe('strained');
	});

	it('rule 12: full Comecon membership makes a partner; an incident decides nothing', () => {
		const comecon = rec('bloc-member', '1978-06-29', '1991-06-28');
		expect(decideYear([relations, comecon], 1978)).toMatchObject({
			class: 'partner',
			rule: 'bloc-member'
		});
		expect(decideYear([relations, comecon], 1991).class).toBe('normal');
		const accident = rec('incident', '2018-09-17', '2018-09-17');
		expect(decideYear([relations, accident], 2018)).toMatchObject({
			class: 'normal',
			records: [relations.id]
		});
	});

	it('names every record that made the deciding rule match', () => {
		const a = rec('treaty-friendship', '1993');
		const b = rec('treaty-consultation', '2002');
		expect(decideYear([relations, a, b], 2005).records).toEqual([a.id, b.id]);
	});
});
