import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED, embedUrl, iframeCode, parseEmbedOptions } from '$lib/page/embed-options';

const parse = (q: string) => parseEmbedOptions(new URLSearchParams(q));

describe('embed options', () => {
	it('defaults to a slider and a legend, no autoplay', () => {
		expect(parse('')).toEqual({ options: DEFAULT_EMBED, notices: [] });
	});

	it('reads every option', () => {
		expect(parse('slider=0&legend=0&autoplay=1985-1995&speed=2').options).toEqual({
			slider: false,
			legend: false,
			autoplay: [1985, 1995],
			speed: 2
		});
	});

	it.each([
		'slider=yes',
		'legend=2',
		'autoplay=1995-1985',
		'autoplay=1900-2000',
		'autoplay=abc',
		'speed=100'
	])('falls back with a notice for %s', (q) => {
		const r = parse(q);
		expect(r.notices).toHaveLength(1);
		expect(r.options.slider && r.options.legend).toBe(true);
	});

	it('round-trips through the embed address', () => {
		const src = embedUrl(
			'http://127.0.0.1:4173',
			{ year: 1985, view: { center: [95.12345, 42], zoom: 3 }, place: 'cam-ranh-bay' },
			{ slider: false, legend: true, autoplay: [1985, 1995], speed: 2 }
		);
		expect(src).toBe(
			'http://127.0.0.1:4173/embed?year=1985&place=cam-ranh-bay&slider=0&autoplay=1985-1995&speed=2#map=3/42/95.1235'
		);
		expect(parse(new URL(src).search).options).toMatchObject({
			slider: false,
			autoplay: [1985, 1995],
			speed: 2
		});
	});

	it('escapes the address inside the iframe code', () => {
		expect(iframeCode('http://x/embed?a=1&b="2"')).toContain(
			'src="http://x/embed?a=1&amp;b=&quot;2&quot;"'
		);
	});
});
