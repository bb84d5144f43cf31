import { describe, expect, it } from 'vitest';
import table from '$lib/generated/relations.json';
import {
	classCounts,
	contestedCount,
	relationsData,
	type RelationsTable
} from '$lib/relations/relations';
import { changesSince } from '$lib/relations/summary';
import {
	countsWithout,
	nameList,
	subtractHidden,
	summaryWithout,
	withheldIn
} from '$lib/relations/withheld';

const states = (table as unknown as RelationsTable).states;

describe('states withheld by an ask scene', () => {
	it('are hidden in the scene year only', () => {
		const w = { year: 1979, states: ['VNM'] };
		expect(withheldIn(w, 1979)).toEqual(['VNM']);
		expect(withheldIn(w, 1980)).toEqual([]);
		expect(withheldIn(null, 1979)).toEqual([]);
	});

	it('leave the counts: their class and their contested mark', () => {
		const shown = { counts: { ally: 2, partner: 1, normal: 5 }, contested: 3 };
		const left = subtractHidden(shown, [
			{ state: 'VNM', year: 1979, class: 'ally', interval: { contested: {} } as never },
			{ state: 'IND', year: 1979, class: 'partner', interval: {} as never }
		]);
		expect(left).toEqual({ counts: { ally: 1, normal: 5 }, contested: 2 });
		// The counts given are not changed.
		expect(shown.counts.ally).toBe(2);
	});

	it("take Vietnam out of 1979's legend (an ally, contested), in either reading", () => {
		const assessed = countsWithout(1979, 'assessed', ['VNM'], states)!;
		const all = classCounts(1979, 'assessed');
		expect(assessed.counts.ally).toBe((all.ally ?? 0) - 1);
		expect(assessed.counts.partner).toBe(all.partner);
		expect(assessed.contested).toBe(contestedCount(1979) - 1);
		const total = (c: Record<string, number | undefined>) =>
			Object.values(c).reduce<number>((a, b) => a + (b ?? 0), 0);
		expect(total(assessed.counts)).toBe(total(all) - 1);
		// China in 1969: conflict; with China hidden no state is at war with Moscow that year.
		expect(classCounts(1969, 'assessed').conflict).toBeGreaterThan(0);
		expect(countsWithout(1969, 'assessed', ['CHN'], states)!.counts.conflict ?? 0).toBe(
			(classCounts(1969, 'assessed').conflict ?? 0) - 1
		);
	});

	it('count nothing until the hidden classes are known (a later drop would tell)', () => {
		expect(countsWithout(1979, 'assessed', ['VNM'], null)).toBeNull();
		// Nothing hidden: the bundled counts, at once.
		expect(countsWithout(1979, 'assessed', [], null)).toEqual({
			counts: classCounts(1979, 'assessed'),
			contested: contestedCount(1979)
		});
		// A union republic is drawn within the USSR: nothing of its own to take out.
		expect(countsWithout(1950, 'assessed', ['KAZ'], states)?.counts).toEqual(
			classCounts(1950, 'assessed')
		);
		// A state not coded that year either.
		expect(Object.keys(states)).not.toContain('XXX');
		expect(countsWithout(1950, 'assessed', ['XXX'], states)?.counts).toEqual(
			classCounts(1950, 'assessed')
		);
	});

	it('are not told in the year announced, and are said to be hidden', () => {
		relationsData.provide(table as unknown as RelationsTable);
		// China changed class in 1969: the announcement would have said so.
		expect(changesSince(1969, 'assessed').map((c) => c.state)).toContain('CHN');
		const said = summaryWithout(1969, 'assessed', [{ state: 'CHN', name: 'China' }], states)!;
		expect(said).toMatch(/^1969\. /);
		expect(said).toContain('China is hidden: the room is asked.');
		expect(said).not.toMatch(/China from/);
		const left = countsWithout(1969, 'assessed', ['CHN'], states)!;
		if (!left.counts.conflict) expect(said).not.toMatch(/conflict/);
		expect(nameList(['China', 'India', 'Vietnam'])).toBe('China, India and Vietnam');
		expect(summaryWithout(1969, 'assessed', [{ state: 'CHN', name: 'China' }], null)).toBeNull();
	});
});
