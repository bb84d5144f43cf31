import { describe, expect, it } from 'vitest';
import { relationRows } from '$lib/relations/open-data';
import { REGIONS, regionOf } from '$lib/quiz/regions';
import { questionPool, spanIn } from '$lib/quiz/pool';
import {
	buildQuiz,
	distractors,
	questionText,
	withinOptions,
	QUESTION_COUNT
} from '$lib/quiz/questions';
import { DEFAULT_OPTIONS, type QuizOptions } from '$lib/quiz/options';
import { mulberry32 } from '$lib/quiz/random';
import { DATA, DRAWN } from './fixture';

const quiz = (seed: number, options: Partial<QuizOptions> = {}) =>
	buildQuiz(DATA, { ...DEFAULT_OPTIONS, ...options }, seed);
const texts = (seed: number, options: Partial<QuizOptions> = {}) =>
	quiz(seed, options).questions.map(questionText);

describe('the regions', () => {
	it('place every coded state but Moscow in exactly one region', () => {
		const placed = REGIONS.flatMap((r) => r.states as readonly string[]);
		expect(new Set(placed).size).toBe(placed.length);
		expect(Object.keys(DATA.states).filter((s) => !regionOf(s))).toEqual(['RUS', 'SUN']);
		for (const s of placed) expect(DATA.states[s], s).toBeDefined();
	});
});

describe('the pool of state-years', () => {
	const pool = questionPool(DATA, 'assessed');

	it('asks only about a state drawn on its own that year, never about Moscow', () => {
		expect(pool.length).toBeGreaterThan(2500);
		for (const c of pool) {
			expect(spanIn(DRAWN, c.state, c.year), `${c.state} ${c.year}`).toBeDefined();
			expect(c.answer).not.toBe('moscow');
		}
		const has = (state: string, year: number) =>
			pool.some((c) => c.state === state && c.year === year);
		// East Timor is inside Indonesia's shape 1976–1999; Kazakhstan inside the USSR's to 1991.
		expect(has('TLS', 1985)).toBe(false);
		expect(has('TLS', 2005)).toBe(true);
		expect(has('KAZ', 1980)).toBe(false);
		expect(has('KAZ', 1995)).toBe(true);
		expect(has('BGD', 1965)).toBe(false);
		// North Vietnam's shape is Vietnam's coding.
		expect(has('VNM', 1960)).toBe(true);
	});

	it('marks the years of records and events, and weighs them more', () => {
		const vnm1978 = pool.find((c) => c.state === 'VNM' && c.year === 1978)!;
		expect(vnm1978.marked).toBe(true); // the treaty of 3 November 1978
		expect(vnm1978.weight).toBeGreaterThan(1);
		const quiet = pool.find((c) => !c.marked)!;
		expect(quiet.weight).toBe(1);
		expect(pool.filter((c) => c.marked).length).toBeGreaterThan(100);
	});
});

describe('the questions', () => {
	it('are the same ten for the same seed, other ones for another seed', () => {
		const one = texts(1);
		expect(one).toHaveLength(QUESTION_COUNT);
		expect(new Set(one).size).toBe(QUESTION_COUNT);
		expect(texts(1)).toEqual(one);
		expect(quiz(1)).toEqual(quiz(1));
		for (const seed of [2, 3, 4294967295]) expect(texts(seed)).not.toEqual(one);
		expect(one[0]).toMatch(/^How did .+ stand with Moscow in \d{4}\?$/);
	});

	it('ask about ten different states where the options allow', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const states = quiz(seed).questions.map((q) => q.state);
			expect(new Set(states).size, `seed ${seed}`).toBe(QUESTION_COUNT);
		}
	});

	it('favour the years with records or events', () => {
		const pool = questionPool(DATA, 'assessed');
		const share = pool.filter((c) => c.marked).length / pool.length;
		let marked = 0;
		let asked = 0;
		for (let seed = 0; seed < 200; seed++)
			for (const q of quiz(seed).questions) {
				asked++;
				if (q.marked) marked++;
			}
		// With weight 6, a marked year is drawn far more often than its share of the pool.
		expect(marked / asked).toBeGreaterThan(share + 0.2);
	});

	it('offer four distinct classes: the answer and three others, never Moscow', () => {
		for (let seed = 0; seed < 50; seed++)
			for (const q of quiz(seed).questions) {
				expect(q.choices).toHaveLength(4);
				expect(new Set(q.choices).size).toBe(4);
				expect(q.choices.filter((c) => c === q.answer)).toHaveLength(1);
				expect(q.choices).not.toContain('moscow');
			}
		const random = mulberry32(9);
		for (let i = 0; i < 200; i++) {
			const wrong = distractors('ally', new Set(['partner', 'normal']), random);
			expect(wrong).not.toContain('ally');
			expect(new Set(wrong).size).toBe(3);
		}
	});

	it('shuffle where the answer stands', () => {
		const places = new Set<number>();
		for (let seed = 0; seed < 20; seed++)
			for (const q of quiz(seed).questions) places.add(q.choices.indexOf(q.answer));
		expect([...places].sort()).toEqual([0, 1, 2, 3]);
	});

	it('answer as the published data does, in the reading asked for', () => {
		const rows = new Map(relationRows().map((r) => [`${r.state}:${r.year}`, r]));
		for (const reading of ['assessed', 'formal'] as const)
			for (let seed = 0; seed < 30; seed++)
				for (const q of quiz(seed, { reading }).questions) {
					const row = rows.get(`${q.state}:${q.year}`)!;
					expect(q.answer, `${q.state} ${q.year}`).toBe(
						reading === 'formal' ? row.formal_class : row.class
					);
					expect(q.name).toBe(row.name);
				}
		// Somewhere the two readings part, and the quiz follows each.
		const formal = questionPool(DATA, 'formal');
		const assessed = questionPool(DATA, 'assessed');
		expect(formal.some((c, i) => c.answer !== assessed[i].answer)).toBe(true);
	});

	it('keep to the decade and the region asked for', () => {
		const options = { decade: 1970, region: 'south-asia' as const };
		for (let seed = 0; seed < 20; seed++) {
			const q = quiz(seed, options);
			expect(q.options).toEqual({ ...DEFAULT_OPTIONS, ...options });
			expect(q.notices).toEqual([]);
			for (const { state, year } of q.questions) {
				expect(year).toBeGreaterThanOrEqual(1970);
				expect(year).toBeLessThanOrEqual(1979);
				expect(regionOf(state)?.id).toBe('south-asia');
			}
		}
		for (const { year } of quiz(1, { decade: 1940 }).questions) expect(year).toBeGreaterThan(1944);
		for (const { year } of quiz(1, { decade: 2020 }).questions) expect(year).toBeLessThan(2026);
		const pool = questionPool(DATA, 'assessed');
		expect(withinOptions(pool, { ...DEFAULT_OPTIONS, region: 'central-asia' })).not.toEqual([]);
	});

	it('widen a choice nothing fits, and say so', () => {
		// Central Asia was governed from Moscow until 1991: no state of its own to ask about.
		const q = quiz(1, { decade: 1970, region: 'central-asia' });
		expect(q.options).toEqual({ ...DEFAULT_OPTIONS, region: 'central-asia' });
		expect(q.notices).toEqual([
			'No state the map draws on its own fits the 1970s (1970–1979), Central Asia, assessed reading; asking about all years, Central Asia, assessed reading.'
		]);
		expect(q.questions).toHaveLength(QUESTION_COUNT);
		for (const { year } of q.questions) expect(year).toBeGreaterThan(1991);
	});
});
