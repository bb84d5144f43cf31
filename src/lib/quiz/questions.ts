/**
 * Ten questions from a seed: state-years drawn by weight from the pool the options allow (a
 * state at most once while others remain), each with its answer and three plausible wrong
 * classes, in an order the seed fixes too. Pure: the same data, options and seed give the same
 * questions in every browser.
 */
import { RELATION_CLASS_IDS, type RelationClassId } from '$lib/codebook/classes';
import { describeOptions, decadeYears, type QuizOptions } from './options';
import { classesOf, questionPool, type Candidate, type QuizData } from './pool';
import { mulberry32, shuffled, weightedIndex, type Random } from './random';
import { regionById } from './regions';

export const QUESTION_COUNT = 10;
export const CHOICE_COUNT = 4;

export interface Question {
	state: string;
	name: string;
	year: number;
	answer: RelationClassId;
	/** The answer and three other classes, in the order offered. */
	choices: RelationClassId[];
	/** The year has a record or an event for the state. */
	marked: boolean;
}

export interface Quiz {
	seed: number;
	/** The options the questions were drawn with (an option no state-year fits is dropped). */
	options: QuizOptions;
	questions: Question[];
	/** Why an option was dropped, in words. */
	notices: string[];
}

/** "How did Vietnam stand with Moscow in 1979?" */
export function questionText(q: Pick<Question, 'name' | 'year'>): string {
	return `How did ${q.name} stand with Moscow in ${q.year}?`;
}

/** The state-years of the pool within the options' decade and region. */
export function withinOptions(pool: readonly Candidate[], options: QuizOptions): Candidate[] {
	const years = options.decade === null ? null : decadeYears(options.decade);
	const states =
		options.region === null ? null : (regionById(options.region).states as readonly string[]);
	return pool.filter(
		(c) =>
			(!years || (c.year >= years[0] && c.year <= years[1])) &&
			(!states || states.includes(c.state))
	);
}

/** The scale's classes (Moscow to conflict) next to each other read as near misses. */
const SCALE_END = RELATION_CLASS_IDS.indexOf('conflict');
function neighbours(a: RelationClassId, b: RelationClassId): boolean {
	const [i, j] = [RELATION_CLASS_IDS.indexOf(a), RELATION_CLASS_IDS.indexOf(b)];
	return i <= SCALE_END && j <= SCALE_END && Math.abs(i - j) === 1;
}

/**
 * Three wrong classes, never the answer and never Moscow (no question is about Moscow): the
 * classes the state had in other years weigh most, then the answer's neighbours on the scale.
 */
export function distractors(
	answer: RelationClassId,
	had: ReadonlySet<RelationClassId>,
	random: Random,
	count = CHOICE_COUNT - 1
): RelationClassId[] {
	const left = RELATION_CLASS_IDS.filter((c) => c !== answer && c !== 'moscow');
	const out: RelationClassId[] = [];
	while (out.length < count && left.length) {
		const weights = left.map((c) => (had.has(c) ? 5 : neighbours(c, answer) ? 3 : 1));
		out.push(...left.splice(weightedIndex(weights, random), 1));
	}
	return out;
}

/** Draws up to `count` distinct state-years by weight, a state again only once all have had a turn. */
export function drawCandidates(
	pool: readonly Candidate[],
	random: Random,
	count = QUESTION_COUNT
): Candidate[] {
	const left = [...pool];
	const out: Candidate[] = [];
	const asked = new Set<string>();
	while (out.length < count && left.length) {
		let from = left.filter((c) => !asked.has(c.state));
		if (!from.length) {
			asked.clear();
			from = left;
		}
		const pick =
			from[
				weightedIndex(
					from.map((c) => c.weight),
					random
				)
			];
		left.splice(left.indexOf(pick), 1);
		asked.add(pick.state);
		out.push(pick);
	}
	return out;
}

/** The quiz for `seed` under `options`, from the atlas's data. */
export function buildQuiz(data: QuizData, options: QuizOptions, seed: number): Quiz {
	const pool = questionPool(data, options.reading);
	const notices: string[] = [];
	let used = options;
	let fits = withinOptions(pool, used);
	// An empty choice (Central Asia in the 1970s was Soviet) widens, and says so.
	if (!fits.length && used.decade !== null) {
		const wider = { ...used, decade: null };
		notices.push(
			`No state the map draws on its own fits ${describeOptions(used)}; asking about ${describeOptions(wider)}.`
		);
		used = wider;
		fits = withinOptions(pool, used);
	}
	if (!fits.length && used.region !== null) {
		used = { ...used, region: null };
		fits = withinOptions(pool, used);
	}
	const random = mulberry32(seed);
	const questions = drawCandidates(fits, random).map((c) => ({
		state: c.state,
		name: c.name,
		year: c.year,
		answer: c.answer,
		marked: c.marked,
		choices: shuffled(
			[c.answer, ...distractors(c.answer, classesOf(data.states[c.state], used.reading), random)],
			random
		)
	}));
	return { seed, options: used, questions, notices };
}
