/**
 * Hostile input, one list for both runners: the unit tests feed every case to the parser that
 * reads it (tests/unit/url/hostile-input.test.ts), the browser tests to the page
 * (tests/e2e/fuzz.spec.ts).
 */
import { deflateRawSync } from 'node:zlib';
import { packTourPayload, sampleTour } from '../e2e/support/tour-payload';

export const XSS = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	'javascript:window.__pwned=1',
	'<svg onload=window.__pwned=1>'
];
export const HUGE = 'x'.repeat(5000);

/** Mangled addresses: each must give a valid view with at most a notice per parameter. */
export const HOSTILE_ADDRESSES: string[] = [
	// year
	'?year=',
	'?year=%20',
	'?year=-1',
	'?year=99999999999999999999999',
	'?year=1e3',
	'?year=%D9%A1%D9%A9%D9%A8%D9%A5', // Arabic-Indic digits
	'?year=%EF%BC%91%EF%BC%99%EF%BC%98%EF%BC%95', // full-width digits
	'?year=NaN',
	'?year=1985&year=1990',
	`?year=${HUGE}`,
	// state, place, compare, scene, reading
	'?state=XXX',
	`?state=${HUGE}`,
	'?place=../../etc/passwd',
	'?place=ATLANTIS',
	'?compare=-1',
	'?compare=abc',
	'?compare=%D9%A1%D9%A9%D9%A9%D9%A5',
	'?scene=china',
	'?scene=china/0',
	'?scene=china/999',
	'?scene=china/1/2',
	'?scene=%2F%2F',
	'?scene=china/1/answer/answer',
	'?scene=china/999/answer',
	`?reading=${HUGE}&reading=formal`,
	// the view
	'?year=1985#map=999/999/999',
	'?year=1985#map=abc',
	'?year=1985#map=1e400/NaN/-Infinity',
	// markup and script in every parameter at once
	...XSS.map(
		(x) =>
			`?year=${encodeURIComponent(x)}&state=${encodeURIComponent(x)}&place=${encodeURIComponent(x)}` +
			`&compare=${encodeURIComponent(x)}&scene=${encodeURIComponent(x)}&reading=${encodeURIComponent(x)}` +
			`#map=${encodeURIComponent(x)}`
	)
];

/** Messages a hostile host page may post to an embed: none may change what it should not. */
export const HOSTILE_MESSAGES: unknown[] = [
	null,
	42,
	'orbit:set',
	[],
	{ type: 'orbit:set' },
	{ type: 'ORBIT:SET', year: 1990 },
	{ type: 'orbit:set', year: '1990' },
	{ type: 'orbit:set', year: 1e308 },
	{ type: 'orbit:set', year: -1985 },
	{ type: 'orbit:set', year: 1990.5 },
	{ type: 'orbit:set', year: { valueOf: 1990 } },
	{ type: 'orbit:set', view: { center: [1e308, 1e308], zoom: 3 } },
	{ type: 'orbit:set', view: { center: 'Asia', zoom: 3 } },
	{ type: 'orbit:set', view: { center: [95, 42], zoom: -1 } },
	{ type: 'orbit:set', place: XSS[0] },
	{ type: 'orbit:set', place: HUGE },
	{ type: 'orbit:set', play: 'true' },
	{ type: 'orbit:set', __proto__: { year: 1990 } },
	{ type: 'orbit:set', constructor: { prototype: { polluted: true } } },
	{ type: 'orbit:set', extra: XSS[1], nested: { deep: [1, 2, 3] } },
	{ type: 'orbit:set', reading: 'FORMAL' },
	{ type: 'orbit:set', reading: XSS[0] },
	{ type: 'orbit:set', reading: HUGE },
	{ type: 'orbit:set', reading: null },
	{ type: 'orbit:set', reading: { valueOf: 'formal' } },
	{ type: 'orbit:set', scene: XSS[2] },
	{ type: 'orbit:set', scene: 'china/999' },
	{ type: 'orbit:set', scene: '../custom/1' },
	{ type: 'orbit:set', scene: 'china/1/answer/../2' },
	{ type: 'orbit:set', scene: 'china/999/answer' },
	{ type: 'orbit:set', scene: { tour: 'china', index: 0 } },
	{ type: 'orbit:set', tour: 42 },
	{ type: 'orbit:set', tour: { payload: XSS[1] } },
	// Text passes the message reader and is refused by the tour reader, as from the address.
	{ type: 'orbit:set', tour: '' },
	{ type: 'orbit:set', tour: HUGE },
	{ type: 'orbit:set', tour: XSS[0] },
	{ type: 'orbit:set', tour: packTourPayload('<html>hello</html>') }
];

/**
 * Hostile tour links: [name, payload, the reason the notice gives]. Each is refused with a
 * notice that says why, and the map goes on without it.
 */
export const HOSTILE_TOURS: [string, string, RegExp][] = [
	['not base64url', '%25%25%25', /damaged \(it is not base64url/],
	['deflated non-JSON', packTourPayload('<html>hello</html>'), /it is not JSON/],
	['version 2', packTourPayload({ ...sampleTour, version: 2 }), /version 2 of the tour format/],
	[
		'a deflate bomb',
		deflateRawSync(Buffer.alloc(5 * 1024 * 1024, 32)).toString('base64url'),
		/more than 64 KB/
	],
	[
		'a script URL as place',
		packTourPayload({
			...sampleTour,
			scenes: [{ ...sampleTour.scenes[0], place: 'javascript:alert(1)' }]
		}),
		/place must be a place id/
	],
	[
		'prototype pollution',
		packTourPayload(
			'{"__proto__": {"polluted": true}, "type": "orbit-tour", "version": 1, "title": "x", "scenes": []}'
		),
		/scenes are missing|does not read/
	]
];

/** A shared tour whose every text is markup: it must show as text and run nothing. */
export const MARKUP_TOUR = {
	...sampleTour,
	title: XSS[0],
	author: XSS[1],
	scenes: [
		{
			...sampleTour.scenes[1],
			title: XSS[3],
			note: `${XSS[1]} ${XSS[2]}`,
			citations: [`${XSS[1]} record of 1999`]
		}
	]
};
