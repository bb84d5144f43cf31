import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/data/validate';
import { validateRelationFile } from '../../../geodata/relations';
import { coverageProblems } from '../../../src/lib/codebook/intervals';

const FILE = 'geodata/relations/VNM.json';
const good = {
	from: '1945',
	class: 'normal',
	reason: 'Ordinary relations for the purposes of this test.',
	citations: ['diplomat-2021#vietnam-2'],
	confidence: 'high'
};

function problems(value: unknown): string[] {
	try {
		validateRelationFile(FILE, value);
	} catch (e) {
		if (e instanceof DataError) {
			expect(e.message.startsWith(`${FILE}:`)).toBe(true);
			return e.problems;
		}
		throw e;
	}
	return [];
}

describe('relation file schema', () => {
	it('accepts a well-formed file', () => {
		expect(problems({ state: 'VNM', name: 'Vietnam', intervals: [good] })).toEqual([]);
	});

	it('names the field of an unknown class', () => {
		const p = problems({
			state: 'VNM',
			name: 'Vietnam',
			intervals: [{ ...good, class: 'friend' }]
		});
		expect(p.join('\n')).toMatch(/^intervals\[0\]\.class: /m);
	});

	it('requires at least one citation per interval', () => {
		const p = problems({ state: 'VNM', name: 'Vietnam', intervals: [{ ...good, citations: [] }] });
		expect(p.join('\n')).toMatch(/intervals\[0\]\.citations: needs at least one citation/);
	});

	it('rejects a source paragraph that does not exist, naming it', () => {
		const p = problems({
			state: 'VNM',
			name: 'Vietnam',
			intervals: [{ ...good, citations: ['diplomat-2021#vietnam-99'] }]
		});
		expect(p.join('\n')).toContain(
			'intervals[0].citations[0]: "diplomat-2021" has no paragraph "vietnam-99"'
		);
	});

	it('rejects an unknown source and an undated external record', () => {
		const p = problems({
			state: 'VNM',
			name: 'Vietnam',
			intervals: [{ ...good, citations: ['nyt-1990#para-1', 'A treaty, some time'] }]
		});
		expect(p.join('\n')).toContain('intervals[0].citations[0]: unknown source "nyt-1990"');
		expect(p.join('\n')).toContain('intervals[0].citations[1]: external record');
	});

	it('rejects bad dates, extra fields and a contested reading without citations', () => {
		const p = problems({
			state: 'VNM',
			name: 'Vietnam',
			intervals: [
				{
					...good,
					from: '1991-02-30',
					colour: 'red',
					contested: {
						class: 'ally',
						by: 'Someone',
						reason: 'A reason long enough to count.',
						citations: []
					}
				}
			]
		});
		const all = p.join('\n');
		expect(all).toContain('intervals[0].from: is not a calendar date');
		expect(all).toMatch(/intervals\[0\]: .*colour/);
		expect(all).toContain('intervals[0].contested.citations: needs at least one citation');
	});

	it('rejects a file named for another state', () => {
		expect(problems({ state: 'CHN', name: 'China', intervals: [good] }).join()).toContain(
			'not named CHN.json'
		);
	});
});

describe('coverage', () => {
	const iv = (from: string, to?: string) => ({ ...good, from, to }) as never;

	it('finds gaps, overlaps and late starts, naming the interval', () => {
		expect(coverageProblems([iv('1945', '1950'), iv('1951')])).toEqual([
			'intervals[1].from: gap from 1950 to 1951'
		]);
		expect(coverageProblems([iv('1945', '1960'), iv('1950')])).toEqual([
			'intervals[1].from: overlaps intervals[0] (ends 1960)'
		]);
		expect(coverageProblems([iv('1946')])[0]).toMatch(/starts after 1945/);
	});

	it('requires the last interval to stay open unless the polity ends', () => {
		expect(coverageProblems([iv('1945', '2020')])[0]).toMatch(/must be open-ended/);
		expect(coverageProblems([iv('1945', '1991-12-26')], { from: 1945, to: 1991 })).toEqual([]);
		expect(coverageProblems([iv('1945', '1991-06-01')], { from: 1945, to: 1991 })[0]).toMatch(
			/before 1991 is shown/
		);
	});

	it('accepts contiguous half-open intervals at any precision', () => {
		expect(
			coverageProblems([iv('1945', '1978-11-03'), iv('1978-11-03', '1994'), iv('1994')])
		).toEqual([]);
	});
});
