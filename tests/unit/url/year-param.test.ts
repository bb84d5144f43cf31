import { describe, expect, it } from 'vitest';
import { DEFAULT_YEAR, parseYearParam } from '$lib/url/year-param';
import { parseStateParam } from '$lib/url/state-param';

describe('parseYearParam', () => {
	it('reads a plain year in range quietly', () => {
		expect(parseYearParam('1985')).toEqual({ year: 1985 });
		expect(parseYearParam('1945')).toEqual({ year: 1945 });
		expect(parseYearParam('2025')).toEqual({ year: 2025 });
	});

	it('uses the default year quietly when the parameter is absent', () => {
		expect(parseYearParam(null)).toEqual({ year: DEFAULT_YEAR });
	});

	it.each([
		['3000', 2025],
		['1900', 1945],
		['-5', 1945],
		['0', 1945],
		['999999999999', 2025]
	])('clamps out-of-range %s to %i with a notice', (raw, year) => {
		const r = parseYearParam(raw);
		expect(r.year).toBe(year);
		expect(r.notice).toMatch(/1945–2025/);
	});

	it.each(['abc', '', ' ', '19.5', '1e3', '0x7C5', '١٩٨٥', '<script>', '1985abc', ' 1985'])(
		'falls back to the default with a notice for %j',
		(raw) => {
			const r = parseYearParam(raw);
			expect(r.year).toBe(DEFAULT_YEAR);
			expect(r.notice).toBeTruthy();
		}
	);

	it('shortens a huge value in its notice', () => {
		const r = parseYearParam('x'.repeat(5000));
		expect(r.notice!.length).toBeLessThan(120);
	});
});

describe('parseStateParam', () => {
	const known = (code: string) =>
		code === 'VDR' ? 'VNM' : ['VNM', 'SUN'].includes(code) ? code : undefined;

	it('selects a known state, forgiving case', () => {
		expect(parseStateParam('vnm', known)).toEqual({ state: 'VNM' });
		expect(parseStateParam(null, known)).toEqual({ state: null });
	});

	it('maps a historical code to the state that colours it', () => {
		expect(parseStateParam('VDR', known)).toEqual({ state: 'VNM' });
	});

	it('ignores an unknown or malformed code with a notice', () => {
		for (const raw of ['XXX', 'Vietnam', '<b>', 'VN']) {
			const r = parseStateParam(raw, known);
			expect(r.state).toBeNull();
			expect(r.notice).toContain('not a state');
		}
	});
});
