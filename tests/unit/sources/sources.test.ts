import { describe, expect, it } from 'vitest';
import { citationLine, paragraphIds, parseCitation } from '$lib/sources/sources';

describe('source registry', () => {
	it('numbers every paragraph of both texts', () => {
		const diplomat = paragraphIds('diplomat-2021');
		expect(diplomat).toHaveLength(2 + 9 + 10 + 15 + 12 + 13);
		expect(diplomat).toContain('japan-15');
		expect(diplomat).not.toContain('japan-16');
		expect(paragraphIds('mazyrin-2012')).toEqual([
			'mazyrin-1',
			'mazyrin-2',
			'mazyrin-3',
			'mazyrin-4'
		]);
	});

	it('resolves a paragraph citation to a readable line', () => {
		const c = parseCitation('diplomat-2021#japan-4');
		expect(c).toEqual({ kind: 'source', source: 'diplomat-2021', paragraph: 'japan-4' });
		expect(citationLine(c as never)).toBe(
			'The Diplomat, “Asia After the Soviet Union” (Japan section, James D. J. Brown), ¶ japan-4'
		);
		expect(citationLine(parseCitation('mazyrin-2012#mazyrin-2') as never)).toBe(
			'Vladimir Mazyrin, “Russia and Vietnam: Building a Strategic Partnership” (2012), ¶ mazyrin-2'
		);
	});

	it('keeps a dated external record as written', () => {
		expect(parseCitation('Treaty of Friendship, USSR-DPRK, 6 July 1961')).toEqual({
			kind: 'record',
			text: 'Treaty of Friendship, USSR-DPRK, 6 July 1961'
		});
	});
});
