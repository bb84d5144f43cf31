import { describe, expect, it } from 'vitest';
import { viewToKeep, viewToRestore } from '$lib/url/last-view';

describe('the installed app opens at the last view', () => {
	const kept = viewToKeep('?year=1985&state=VNM', '#map=4/16/106');

	it('keeps the query and the view', () => {
		expect(kept).toBe('?year=1985&state=VNM#map=4/16/106');
		expect(viewToKeep('', '')).toBe('');
	});

	it('the installed app, launched at its bare address, goes back to it', () => {
		expect(viewToRestore('', '', true, kept)).toBe(kept);
		expect(viewToRestore('', '', true, '#map=3/42/95')).toBe('#map=3/42/95');
	});

	it('a browser tab, or an address that asks for something, stays where it is', () => {
		expect(viewToRestore('', '', false, kept)).toBeNull();
		expect(viewToRestore('?year=1950', '', true, kept)).toBeNull();
		expect(viewToRestore('', '#map=2/0/0', true, kept)).toBeNull();
	});

	it("nothing kept, or something that is not this page's address, is ignored", () => {
		expect(viewToRestore('', '', true, null)).toBeNull();
		expect(viewToRestore('', '', true, '')).toBeNull();
		expect(viewToRestore('', '', true, 'https://elsewhere.example/')).toBeNull();
		expect(viewToRestore('', '', true, '//elsewhere.example/')).toBeNull();
		expect(viewToRestore('', '', true, '?' + 'x'.repeat(30_000))).toBeNull();
	});
});
