import { describe, expect, it } from 'vitest';
import {
	KEPT_SCORES,
	SCORES_KEY,
	keepScore,
	readScores,
	scoreLine,
	scoreOf,
	type PastScore
} from '$lib/quiz/scores';
import { DEFAULT_OPTIONS } from '$lib/quiz/options';

/** A Storage stand-in: a map, or one that refuses everything. */
function memory(): Storage {
	const items = new Map<string, string>();
	return {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v)
	} as Storage;
}
const refusing = {
	getItem: () => {
		throw new DOMException('denied', 'SecurityError');
	},
	setItem: () => {
		throw new DOMException('full', 'QuotaExceededError');
	}
} as unknown as Storage;

const past = (seed: number, right = 7): PastScore => ({
	date: new Date(Date.UTC(2025, 0, seed + 1)).toISOString(),
	seed,
	options: DEFAULT_OPTIONS,
	right,
	total: 10
});

describe('a score', () => {
	it('counts the answers that match', () => {
		const questions = [{ answer: 'ally' }, { answer: 'normal' }, { answer: 'conflict' }];
		expect(scoreOf(questions, ['ally', 'partner', 'conflict'])).toEqual({ right: 2, total: 3 });
		expect(scoreOf(questions, ['ally'])).toEqual({ right: 1, total: 3 });
		expect(scoreOf(questions, [])).toEqual({ right: 0, total: 3 });
		expect(scoreLine({ right: 7, total: 10 })).toBe('7 of 10');
	});
});

describe('the last scores', () => {
	it('keeps the newest few, newest first, across reads', () => {
		const storage = memory();
		for (let seed = 0; seed < 8; seed++)
			expect(keepScore(storage, past(seed))).toHaveLength(Math.min(seed + 1, KEPT_SCORES));
		const kept = readScores(storage);
		expect(kept).toHaveLength(KEPT_SCORES);
		expect(kept.map((s) => s.seed)).toEqual([7, 6, 5, 4, 3]);
		expect(kept[0]).toEqual(past(7));
	});

	it('works on when storage refuses or is missing, keeping nothing', () => {
		expect(readScores(refusing)).toEqual([]);
		expect(keepScore(refusing, past(1))).toEqual([past(1)]);
		expect(readScores(null)).toEqual([]);
		expect(keepScore(null, past(2))).toEqual([past(2)]);
	});

	it('ignores what it did not write: garbled text, wrong shapes, impossible scores', () => {
		const storage = memory();
		for (const text of ['{', 'null', '"x"', '{"a":1}', '[1,2]'])
			expect(readScores({ ...storage, getItem: () => text } as Storage), text).toEqual([]);
		const odd = [
			past(1),
			{ ...past(2), right: 11 },
			{ ...past(3), seed: -1 },
			{ ...past(4), date: 'yesterday' },
			{ ...past(5), options: { ...DEFAULT_OPTIONS, region: '<script>' } },
			{ ...past(6), options: null },
			{ ...past(7), right: '7' }
		];
		storage.setItem(SCORES_KEY, JSON.stringify(odd));
		expect(readScores(storage)).toEqual([past(1)]);
	});
});
