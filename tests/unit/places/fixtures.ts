import type { Place } from '../../../src/lib/places/schema';

/** A place with one event, for the place, note and popup tests. */
export const reef: Place = {
	id: 'johnson-south-reef',
	name: 'Johnson South Reef',
	names: {},
	coordinates: [114.28, 9.72],
	kind: 'event-site',
	years: { from: 1987, to: 1990 },
	events: [
		{
			date: '1988-03-14',
			summary: 'Chinese and Vietnamese forces clashed at the reef while Moscow stayed out of it.',
			citations: ['diplomat-2021#vietnam-6'],
			states: ['CHN', 'VNM']
		}
	]
};
