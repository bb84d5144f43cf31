/**
 * The kinds of record the codebook reads, with their labels. No zod here: the state panel and the
 * /method page bundle this module (the schema, records.ts, is for the build and the tests).
 */
/**
 * What a record is. Every kind but `armed-clash` and `incident` is a state of affairs in force
 * from `date` until `end` (exclusive; open when absent); an armed clash or an incident is the span
 * of the events. Paper (treaties, memberships) and practice (troops, blocs, summits, sanctions, the
 * fall of a government) are both records, so the rules can read both.
 */
export const RECORD_KINDS = [
	{ id: 'moscow', label: 'Governed from Moscow', group: 'sovereignty' },
	{ id: 'dependency', label: 'Not independent', group: 'sovereignty' },
	{ id: 'union', label: 'Member of a union of states', group: 'sovereignty' },
	{ id: 'relations', label: 'Diplomatic relations', group: 'diplomacy' },
	{
		id: 'rapprochement',
		label:
			'Rapprochement at the top: a leaders’ declaration or communique, a formal pledge, a state credit',
		group: 'diplomacy'
	},
	{ id: 'treaty-defence', label: 'Treaty: mutual defence or assistance', group: 'treaty' },
	{ id: 'treaty-consultation', label: 'Treaty: consultation on threats', group: 'treaty' },
	{ id: 'treaty-friendship', label: 'Treaty: friendship and cooperation', group: 'treaty' },
	{ id: 'partnership', label: 'Strategic partnership declaration', group: 'treaty' },
	{
		id: 'treaty-lapse',
		label: 'A treaty lapses: its government fell, its state merged, or a party acted against it',
		group: 'treaty'
	},
	{ id: 'alliance-moscow', label: 'Member of an alliance led by Moscow', group: 'membership' },
	{
		id: 'bloc-member',
		label: 'Full member of Comecon, the Soviet bloc’s economic union',
		group: 'membership'
	},
	{
		id: 'alliance-western',
		label: 'Member of an alliance against the Soviet bloc',
		group: 'membership'
	},
	{
		id: 'combat-support',
		label: 'Moscow’s forces in combat for the government, at its request',
		group: 'practice'
	},
	{ id: 'adversarial', label: 'Adversarial measure', group: 'conflict' },
	{ id: 'armed-clash', label: 'Armed clash with Moscow’s forces', group: 'conflict' },
	{
		id: 'incident',
		label: 'Incident: an accidental or mistaken hit, admitted by the side that fired',
		group: 'conflict'
	}
] as const;

export type RecordKind = (typeof RECORD_KINDS)[number]['id'];
export const RECORD_KIND_IDS = RECORD_KINDS.map((k) => k.id) as RecordKind[];

export function recordKindLabel(kind: RecordKind): string {
	return RECORD_KINDS.find((k) => k.id === kind)?.label ?? kind;
}
