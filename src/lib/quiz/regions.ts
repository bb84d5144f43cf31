/**
 * The quiz's regions: our own grouping of the coded states, close to the UN's geographic regions
 * (M49), except that Iran counts with West Asia and Afghanistan with South Asia, as most
 * readers place them. Moscow itself (the USSR, Russia) is in none: the quiz never asks about it.
 */
export const REGIONS = [
	{ id: 'east-asia', label: 'East Asia', states: ['CHN', 'JPN', 'KOR', 'MNG', 'PRK', 'TWN'] },
	{
		id: 'south-east-asia',
		label: 'South-East Asia',
		states: ['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'RVN', 'SGP', 'THA', 'TLS', 'VNM']
	},
	{
		id: 'south-asia',
		label: 'South Asia',
		states: ['AFG', 'BGD', 'BTN', 'IND', 'LKA', 'MDV', 'NPL', 'PAK']
	},
	{ id: 'central-asia', label: 'Central Asia', states: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] },
	{
		id: 'west-asia',
		label: 'West Asia',
		states: [
			'ARE',
			'ARM',
			'AZE',
			'BHR',
			'CYP',
			'GEO',
			'IRN',
			'IRQ',
			'ISR',
			'JOR',
			'KWT',
			'LBN',
			'OMN',
			'PSE',
			'QAT',
			'SAU',
			'SYR',
			'TUR',
			'YEM',
			'YMD'
		]
	}
] as const;

export type RegionId = (typeof REGIONS)[number]['id'];
export type Region = (typeof REGIONS)[number];

export const REGION_IDS = REGIONS.map((r) => r.id) as RegionId[];

export function regionById(id: RegionId): Region {
	return REGIONS.find((r) => r.id === id)!;
}

/** The region a coded state belongs to; undefined for Moscow (or a state not placed). */
export function regionOf(state: string): Region | undefined {
	return REGIONS.find((r) => (r.states as readonly string[]).includes(state));
}
