import { describe, expect, it } from 'vitest';
import { absoluteUrl, DEFAULT_SITE_URL, siteUrl } from '../../../src/lib/site/site-url';

describe('siteUrl', () => {
	it('is the preview address when unset or blank', () => {
		expect(siteUrl(undefined)).toBe(DEFAULT_SITE_URL);
		expect(siteUrl('  ')).toBe(DEFAULT_SITE_URL);
	});
	it('ends a path in a slash, so relative paths stay under it', () => {
		expect(siteUrl('https://atlas.example.edu/orbit')).toBe('https://atlas.example.edu/orbit/');
		expect(absoluteUrl(siteUrl('https://x.example/orbit'), '/data/datapackage.json')).toBe(
			'https://x.example/orbit/data/datapackage.json'
		);
	});
	it('refuses what is not an absolute http(s) address, naming the variable', () => {
		expect(() => siteUrl('atlas.example.edu')).toThrow(/ORBIT_SITE_URL: "atlas.example.edu"/);
		expect(() => siteUrl('ftp://atlas.example.edu/')).toThrow(/https:\/\/ or http:\/\//);
		expect(() => siteUrl('https://atlas.example.edu/?a=1')).toThrow(/query/);
	});
});
