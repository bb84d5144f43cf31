import { describe, expect, it } from 'vitest';
import { changesSince, statesIn, yearSummary } from '$lib/relations/summary';

describe('year summary', () => {
	it('lists what changed in 1992: the Central Asian states leave Moscow', () => {
		const changes = changesSince(1992);
		const kaz = changes.find((c) => c.state === 'KAZ');
		expect(kaz).toMatchObject({ from: 'moscow' });
		expect(kaz!.to).not.toBe('moscow');
		expect(yearSummary(1992)).toMatch(
			/^1992\. moscow \d+, .*Changed since 1991: .*Kazakhstan from moscow to /
		);
	});

	it('shows a historical polity only within its years', () => {
		expect(statesIn(1985).some((r) => r.state === 'SUN')).toBe(true);
		expect(statesIn(1995).some((r) => r.state === 'SUN')).toBe(false);
	});

	it('says nothing changed in the first year', () => {
		expect(changesSince(1945)).toEqual([]);
		expect(yearSummary(1945)).not.toContain('Changed');
	});
});
