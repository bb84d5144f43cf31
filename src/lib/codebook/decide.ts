/**
 * The codebook applied (rules.ts holds its texts): which records make a rule match in a year, and
 * the first rule that does. A year is read on 1 July, fighting over the calendar year (convention
 * 0.1). Pure; the build derives the formal reading with it, and it is tested on small fixtures.
 */
import type { RelationClassId } from './classes.ts';
import { startOf } from './intervals.ts';
import type { CodebookRecord, RecordKind } from './records.ts';
import { BLOCS_END, RULES, type Rule } from './rules.ts';
import { YEAR_SAMPLE_DAY } from '../years/years.ts';

/** How one year was decided: the rule, its class and the records behind it. */
export interface Decision {
	class: RelationClassId;
	rule: string;
	/**
	 * Ids of the records that matched the deciding rule, then of those that set aside a record a
	 * higher rule would have read (a treaty's lapse, a later rapprochement).
	 */
	records: string[];
}

/** What a rule finds in a year: the records that make it match, and those set aside. */
export interface Match {
	hits: CodebookRecord[];
	/** Records that stopped another record of this rule from counting. */
	setAsideBy: CodebookRecord[];
}

const TREATY_KINDS: RecordKind[] = [
	'treaty-defence',
	'treaty-consultation',
	'treaty-friendship',
	'partnership'
];

function inForce(r: Pick<CodebookRecord, 'date' | 'end'>, day: string): boolean {
	return startOf(r.date) <= day && (r.end === undefined || day < startOf(r.end));
}

/** Whether a span [date, end] (end inclusive, the last day of fighting) touches the year. */
function overlapsYear(r: Pick<CodebookRecord, 'date' | 'end'>, year: number): boolean {
	const first = `${year}-01-01`;
	const last = `${year}-12-31`;
	return startOf(r.date) <= last && (r.end === undefined || startOf(r.end) >= first);
}

/** Records in force on `day`, each kept or set aside by `stopped` (the records that end it). */
function sift(
	candidates: readonly CodebookRecord[],
	day: string,
	stopped: (r: CodebookRecord) => CodebookRecord[]
): Match {
	const hits: CodebookRecord[] = [];
	const setAsideBy: CodebookRecord[] = [];
	for (const r of candidates.filter((c) => inForce(c, day))) {
		const by = stopped(r);
		if (by.length) setAsideBy.push(...by.filter((b) => !setAsideBy.includes(b)));
		else hits.push(r);
	}
	return { hits, setAsideBy };
}

/** Stands for "no record in force" where a rule matches on an absence (rule 4). */
const NO_RECORD = {
	id: '',
	kind: 'relations',
	date: '0001',
	title: '',
	citations: []
} as unknown as CodebookRecord;

/** Which records make `rule` match in `year` (no hits: it does not apply), and what set any aside. */
export function match(rule: Rule, records: readonly CodebookRecord[], year: number): Match {
	const day = `${year}-${YEAR_SAMPLE_DAY}`;
	const of = (kinds: RecordKind[]) => records.filter((r) => kinds.includes(r.kind));
	/** Convention 0.4: the lapses dated by `day` that name the treaty. */
	const lapses = (treaty: CodebookRecord) =>
		of(['treaty-lapse']).filter((l) => l.treaties!.includes(treaty.id) && startOf(l.date) <= day);
	/** Rules 8 and 9: rapprochements in force on `day`, made after the alliance or measure. */
	const laterRapprochements = (r: CodebookRecord) =>
		of(['rapprochement']).filter((a) => inForce(a, day) && startOf(a.date) > startOf(r.date));
	const reads = rule.kinds.filter((k) => k !== 'treaty-lapse' && k !== 'rapprochement');
	switch (rule.id) {
		case 'armed-clash':
			return { hits: of(reads).filter((r) => overlapsYear(r, year)), setAsideBy: [] };
		case 'no-relations': {
			const relations = of(['relations']);
			if (relations.some((r) => inForce(r, day))) return { hits: [], setAsideBy: [] };
			// The rule rests on an absence: cite the relations that ended before the day, if any.
			const ended = relations.filter((r) => r.end !== undefined && startOf(r.end) <= day);
			return { hits: ended.length ? ended.slice(-1) : [NO_RECORD], setAsideBy: [] };
		}
		case 'western-alliance':
			return day < BLOCS_END
				? sift(of(reads), day, laterRapprochements)
				: { hits: [], setAsideBy: [] };
		case 'adversarial':
			return sift(of(reads), day, laterRapprochements);
		default:
			return sift(of(reads), day, (r) => (TREATY_KINDS.includes(r.kind) ? lapses(r) : []));
	}
}

/** Which records make a rule match in a year (empty: the rule does not apply). */
export function matching(
	rule: Rule,
	records: readonly CodebookRecord[],
	year: number
): CodebookRecord[] {
	return match(rule, records, year).hits;
}

/**
 * The formal class of one year from a state's records: the first deciding rule that matches,
 * with the records that matched it and those that set aside what a higher rule would have read.
 */
export function decideYear(records: readonly CodebookRecord[], year: number): Decision {
	const setAside: string[] = [];
	for (const rule of RULES) {
		const { hits, setAsideBy } = match(rule, records, year);
		if (hits.length) {
			const matched = hits.filter((r) => r !== NO_RECORD).map((r) => r.id);
			return {
				class: rule.class!,
				rule: rule.id,
				records: [...matched, ...setAside.filter((id) => !matched.includes(id))]
			};
		}
		for (const r of setAsideBy) if (!setAside.includes(r.id)) setAside.push(r.id);
	}
	// Unreachable: rule 4 matches whenever rule 13 does not.
	throw new Error(`no rule decides ${year}`);
}
