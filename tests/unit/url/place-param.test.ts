import { describe, expect, it } from 'vitest';
import { parsePlaceParam } from '$lib/url/place-param';

describe('parsePlaceParam', () => {
	const known = (id: string) => id === 'cam-ranh-bay';
	it('opens a known place and ignores others with a notice', () => {
		expect(parsePlaceParam('cam-ranh-bay', known)).toEqual({ place: 'cam-ranh-bay' });
		expect(parsePlaceParam(null, known)).toEqual({ place: null });
		expect(parsePlaceParam('atlantis', known).notice).toContain('not a place');
		expect(parsePlaceParam('<script>', known).place).toBeNull();
	});
});
