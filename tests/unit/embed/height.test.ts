import { describe, expect, it } from 'vitest';
import { MAP_HEIGHT, preferredHeight } from '$lib/embed/height';

describe('the height an embed asks for', () => {
	it('is a 16:10 map plus the controls below it', () => {
		expect(preferredHeight(800, 90)).toBe(590);
		expect(preferredHeight(640, 0)).toBe(400);
	});

	it('keeps the map usable on a narrow column and bounded on a wide screen', () => {
		expect(preferredHeight(200, 100)).toBe(MAP_HEIGHT.min + 100);
		expect(preferredHeight(3840, 100)).toBe(MAP_HEIGHT.max + 100);
	});

	it('depends on the width alone, so a host that follows it never loops', () => {
		expect(preferredHeight(1024, 80)).toBe(preferredHeight(1024, 80));
		expect(preferredHeight(1000, 80)).toBeLessThan(preferredHeight(1100, 80));
	});
});
