/**
 * The codebook over the whole data, checked from the records' side rather than through
 * decideYear: every record of a kind in force yields its class unless a rule of higher precedence
 * or a written judgement says otherwise, every clash makes its year conflict, every departure is
 * argued and bounded, and every record and rule is used or flagged.
 */
import { describe, expect, it } from 'vitest';
import { loadRelations } from '../../../geodata/relations';
import { codeStates, loadRecords } from '../../../geodata/records';
import { BLOCS_END, RULES } from '$lib/codebook/rules';
import type { Decision } from '$lib/codebook/decide';
import type { CodebookRecord } from '$lib/codebook/records';
import { startOf } from '$lib/codebook/intervals';
import { FIRST_YEAR, LAST_YEAR } from '$lib/years/years';

const relations = loadRelations();
const records = loadRecords();
const codings = codeStates(relations, records);
const rank = (rule: string) => RULES.findIndex((r) => r.id === rule);
const july = (year: number) => `${year}-07-01`;
const inForce = (r: CodebookRecord, day: string) =>
	startOf(r.date) <= day && (r.end === undefined || day < startOf(r.end));

/** Every coded state-year with its records and both decisions. */
function* stateYears() {
	for (const file of relations) {
		const coding = codings.get(file.state)!;
		for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			const y = coding.years[year - FIRST_YEAR];
			if (y) yield { state: file.state, year, file, own: records.get(file.state)!, ...y };
		}
	}
}

/** The rule a record of this kind would decide by, if nothing above it applied. */
const RULE_OF: Partial<Record<CodebookRecord['kind'], string>> = {
	moscow: 'moscow',
	'armed-clash': 'armed-clash',
	dependency: 'dependency',
	'treaty-defence': 'defence-treaty',
	'alliance-moscow': 'moscow-alliance',
	'alliance-western': 'western-alliance',
	adversarial: 'adversarial',
	'treaty-friendship': 'friendship-treaty',
	'treaty-consultation': 'friendship-treaty',
	partnership: 'partnership',
	relations: 'relations',
	'combat-support': 'combat-support',
	'bloc-member': 'bloc-member'
};

/**
 * Whether a record in force is set aside on `day`, restated from the codebook's text rather than
 * from decide.ts: a treaty after a lapse naming it (convention 0.4); a Western alliance or an
 * adversarial measure while a rapprochement made after it is in force (rules 8 and 9).
 */
function setAside(r: CodebookRecord, own: readonly CodebookRecord[], day: string): boolean {
	if (r.kind.startsWith('treaty-') || r.kind === 'partnership')
		return own.some(
			(l) => l.kind === 'treaty-lapse' && l.treaties!.includes(r.id) && startOf(l.date) <= day
		);
	if (r.kind === 'alliance-western' || r.kind === 'adversarial')
		return own.some(
			(a) => a.kind === 'rapprochement' && inForce(a, day) && startOf(a.date) > startOf(r.date)
		);
	return false;
}

/** The record's rule decides, or one above it does; never one below it. */
function expectNotBelow(record: CodebookRecord, decision: Decision, where: string) {
	const own = RULE_OF[record.kind]!;
	expect(
		rank(decision.rule),
		`${where}: ${record.id} (${own}) lost to ${decision.rule}`
	).toBeLessThanOrEqual(rank(own));
	if (decision.rule === own) expect(decision.records, where).toContain(record.id);
}

describe('the codebook applied to every state', () => {
	it('every record in force on 1 July yields its class unless a higher rule decides', () => {
		let checked = 0;
		for (const y of stateYears()) {
			for (const r of y.own) {
				if (!RULE_OF[r.kind] || r.kind === 'armed-clash' || r.kind === 'relations') continue;
				if (r.kind === 'alliance-western' && july(y.year) >= BLOCS_END) continue;
				if (!inForce(r, july(y.year)) || setAside(r, y.own, july(y.year))) continue;
				expectNotBelow(r, y.formal, `${y.state} ${y.year}`);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(1000);
	});

	it('every armed clash makes each year it touches conflict, in both readings unless judged', () => {
		for (const y of stateYears()) {
			const clashes = y.own.filter(
				(r) =>
					r.kind === 'armed-clash' &&
					startOf(r.date) <= `${y.year}-12-31` &&
					startOf(r.end!) >= `${y.year}-01-01`
			);
			if (!clashes.length || y.formal.rule === 'moscow') continue;
			expect(y.formal.class, `${y.state} ${y.year}`).toBe('conflict');
			if (!y.assessed.judgement) expect(y.assessed.class, `${y.state} ${y.year}`).toBe('conflict');
		}
	});

	it('every conflict interval of the prose overlaps real fighting (none stretched to 1 July)', () => {
		for (const file of relations) {
			const clashes = records.get(file.state)!.filter((r) => r.kind === 'armed-clash');
			file.intervals.forEach((iv, i) => {
				if (iv.class !== 'conflict') return;
				const overlaps = clashes.some(
					(c) => startOf(c.date) < startOf(iv.to ?? '9999') && startOf(c.end!) >= startOf(iv.from)
				);
				expect(overlaps, `${file.state} intervals[${i}] ${iv.from}–${iv.to}`).toBe(true);
			});
		}
	});

	it('departs from the formal reading only by a cited judgement naming the rule it sets aside', () => {
		let departing = 0;
		let all = 0;
		for (const y of stateYears()) {
			all++;
			if (y.assessed.class === y.formal.class && !y.assessed.judgement) continue;
			departing++;
			const j = y.file.judgements!.find((j) => j.id === y.assessed.judgement)!;
			expect(j, `${y.state} ${y.year}`).toBeDefined();
			expect(j.sets_aside).toBe(y.formal.rule);
			expect(j.citations.length).toBeGreaterThan(0);
			expect(y.assessed.rule).toBe('assessed');
		}
		// Few: under one state-year in twenty.
		expect(departing / all).toBeLessThan(0.05);
	});

	it('every deciding rule decides some state-year', () => {
		const used = new Set([...stateYears()].map((y) => y.formal.rule));
		for (const rule of RULES) expect(used.has(rule.id), rule.id).toBe(true);
	});

	it('every record decides a year, or is flagged: context, before 1945, or outranked every year', () => {
		const flagged: string[] = [];
		for (const file of relations) {
			const coding = codings.get(file.state)!;
			for (const r of records.get(file.state)!) {
				const decides = coding.years.some((y) => y?.formal.records.includes(r.id));
				if (decides) continue;
				const yearsInForce = coding.years
					.map((y, i) => ({ y, year: FIRST_YEAR + i }))
					.filter(
						({ y, year }) =>
							y &&
							r.kind !== 'armed-clash' &&
							inForce(r, july(year)) &&
							!setAside(r, records.get(file.state)!, july(year)) &&
							(r.kind !== 'alliance-western' || july(year) < BLOCS_END)
					);
				const outranked = yearsInForce.every(
					({ y }) => rank(y!.formal.rule) < rank(RULE_OF[r.kind] ?? 'relations')
				);
				const reason =
					r.kind === 'union' || r.kind === 'incident'
						? 'context'
						: yearsInForce.length === 0
							? 'in force on no 1 July'
							: outranked
								? 'outranked'
								: '';
				expect(reason, `${file.state} ${r.id} decides nothing and is not flagged`).not.toBe('');
				flagged.push(`${file.state} ${r.id}: ${reason}`);
			}
		}
		// The list the downloads publish as an empty `decides` column; it stays short.
		expect(flagged.length).toBeLessThan(60);
	});
});
