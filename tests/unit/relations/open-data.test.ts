import { describe, expect, it } from 'vitest';
import { COLUMNS, csvField, relationRows, toCsv } from '$lib/relations/open-data';

describe('open data', () => {
	const rows = relationRows();

	it('has one row per coded state per year it is coded', () => {
		const keys = rows.map((r) => `${r.state}-${r.year}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(rows.filter((r) => r.state === 'VNM')).toHaveLength(81);
		expect(rows.filter((r) => r.state === 'SUN').map((r) => r.year)).toEqual(
			Array.from({ length: 47 }, (_, i) => 1945 + i)
		);
	});

	it('carries class, contested class, confidence, reason and citations', () => {
		const india1975 = rows.find((r) => r.state === 'IND' && r.year === 1975)!;
		expect(india1975.contested_class).not.toBe('');
		expect(String(india1975.citations)).toMatch(/india-/);
		for (const r of rows) {
			expect(r.reason, `${r.state} ${r.year}`).not.toBe('');
			expect(r.citations, `${r.state} ${r.year}`).not.toBe('');
		}
	});

	it('quotes CSV fields that need it', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "no"')).toBe('"say ""no"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
	});

	it('writes a header and one line per row', () => {
		const csv = toCsv(rows.slice(0, 3));
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe(COLUMNS.join(','));
		expect(lines).toHaveLength(4);
	});
});
