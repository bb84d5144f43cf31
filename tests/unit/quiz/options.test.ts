import { describe, expect, it } from 'vitest';
import { DECADES, DEFAULT_OPTIONS, parseQuizParams, quizSearch } from '$lib/quiz/options';
import { HUGE, XSS } from '../../support/hostile-cases';

const parse = (query: string) => parseQuizParams(new URLSearchParams(query));

describe('the quiz address', () => {
	it('reads a seed and the options', () => {
		expect(parse('?seed=1&decade=1970&region=south-asia&reading=formal')).toEqual({
			seed: 1,
			options: { decade: 1970, region: 'south-asia', reading: 'formal' },
			notices: []
		});
		expect(parse('')).toEqual({ seed: null, options: DEFAULT_OPTIONS, notices: [] });
		expect(parse('?seed=4294967295&decade=1940s&region=West-Asia').options).toEqual({
			decade: 1940,
			region: 'west-asia',
			reading: 'assessed'
		});
		expect(parse('?seed=0').seed).toBe(0);
		expect(DECADES).toEqual([1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
	});

	it('writes them back, leaving the defaults out', () => {
		expect(quizSearch(7, DEFAULT_OPTIONS)).toBe('seed=7');
		const options = { decade: 1980, region: 'east-asia' as const, reading: 'formal' as const };
		const search = quizSearch(42, options);
		expect(search).toBe('seed=42&decade=1980&region=east-asia&reading=formal');
		expect(parse(search)).toEqual({ seed: 42, options, notices: [] });
	});

	it('drops a value it cannot use, with a notice naming it', () => {
		const bad = parse('?seed=abc&decade=1975&region=europe&reading=both');
		expect(bad.seed).toBeNull();
		expect(bad.options).toEqual(DEFAULT_OPTIONS);
		expect(bad.notices).toEqual([
			'“abc” is not a seed (use a whole number from 0 to 4294967295); here are new questions.',
			'“1975” is not a decade (use 1940 to 2020); asking about all years.',
			'“europe” is not a region (use east-asia, south-east-asia, south-asia, central-asia, west-asia); asking about all of Asia.',
			'“both” is not a reading (use formal or assessed); showing the assessed reading.'
		]);
	});

	it('survives hostile values: each gives the defaults and a short notice', () => {
		const values = [
			...XSS,
			HUGE,
			'-1',
			'1e3',
			'4294967296',
			'99999999999999999999',
			'1.5',
			'NaN',
			'Infinity',
			'１９７０', // full-width digits
			'١٩٧٠', // Arabic-Indic digits
			'__proto__',
			'constructor',
			'%00'
		];
		for (const value of values) {
			const search = new URLSearchParams();
			for (const key of ['seed', 'decade', 'region', 'reading']) search.set(key, value);
			const { seed, options, notices } = parseQuizParams(search);
			expect(seed, value).toBeNull();
			expect(options, value).toEqual(DEFAULT_OPTIONS);
			expect(notices, value).toHaveLength(4);
			for (const n of notices) expect(n.length, n).toBeLessThan(160);
		}
		for (const decade of ['1930', '2030', '1970.0', '197'])
			expect(parse(`?decade=${decade}`).options.decade, decade).toBeNull();
		// A repeated parameter: the first one counts, as for the atlas's own.
		expect(parse('?seed=5&seed=abc').seed).toBe(5);
	});
});
