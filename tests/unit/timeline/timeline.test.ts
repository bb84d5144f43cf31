import { describe, expect, it } from 'vitest';
import { Timeline } from '$lib/timeline/timeline.svelte';

describe('Timeline', () => {
	it('snaps to whole years within 1945-2025', () => {
		const t = new Timeline(1985);
		t.set(1991.6);
		expect(t.year).toBe(1992);
		t.set(3000);
		expect(t.year).toBe(2025);
		t.set(-1);
		expect(t.year).toBe(1945);
		t.set(Number.NaN);
		expect(t.year).toBe(1945);
	});

	it('steps and stops at the ends', () => {
		const t = new Timeline(2024);
		t.step(1);
		expect(t.year).toBe(2025);
		expect(t.atEnd).toBe(true);
		t.step(1);
		expect(t.year).toBe(2025);
		t.step(-80);
		expect(t.year).toBe(1945);
		expect(t.atStart).toBe(true);
	});
});

describe('Timeline.play', () => {
	const instant = () => Promise.resolve();

	it('steps through every year of the range, waiting for each to be shown', async () => {
		const t = new Timeline(1985);
		t.range = [1985, 1990];
		const shown: number[] = [];
		await t.play(async (y) => void shown.push(y), instant);
		expect(shown).toEqual([1985, 1986, 1987, 1988, 1989, 1990]);
		expect(t.playing).toBe(false);
		expect(t.year).toBe(1990);
	});

	it('restarts from the start of the range when at its end', async () => {
		const t = new Timeline(2025);
		t.range = [2020, 2025];
		const shown: number[] = [];
		await t.play(async (y) => void shown.push(y), instant);
		expect(shown[0]).toBe(2020);
	});

	it('stops when paused', async () => {
		const t = new Timeline(1945);
		const shown: number[] = [];
		await t.play(async (y) => {
			shown.push(y);
			if (y === 1948) t.pause();
		}, instant);
		expect(shown).toEqual([1945, 1946, 1947, 1948]);
		expect(t.playing).toBe(false);
	});
});
