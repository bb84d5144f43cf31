/**
 * The steps of a tour with ask scenes. A scene that asks (`ask`: states to hide) takes two steps:
 * its question (the states hidden) and its answer (revealed). Forward from a question reveals it;
 * forward from an answer, or from a scene that asks nothing, goes on to the next scene, at its
 * question when it asks. Back from an answer returns to its question; back from a question (or a
 * scene that asks nothing) goes to the previous scene's last step: its answer when it asks.
 * Pure: tested in Node.
 */
import { nameList } from '$lib/relations/withheld';

/** Where a tour stands: a scene, and for an ask scene whether its answer is shown. */
export interface TourStep {
	index: number;
	answer?: true;
}

/** Whether a scene asks the room (hides states until the next step). */
export function asks(scene: { ask?: readonly string[] } | undefined): boolean {
	return !!scene?.ask?.length;
}

/** The step as it can stand: within the tour, and an answer only on a scene that asks. */
export function settleStep(scenes: readonly { ask?: readonly string[] }[], at: TourStep): TourStep {
	const index = Math.min(scenes.length - 1, Math.max(0, at.index));
	return at.answer && asks(scenes[index]) && index === at.index
		? { index, answer: true }
		: { index };
}

/** The step `by` steps (each one forward or back) from `at`; the ends of the tour hold. */
export function stepTour(
	scenes: readonly { ask?: readonly string[] }[],
	at: TourStep,
	by: number
): TourStep {
	let step = settleStep(scenes, at);
	for (let n = 0; n < Math.abs(by); n++) step = by > 0 ? forward(scenes, step) : back(scenes, step);
	return step;
}

function forward(scenes: readonly { ask?: readonly string[] }[], at: TourStep): TourStep {
	if (asks(scenes[at.index]) && !at.answer) return { index: at.index, answer: true };
	return at.index < scenes.length - 1 ? { index: at.index + 1 } : at;
}

function back(scenes: readonly { ask?: readonly string[] }[], at: TourStep): TourStep {
	if (at.answer) return { index: at.index };
	if (at.index === 0) return at;
	const index = at.index - 1;
	return asks(scenes[index]) ? { index, answer: true } : { index };
}

/** Whether a step `by` from `at` goes anywhere (false at either end of the tour). */
export function canStep(
	scenes: readonly { ask?: readonly string[] }[],
	at: TourStep,
	by: 1 | -1
): boolean {
	const next = stepTour(scenes, at, by);
	return next.index !== at.index || !!next.answer !== !!at.answer;
}

/** The question an ask scene puts to the room: "How did China and Vietnam stand with Moscow in 1979?" */
export function askQuestion(names: readonly string[], year: number): string {
	return `How did ${nameList(names)} stand with Moscow in ${year}?`;
}

/** What an image or a video frame says of a scene while it asks: the question, no note to tell. */
export function questionCard(
	names: readonly string[],
	year: number
): { title: string; note: string; citations: string[] } {
	return {
		title: askQuestion(names, year),
		note: 'Think first: the map hides the answer, and the next step reveals it.',
		citations: []
	};
}
