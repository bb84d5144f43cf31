/**
 * Mangled addresses and hostile embed messages: every case must leave a valid, drawn view with
 * at most a notice, no page error, no CSP violation (the shared guard) and no script run.
 */
import { deflateRawSync } from 'node:zlib';
import { expect, test, waitForMap } from './fixtures';
import { packTourPayload, sampleTour } from './support/tour-payload';

const XSS = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	'javascript:window.__pwned=1',
	'<svg onload=window.__pwned=1>'
];
const huge = 'x'.repeat(5000);

const addresses: string[] = [
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
	`?year=${huge}`,
	// state, place, compare, scene, reading
	'?state=XXX',
	`?state=${huge}`,
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
	`?reading=${huge}&reading=formal`,
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

for (const address of addresses) {
	test(`the address ${address.slice(0, 60)} still gives a valid view`, async ({ page }) => {
		await page.goto(`/${address}`);
		await waitForMap(page);
		await expect(page.locator('output.year')).toHaveText(
			/^(194[5-9]|19[5-9]\d|20[01]\d|202[0-5])$/
		);
		// At most one notice per parameter: year, state, place, compare, scene, reading.
		const notices = await page.getByTestId('notice').count();
		expect(notices).toBeLessThanOrEqual(6);
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		// Markup in the address may be shown as text in a notice, never become elements.
		await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload]')).toHaveCount(0);
	});
}

test('hostile embed messages change nothing they should not, and run nothing', async ({ page }) => {
	await page.goto('/embed?year=1985#map=3/42/95');
	await waitForMap(page, 1985);
	const messages: unknown[] = [
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
		{ type: 'orbit:set', place: huge },
		{ type: 'orbit:set', play: 'true' },
		{ type: 'orbit:set', __proto__: { year: 1990 } },
		{ type: 'orbit:set', constructor: { prototype: { polluted: true } } },
		{ type: 'orbit:set', extra: XSS[1], nested: { deep: [1, 2, 3] } }
	];
	await page.evaluate((ms) => {
		for (const m of ms) window.postMessage(m, '*');
	}, messages);
	await expect(page.getByTestId('notice').first()).toContainText(
		'Ignored part of an orbit:set message'
	);
	await waitForMap(page, 1985);
	await expect(page.locator('output.year')).toHaveText('1985');
	expect(
		await page.evaluate(() => ({
			pwned: (window as unknown as { __pwned?: number }).__pwned,
			polluted: ({} as { polluted?: boolean }).polluted
		}))
	).toEqual({ pwned: undefined, polluted: undefined });

	// A good message after all that still works.
	await page.evaluate(() => window.postMessage({ type: 'orbit:set', year: 1995 }, '*'));
	await waitForMap(page, 1995);
});

/**
 * Hostile tour links: each is refused with a notice that says why (every rejection has its unit
 * test in tests/unit/tours; these prove the page survives them), or shown as text only.
 */
const tourCases: [string, string, RegExp][] = [
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

test('hostile tour links are refused with a reason, and the map still works', async ({ page }) => {
	test.setTimeout(300_000); // one page load per case; each waits on the map, not a clock
	for (const [name, payload, reason] of tourCases) {
		await page.goto(`/?year=1985&tour=${payload}`);
		await waitForMap(page, 1985);
		await expect(page.getByTestId('notice'), name).toContainText(reason);
		await expect(page.getByTestId('notice').first(), name).toContainText(
			'This tour link could not be opened'
		);
		await expect(page.getByTestId('scene-card'), name).toHaveCount(0);
	}
	expect(await page.evaluate(() => (({}) as { polluted?: boolean }).polluted)).toBeUndefined();
});

test('markup in a shared tour is shown as text, never run', async ({ page }) => {
	const tour = {
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
	await page.goto(`/?tour=${packTourPayload(tour)}`);
	await waitForMap(page, 1985);
	const card = page.getByTestId('scene-card');
	await expect(card).toContainText(XSS[0]);
	await expect(card).toContainText(`${XSS[1]} record of 1999`);
	await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload]')).toHaveCount(0);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
});
