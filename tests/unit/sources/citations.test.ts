import { describe, expect, it } from 'vitest';
import { originalPassageUrl } from '$lib/sources/citations';
import { noteRecords } from '../../../geodata/steps/places-output';
import { reef } from '../places/fixtures';

describe('source links', () => {
	it('links each cited paragraph back to the places that cite it', () => {
		const notes = noteRecords(
			{
				'diplomat-2021': {
					source: 'diplomat-2021',
					notes: {
						'vietnam-6': {
							summary: 'A summary of the paragraph.',
							fragment: { start: 'a', end: 'b' }
						}
					}
				},
				'mazyrin-2012': { source: 'mazyrin-2012', notes: {} }
			},
			[reef]
		);
		expect(notes['diplomat-2021']['vietnam-6'].map).toEqual([
			{ place: 'johnson-south-reef', name: 'Johnson South Reef', year: 1988 }
		]);
	});

	it('deep-links a web page with a text fragment, a PDF without', () => {
		const web = originalPassageUrl(
			{ kind: 'source', source: 'diplomat-2021', paragraph: 'japan-4' },
			{ start: 'The sides also', end: 'peace treaty' }
		);
		expect(web).toBe(
			'https://thediplomat.com/2021/12/asia-after-the-soviet-union/#:~:text=The%20sides%20also,peace%20treaty'
		);
		expect(
			originalPassageUrl(
				{ kind: 'source', source: 'diplomat-2021', paragraph: 'x-1' },
				{ start: 'post-Cold War, era', end: 'a & b' }
			)
		).toContain('#:~:text=post%2DCold%20War%2C%20era,a%20%26%20b');
		expect(
			originalPassageUrl(
				{ kind: 'source', source: 'mazyrin-2012', paragraph: 'mazyrin-2' },
				{ start: 'a', end: 'b' }
			)
		).toBe('http://muse.jhu.edu/books/9789814379588/9789814379588-31.pdf');
	});
});
