/**
 * The kinds of record the codebook reads, with their labels. No zod here: the state panel and the
 * /method page bundle this module (the schema, records.ts, is for the build and the tests).
 */
/**
 * What a record is. Every kind but `armed-clash` is a state of affairs in force from `date` until
 * `end` (exclusive; open when absent); an armed clash is the span of the fighting.
 */
export const RECORD_KINDS = [
	{ id: 'moscow', label: 'Governed from Moscow', group: 'sovereignty' },
	{ id: 'dependency', label: 'Not independent', group: 'sovereignty' },
	{ id: 'union', label: 'Member of a union of states', group: 'sovereignty' },
	{ id: 'relations', label: 'Diplomatic relations', group: 'diplomacy' },
	{ id: 'treaty-defence', label: 'Treaty: mutual defence or assistance', group: 'treaty' },
	{ id: 'treaty-consultation', label: 'Treaty: consultation on threats', group: 'treaty' },
	{ id: 'treaty-friendship', label: 'Treaty: friendship and cooperation', group: 'treaty' },
	{ id: 'partnership', label: 'Strategic partnership declaration', group: 'treaty' },
	{ id: 'alliance-moscow', label: 'Member of an alliance led by Moscow', group: 'membership' },
	{
		id: 'alliance-western',
		label: 'Member of an alliance against the Soviet bloc',
		group: 'membership'
	},
	{ id: 'adversarial', label: 'Adversarial measure', group: 'conflict' },
	{ id: 'armed-clash', label: 'Armed clash with Moscow’s forces', group: 'conflict' }
] as const;

export type RecordKind = (typeof RECORD_KINDS)[number]['id'];
export const RECORD_KIND_IDS = RECORD_KINDS.map((k) => k.id) as RecordKind[];

export function recordKindLabel(kind: RecordKind): string {
	return RECORD_KINDS.find((k) => k.id === kind)?.label ?? kind;
}
