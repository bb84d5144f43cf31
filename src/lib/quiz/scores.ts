/**
 * A quiz's score, and the last few kept in the browser's local storage (no account, no server):
 * when, which seed and options, how many right. Storage that is missing, full or refusing (a
 * private window, a sandboxed frame) leaves the scores unkept and the quiz working; whatever the
 * storage holds is checked before it is shown.
 */
import { DECADES, type QuizOptions } from './options';
import { MAX_SEED } from './random';
import { REGION_IDS } from './regions';

export const SCORES_KEY = 'orbit:quiz-scores';
/** How many past scores are kept. */
export const KEPT_SCORES = 5;

export interface Score {
	right: number;
	total: number;
}

/** How many answers match the questions' answers (an unanswered question is wrong). */
export function scoreOf(
	questions: readonly { answer: string }[],
	answers: readonly (string | null | undefined)[]
): Score {
	const right = questions.filter((q, i) => answers[i] === q.answer).length;
	return { right, total: questions.length };
}

/** "7 of 10". */
export function scoreLine({ right, total }: Score): string {
	return `${right} of ${total}`;
}

export interface PastScore extends Score {
	/** When the quiz was finished (ISO 8601). */
	date: string;
	seed: number;
	options: QuizOptions;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The page's local storage, or null where the browser refuses it. */
export function browserStorage(): Store | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function validScore(x: unknown): x is PastScore {
	if (typeof x !== 'object' || x === null) return false;
	const s = x as Record<string, unknown>;
	const o = s.options as Record<string, unknown> | null;
	return (
		typeof s.date === 'string' &&
		!Number.isNaN(Date.parse(s.date)) &&
		isCount(s.seed) &&
		(s.seed as number) <= MAX_SEED &&
		isCount(s.right) &&
		isCount(s.total) &&
		(s.right as number) <= (s.total as number) &&
		typeof o === 'object' &&
		o !== null &&
		(o.decade === null || DECADES.includes(o.decade as number)) &&
		(o.region === null || REGION_IDS.includes(o.region as never)) &&
		(o.reading === 'formal' || o.reading === 'assessed')
	);
}

/** The kept scores, newest first; nothing (not an error) when storage is refused or garbled. */
export function readScores(storage: Store | null): PastScore[] {
	try {
		const raw = storage?.getItem(SCORES_KEY);
		if (!raw) return [];
		const parsed: unknown = JSON.parse(raw);
		return Array.isArray(parsed) ? parsed.filter(validScore).slice(0, KEPT_SCORES) : [];
	} catch {
		return [];
	}
}

/** Keeps `score` as the newest of the last few; returns the list as it now stands. */
export function keepScore(storage: Store | null, score: PastScore): PastScore[] {
	const scores = [score, ...readScores(storage)].slice(0, KEPT_SCORES);
	try {
		storage?.setItem(SCORES_KEY, JSON.stringify(scores));
	} catch {
		// Full or refused: the list is shown for now, not kept.
	}
	return scores;
}
