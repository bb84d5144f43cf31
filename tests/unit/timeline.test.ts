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
