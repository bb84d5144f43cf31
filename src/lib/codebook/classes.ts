/**
 * The eight relationship classes of the public data contract, in legend order.
 * The first six form a diverging scale (closest to Moscow -> hostile); the last two sit outside it.
 *
 * Palette: ColorBrewer RdBu for the scale (red toward Moscow, blue toward conflict), which stays
 * ordered for the common colour-vision deficiencies and in greyscale; `no-relations` is a flat
 * neutral and `dependent` a neutral with a hatch, so neither reads as a point on the scale.
 */
export const RELATION_CLASSES = [
	{
		id: 'moscow',
		label: 'Moscow',
		description: 'Governed from Moscow: the USSR and its republics to 1991, Russia from 1992',
		colour: '#67001f'
	},
	{
		id: 'ally',
		label: 'Ally',
		description:
			'A mutual-defence commitment with Moscow in force, or Moscow’s forces fighting for the government',
		colour: '#d6604d'
	},
	{
		id: 'partner',
		label: 'Partner',
		description:
			'Friendship treaty, strategic partnership or Comecon membership, no defence obligation',
		colour: '#f4a582'
	},
	{
		id: 'normal',
		label: 'Normal',
		description: 'Ordinary diplomatic relations',
		colour: '#f7f7f7'
	},
	{
		id: 'strained',
		label: 'Strained',
		description: 'Relations, but adversarial: rivalry, sanctions, confrontation short of fighting',
		colour: '#92c5de'
	},
	{
		id: 'conflict',
		label: 'Conflict',
		description: 'Armed clashes or war with Moscow during the year',
		colour: '#2166ac'
	},
	{
		id: 'no-relations',
		label: 'No relations',
		description: 'An independent state with no diplomatic relations with Moscow',
		colour: '#8c8c8c'
	},
	{
		id: 'dependent',
		label: 'Not independent',
		description: 'Colony, protectorate, occupied, mandate or trusteeship',
		colour: '#d0ccc4'
	}
] as const;

export type RelationClassId = (typeof RELATION_CLASSES)[number]['id'];
export type RelationClass = (typeof RELATION_CLASSES)[number];

export const RELATION_CLASS_IDS = RELATION_CLASSES.map((c) => c.id) as RelationClassId[];

/** Compact numeric code used on the map (feature-state) and in the generated year table. */
export function classIndex(id: RelationClassId): number {
	return RELATION_CLASS_IDS.indexOf(id);
}

export function relationClass(id: RelationClassId): RelationClass {
	const found = RELATION_CLASSES.find((c) => c.id === id);
	if (!found) throw new Error(`Unknown relation class: ${id}`);
	return found;
}

/** Land the atlas does not code: neighbours outside Asia, or Asian states not yet coded. */
export const UNCODED_COLOUR = '#e4e0d7';

/** A state a tour scene hides while it asks the room: this neutral under dark "?" marks. */
export const HIDDEN_COLOUR = '#bdb7ab';
