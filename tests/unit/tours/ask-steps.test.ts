import { describe, expect, it } from 'vitest';
import {
	askQuestion,
	asks,
	canStep,
	questionCard,
	settleStep,
	stepTour,
	type TourStep
} from '$lib/tours/ask-steps';

// Scene 0 asks nothing, 1 asks, 2 asks nothing, 3 asks (the last scene).
const scenes = [{}, { ask: ['VNM'] }, { ask: [] }, { ask: ['CHN', 'VNM'] }];
const walk = (from: TourStep, by: 1 | -1, n: number) => {
	const out: TourStep[] = [];
	let at = from;
	for (let i = 0; i < n; i++) out.push((at = stepTour(scenes, at, by)));
	return out;
};

describe('the steps of a tour with ask scenes', () => {
	it('forward: a question, then its answer, then the next scene; the end holds', () => {
		expect(walk({ index: 0 }, 1, 6)).toEqual([
			{ index: 1 },
			{ index: 1, answer: true },
			{ index: 2 },
			{ index: 3 },
			{ index: 3, answer: true },
			{ index: 3, answer: true }
		]);
	});

	it("back: an answer to its question, a question to the previous scene's last step", () => {
		expect(walk({ index: 3, answer: true }, -1, 6)).toEqual([
			{ index: 3 },
			{ index: 2 },
			{ index: 1, answer: true },
			{ index: 1 },
			{ index: 0 },
			{ index: 0 }
		]);
	});

	it('steps several at once as one at a time', () => {
		expect(stepTour(scenes, { index: 0 }, 3)).toEqual({ index: 2 });
		expect(stepTour(scenes, { index: 2 }, -2)).toEqual({ index: 1 });
	});

	it('reads "/answer" on a scene that asks nothing as the scene, and clamps the index', () => {
		expect(settleStep(scenes, { index: 0, answer: true })).toEqual({ index: 0 });
		expect(settleStep(scenes, { index: 2, answer: true })).toEqual({ index: 2 });
		expect(settleStep(scenes, { index: 1, answer: true })).toEqual({ index: 1, answer: true });
		expect(settleStep(scenes, { index: 9, answer: true })).toEqual({ index: 3 });
		expect(stepTour(scenes, { index: 0, answer: true }, 1)).toEqual({ index: 1 });
	});

	it('says whether Previous and Next go anywhere', () => {
		expect(canStep(scenes, { index: 0 }, -1)).toBe(false);
		expect(canStep(scenes, { index: 0 }, 1)).toBe(true);
		expect(canStep(scenes, { index: 3 }, 1)).toBe(true); // the last scene's question reveals
		expect(canStep(scenes, { index: 3, answer: true }, 1)).toBe(false);
		expect(asks(scenes[2])).toBe(false);
		expect(asks(scenes[3])).toBe(true);
	});
});

describe('the question', () => {
	it('names the states and the year', () => {
		expect(askQuestion(['Vietnam'], 1979)).toBe('How did Vietnam stand with Moscow in 1979?');
		expect(askQuestion(['China', 'Vietnam'], 1979)).toBe(
			'How did China and Vietnam stand with Moscow in 1979?'
		);
		expect(askQuestion(['China', 'India', 'Vietnam'], 1962)).toBe(
			'How did China, India and Vietnam stand with Moscow in 1962?'
		);
	});

	it('is what an exported frame shows while asking: no note or citation to tell', () => {
		const card = questionCard(['North Korea'], 1950);
		expect(card.title).toBe('How did North Korea stand with Moscow in 1950?');
		expect(card.citations).toEqual([]);
		expect(card.note).not.toMatch(/ally|partner|normal|strained|conflict|relations/i);
	});
});
