/**
 * Like cases alike (src/lib/codebook/like-cases.ts): every group shares its class in the assessed
 * reading, read from the codebook applied to the authored records and judgements.
 */
import { describe, expect, it } from 'vitest';
import { loadRelations } from '../../../geodata/relations';
import { codeStates, loadRecords } from '../../../geodata/records';
import type { RelationClassId } from '$lib/codebook/classes';
import { LIKE_CASES, likeCaseProblems, type Case } from '$lib/codebook/like-cases';
import { FIRST_YEAR } from '$lib/years/years';

const codings = codeStates(loadRelations(), loadRecords());
const assessed = ([state, year]: Case): RelationClassId | undefined =>
	codings.get(state)?.years[year - FIRST_YEAR]?.assessed.class;

describe('like cases alike', () => {
	for (const group of LIKE_CASES) {
		it(`${group.cases.map(([s, y]) => `${s} ${y}`).join(' / ')}: ${group.why}`, () => {
			expect(likeCaseProblems(group, assessed)).toEqual([]);
		});
	}

	it('names the pair when one case changes class without the other', () => {
		const [combat] = LIKE_CASES;
		const oneChanged = (c: Case) => (c[0] === 'SYR' ? 'partner' : assessed(c));
		expect(likeCaseProblems(combat, oneChanged)).toEqual([
			`PRK 1951 (ally) and SYR 2017 (partner) must be alike: ${combat.why}`
		]);
		const accident = LIKE_CASES.find((g) => g.never)!;
		expect(likeCaseProblems(accident, (c) => (c[0] === 'AZE' ? 'conflict' : assessed(c)))).toEqual([
			'AZE 2020 is conflict, which none of AZE 2020 / SYR 2018 may be'
		]);
	});
});
