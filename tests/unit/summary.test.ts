import { describe, expect, it } from 'vitest';
import { changesSince, statesIn, yearSummary } from '$lib/relations/summary';

describe('comparing two years', () => {
	it('lists Kazakhstan between 1985 and 1995, with the reason for 1995', async () => {
		const { changesBetween } = await import('$lib/relations/summary');
		const kaz = changesBetween(1995, 1985).find((c) => c.state === 'KAZ')!;
		expect(kaz).toMatchObject({ from: 'moscow', name: 'Kazakhstan' });
		expect(kaz.reason.length).toBeGreaterThan(20);
		expect(changesBetween(1985, 1985)).toEqual([]);
	});
});

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

describe('tours', () => {
	it('steps within a tour and stays at its ends', async () => {
		const { TOURS, stepScene, tourById } = await import('$lib/tours/tours');
		expect(TOURS.map((t) => t.id).sort()).toEqual([
			'china',
			'india',
			'japan',
			'koreas',
			'mazyrin',
			'vietnam'
		]);
		const china = tourById('china')!;
		expect(stepScene(china, 0, 1)).toBe(1);
		expect(stepScene(china, 0, -1)).toBe(0);
		expect(stepScene(china, china.scenes.length - 1, 1)).toBe(china.scenes.length - 1);
	});
});
