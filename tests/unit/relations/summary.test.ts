import { beforeAll, describe, expect, it, vi } from 'vitest';
import table from '$lib/generated/relations.json';
import tours from '$lib/generated/tours.json';
import { FIRST_YEAR, LAST_YEAR } from '$lib/years/years';
import {
	classCounts,
	codedStates,
	contestedCount,
	relationIn,
	relationsData,
	type RelationsTable
} from '$lib/relations/relations';
import { changesBetween, changesSince, statesIn, yearSummary } from '$lib/relations/summary';
import { TOURS, stepScene, tourById, toursData, type Tour } from '$lib/tours/tours';

describe('before the full table has loaded', () => {
	it('answers nothing rather than guess, while names and counts are already there', async () => {
		// A module of its own, as a page has before its first fetch (the files share modules).
		vi.resetModules();
		const fresh = await import('$lib/relations/relations');
		expect(fresh.relationsData.value).toBeUndefined();
		expect(fresh.relationIn('JPN', 1985, 'assessed')).toBeUndefined();
		expect(fresh.codedStates().find((s) => s.state === 'JPN')?.name).toBe('Japan');
	});
});

/** What the page fetches on first use, supplied directly (Node has no site to fetch from). */
function supplyData() {
	relationsData.provide(table as unknown as RelationsTable);
	toursData.provide(tours as unknown as Tour[]);
}

describe('the bundled index agrees with the full table', () => {
	beforeAll(supplyData);
	it('lists the same states and the same contested count every year', () => {
		expect(
			codedStates()
				.map((s) => s.state)
				.sort()
		).toEqual(Object.keys(table.states).sort());
		for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			expect(contestedCount(year), String(year)).toBe(
				statesIn(year, 'assessed').filter((r) => r.interval.contested).length
			);
		}
	});
});

describe('comparing two years', () => {
	beforeAll(supplyData);
	it('lists Kazakhstan between 1985 and 1995, with the reason for 1995', () => {
		const kaz = changesBetween(1995, 1985, 'assessed').find((c) => c.state === 'KAZ')!;
		expect(kaz).toMatchObject({ from: 'moscow', name: 'Kazakhstan' });
		expect(kaz.reason.length).toBeGreaterThan(20);
		expect(changesBetween(1985, 1985, 'assessed')).toEqual([]);
	});
});

describe('year summary', () => {
	beforeAll(supplyData);
	it('lists what changed in 1992: the Central Asian states leave Moscow', () => {
		const changes = changesSince(1992, 'assessed');
		const kaz = changes.find((c) => c.state === 'KAZ');
		expect(kaz).toMatchObject({ from: 'moscow' });
		expect(kaz!.to).not.toBe('moscow');
		expect(yearSummary(1992, 'assessed')).toMatch(
			/^1992\. moscow \d+, .*Changed since 1991: .*Kazakhstan from moscow to /
		);
	});

	it('shows a historical polity only within its years', () => {
		expect(statesIn(1985, 'assessed').some((r) => r.state === 'SUN')).toBe(true);
		expect(statesIn(1995, 'assessed').some((r) => r.state === 'SUN')).toBe(false);
	});

	it('says nothing changed in the first year', () => {
		expect(changesSince(1945, 'assessed')).toEqual([]);
		expect(yearSummary(1945, 'assessed')).not.toContain('Changed');
	});
});

describe('tours', () => {
	beforeAll(supplyData);
	it('steps within a tour and stays at its ends', () => {
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

describe('in the formal reading', () => {
	beforeAll(supplyData);

	it('counts, lists and announces the formal classes, and says which reading it is', () => {
		expect(relationIn('CHN', 1965, 'formal')?.class).toBe('ally');
		expect(statesIn(1965, 'formal').find((r) => r.state === 'CHN')?.class).toBe('ally');
		expect(classCounts(1965, 'formal').ally).toBe(table.formalCounts[1965 - FIRST_YEAR].ally);
		expect(yearSummary(1965, 'formal')).toMatch(/^1965, formal reading\. /);
		expect(relationIn('CHN', 1965, 'assessed')?.class).toBe('strained');
		expect(yearSummary(1965, 'assessed')).toMatch(/^1965\. /);
	});

	it('the bundled counts equal the assessed table, year by year', () => {
		for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
			expect(classCounts(year, 'assessed'), String(year)).toEqual(
				Object.fromEntries(Object.entries(table.counts[year - FIRST_YEAR]).filter(([, n]) => n))
			);
	});
});
