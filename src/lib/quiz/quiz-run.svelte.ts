/**
 * One pass through a quiz: which question is shown, the answers given, and whether the reader
 * has reached the score. No UI; the page renders it and moves focus.
 */
import type { RelationClassId } from '$lib/codebook/classes';
import type { Question, Quiz } from './questions';
import { scoreOf, type Score } from './scores';

export class QuizRun {
	readonly quiz: Quiz;
	/** The question shown (its index). */
	index = $state(0);
	/** The answer given to each question, in order; null while unanswered. */
	answers = $state<(RelationClassId | null)[]>([]);
	/** The reader has gone on to the score. */
	finished = $state(false);

	constructor(quiz: Quiz) {
		this.quiz = quiz;
	}

	get question(): Question | undefined {
		return this.quiz.questions[this.index];
	}

	/** The answer given to the question shown, or null. */
	get answer(): RelationClassId | null {
		return this.answers[this.index] ?? null;
	}

	get isLast(): boolean {
		return this.index === this.quiz.questions.length - 1;
	}

	get score(): Score {
		return scoreOf(this.quiz.questions, this.answers);
	}

	/** Answers the question shown (once: a second choice does not change the first). */
	choose(choice: RelationClassId): boolean {
		if (this.finished || !this.question || this.answer !== null) return false;
		this.answers[this.index] = choice;
		return choice === this.question.answer;
	}

	/** Goes on to the next question, or to the score after the last one. */
	next() {
		if (this.answer === null) return;
		if (this.isLast) this.finished = true;
		else this.index += 1;
	}

	/** The same questions again, from the first. */
	restart() {
		this.index = 0;
		this.answers = [];
		this.finished = false;
	}
}
