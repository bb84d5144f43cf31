/** Packs a tour document as a `?tour=` payload (raw DEFLATE, base64url), as another tool might. */
import { deflateRawSync } from 'node:zlib';

export const packTourPayload = (doc: unknown): string =>
	deflateRawSync(Buffer.from(typeof doc === 'string' ? doc : JSON.stringify(doc))).toString(
		'base64url'
	);

export const sampleTour = {
	type: 'orbit-tour',
	version: 1,
	title: 'Three ports',
	author: 'A. Lecturer',
	scenes: [
		{
			title: 'Vladivostok',
			year: 1960,
			view: { center: [131.9, 43.1], zoom: 4 },
			place: 'vladivostok',
			note: 'The Pacific Fleet’s home, closed to foreigners.'
		},
		{
			title: 'Cam Ranh Bay',
			year: 1985,
			view: { center: [109.2, 11.9], zoom: 4.5 },
			states: ['VNM'],
			note: 'Soviet ships use the bay.',
			citations: ['Soviet-Vietnamese Treaty of Friendship and Cooperation, 3 November 1978']
		},
		{ title: 'After the lease', year: 2005, note: 'The last Russian ships have gone.' }
	]
};
