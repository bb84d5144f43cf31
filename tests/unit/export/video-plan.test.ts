import { describe, expect, it } from 'vitest';
import {
	VIDEO_FORMATS,
	chooseFormat,
	planVideo,
	shotFrames,
	type VideoScene
} from '$lib/export/video-plan';

const scene = (title: string, year: number, extra: Partial<VideoScene> = {}): VideoScene => ({
	title,
	year,
	states: [],
	note: 'A note long enough for a scene.',
	citations: [],
	...extra
});

describe('planVideo: a year range', () => {
	const plan = planVideo({ kind: 'range', from: 1989, to: 1992, secondsPerYear: 1 }, '1080p', 10);

	it('films every year of the range once, in order, with the year and title burned in', () => {
		expect(plan.shots.map((s) => s.year)).toEqual([1989, 1990, 1991, 1992]);
		expect(plan.shots[1].overlay).toEqual({ year: 1990, title: 'Orbit: Asia and Moscow' });
		expect(plan.shots.every((s) => s.view === undefined && s.outlined.length === 0)).toBe(true);
	});

	it('holds each year for its seconds at a constant frame rate, back to back', () => {
		expect(plan.shots.map((s) => [s.firstFrame, s.frames])).toEqual([
			[0, 10],
			[10, 10],
			[20, 10],
			[30, 10]
		]);
		expect(plan.frames).toBe(40);
		expect(plan.duration).toBe(4);
		expect([plan.width, plan.height, plan.fps]).toEqual([1920, 1080, 10]);
	});

	it('labels the progress and names the file by range and size', () => {
		expect(plan.shots[1].label).toBe('Year 1990 of 1989-1992');
		expect(plan.name).toBe('orbit-1989-1992-1920x1080');
		const one = planVideo({ kind: 'range', from: 1991, to: 1991, secondsPerYear: 2 }, '720p', 10);
		expect(one.name).toBe('orbit-1991-1280x720');
		expect(one.shots).toHaveLength(1);
		expect(one.duration).toBe(2);
	});

	it('accepts the ends in either order', () => {
		const back = planVideo({ kind: 'range', from: 1992, to: 1989, secondsPerYear: 1 }, '720p');
		expect(back.shots.map((s) => s.year)).toEqual([1989, 1990, 1991, 1992]);
	});

	it('never holds a shot for less than one frame', () => {
		const fast = planVideo(
			{ kind: 'range', from: 1989, to: 1990, secondsPerYear: 0.01 },
			'720p',
			10
		);
		expect(fast.shots.map((s) => s.frames)).toEqual([1, 1]);
		const half = planVideo(
			{ kind: 'range', from: 1989, to: 1990, secondsPerYear: 0.5 },
			'720p',
			10
		);
		expect(half.duration).toBe(1);
	});
});

describe('planVideo: a tour', () => {
	const view = { center: [100, 40] as [number, number], zoom: 3 };
	const plan = planVideo(
		{
			kind: 'tour',
			id: 'china',
			secondsPerScene: 5,
			scenes: [
				scene('The split', 1969, { view, states: ['CHN'], citations: ['diplomat-2021#china'] }),
				scene('No view of its own', 1991)
			]
		},
		'1080p',
		10
	);

	it('films each scene with its year, view, outline, and title, note and citations', () => {
		expect(plan.shots).toHaveLength(2);
		const [first, second] = plan.shots;
		expect(first.year).toBe(1969);
		expect(first.view).toEqual(view);
		expect(first.outlined).toEqual(['CHN']);
		expect(first.overlay.scene).toEqual({
			title: 'The split',
			note: 'A note long enough for a scene.',
			citations: ['diplomat-2021#china']
		});
		// No view: filmed at the view on screen.
		expect(second.view).toBeUndefined();
		expect(first.label).toBe('Scene 1 of 2: The split');
	});

	it('holds each scene for its seconds and names the file for the tour', () => {
		expect(plan.shots.map((s) => [s.firstFrame, s.frames])).toEqual([
			[0, 50],
			[50, 50]
		]);
		expect(plan.duration).toBe(10);
		expect(plan.name).toBe('orbit-tour-china-1920x1080');
	});
});

describe('planVideo: a tour with an ask scene', () => {
	const plan = planVideo(
		{
			kind: 'tour',
			id: 'vietnam',
			secondsPerScene: 3,
			scenes: [
				scene('Allies against China', 1979, {
					states: ['VNM', 'SUN'],
					ask: ['VNM'],
					citations: ['diplomat-2021#vietnam-3']
				}),
				scene('Later', 1994)
			]
		},
		'720p',
		10
	);

	it('films the question (the states hidden, the question on the frame), held, then the answer', () => {
		expect(plan.shots.map((s) => [s.year, s.hidden, s.label])).toEqual([
			[1979, ['VNM'], 'Scene 1 of 2: the question'],
			[1979, [], 'Scene 1 of 2: Allies against China (the answer)'],
			[1994, [], 'Scene 2 of 2: Later']
		]);
		const [question, answer] = plan.shots;
		expect(question.overlay.scene).toEqual({
			title: 'How did Vietnam stand with Moscow in 1979?',
			note: expect.stringMatching(/next step reveals/),
			citations: []
		});
		expect(question.outlined).toEqual(['VNM', 'SUN']);
		expect(answer.overlay.scene).toEqual({
			title: 'Allies against China',
			note: 'A note long enough for a scene.',
			citations: ['diplomat-2021#vietnam-3']
		});
	});

	it('holds the question as long as a scene, and the answer as long again', () => {
		expect(plan.shots.map((s) => [s.firstFrame, s.frames])).toEqual([
			[0, 30],
			[30, 30],
			[60, 30]
		]);
		expect(plan.duration).toBe(9);
	});
});

describe('shotFrames', () => {
	it('gives each frame its time and length, a key frame at the start of each shot', () => {
		const frames = [...shotFrames({ firstFrame: 10, frames: 3 }, 10)];
		expect(frames).toEqual([
			{ timestamp: 1, duration: 0.1, keyFrame: true },
			{ timestamp: 1.1, duration: 0.1, keyFrame: false },
			{ timestamp: 1.2, duration: 0.1, keyFrame: false }
		]);
	});

	it('covers the whole video without gaps or overlaps', () => {
		const plan = planVideo({ kind: 'range', from: 1945, to: 1950, secondsPerYear: 0.5 }, '720p');
		const all = plan.shots.flatMap((s) => [...shotFrames(s, plan.fps)]);
		expect(all).toHaveLength(plan.frames);
		all.forEach((f, i) => expect(f.timestamp).toBeCloseTo(i / plan.fps, 9));
		expect(all.filter((f) => f.keyFrame)).toHaveLength(plan.shots.length);
	});
});

describe('chooseFormat', () => {
	it('prefers MP4 (H.264) when the browser can encode it', async () => {
		expect(await chooseFormat(async () => true)).toEqual(VIDEO_FORMATS[0]);
		expect(VIDEO_FORMATS[0]).toMatchObject({ container: 'mp4', codec: 'avc' });
	});

	it('falls back to WebM (VP9) without H.264, and to nothing without either', async () => {
		expect(await chooseFormat(async (c) => c === 'vp9')).toMatchObject({
			container: 'webm',
			codec: 'vp9',
			mimeType: 'video/webm'
		});
		expect(await chooseFormat(async () => false)).toBeNull();
	});

	it('treats a failing probe as "cannot encode"', async () => {
		const format = await chooseFormat(async (c) => {
			if (c === 'avc') throw new Error('no encoder');
			return true;
		});
		expect(format?.container).toBe('webm');
	});
});
