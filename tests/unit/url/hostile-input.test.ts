/**
 * Every case of the browser's hardening suite (tests/e2e/fuzz.spec.ts), fed to the parser that
 * reads it: mangled addresses to the address reader, hostile messages to the embed's message
 * reader (after the structured clone postMessage makes), hostile tour links to the tour reader.
 * Each gives a valid state and at most a notice, and a notice shows markup as text.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Notice from '$lib/atlas/Notice.svelte';
import { LOOKUPS } from '$lib/tours/lookups';
import { READINGS } from '$lib/codebook/readings';
import { parseSetMessage } from '$lib/embed/messages';
import { readTourLink } from '$lib/tours/shared-tour';
import { parseAtlasUrl } from '$lib/url/atlas-url';
import { inRange } from '$lib/years/years';
import {
	HOSTILE_ADDRESSES,
	HOSTILE_MESSAGES,
	HOSTILE_TOURS,
	MARKUP_TOUR,
	XSS
} from '../../support/hostile-cases';
import { packTourPayload } from '../../e2e/support/tour-payload';

/** A notice as the page draws it: the markup of any element in it. */
function noticeElements(message: string): string[] {
	const { body } = render(Notice, { props: { message, ondismiss: () => {} } });
	return [...body.matchAll(/<(\w+)[^>]*>/g)]
		.map((m) => m[1])
		.filter((t) => !['div', 'span', 'button'].includes(t));
}

describe('hostile addresses', () => {
	for (const address of HOSTILE_ADDRESSES) {
		it(`the address ${address.slice(0, 60)} reads as a valid state`, () => {
			const url = new URL(`http://127.0.0.1/${address}`);
			const s = parseAtlasUrl(url.searchParams, LOOKUPS);
			expect(inRange(s.year), `year ${s.year}`).toBe(true);
			expect(s.state === null || LOOKUPS.resolveState(s.state) === s.state, String(s.state)).toBe(
				true
			);
			expect(s.place === null || LOOKUPS.isPlace(s.place), String(s.place)).toBe(true);
			expect(s.compare === null || inRange(s.compare), String(s.compare)).toBe(true);
			expect(
				s.scene === null || s.scene.index < (LOOKUPS.sceneCount(s.scene.tour) ?? 0),
				JSON.stringify(s.scene)
			).toBe(true);
			expect(READINGS).toContain(s.reading);
			expect(s.tour).toBeNull();
			// At most one notice per parameter: year, state, place, compare, scene, reading.
			expect(s.notices.length).toBeLessThanOrEqual(6);
			// Markup in the address may be shown as text in a notice, never become elements.
			for (const notice of s.notices) expect(noticeElements(notice), notice).toEqual([]);
		});
	}

	it('shows the markup it quotes as text', () => {
		const s = parseAtlasUrl(new URLSearchParams(`state=${encodeURIComponent(XSS[1])}`), LOOKUPS);
		expect(s.notices).toHaveLength(1);
		const { body } = render(Notice, { props: { message: s.notices[0], ondismiss: () => {} } });
		expect(body).toContain('&lt;img');
	});
});

describe('hostile embed messages', () => {
	it('change nothing: each is ignored, read as an empty command, or a tour link refused', async () => {
		let tours = 0;
		for (const message of HOSTILE_MESSAGES) {
			// What the embed receives: postMessage's structured clone (no prototypes, no functions).
			const read = parseSetMessage(structuredClone(message), LOOKUPS.isPlace, LOOKUPS.sceneCount);
			const { tour, ...rest } = read?.command ?? {};
			const name = String(JSON.stringify(message)).slice(0, 80);
			expect(rest, name).toEqual({});
			// A tour's text is checked as the address's is: unpacked, then refused with a reason.
			if (tour === undefined) continue;
			tours++;
			expect(typeof tour, name).toBe('string');
			const opened = await readTourLink(tour!);
			expect('error' in opened && opened.error, name).toMatch(/\w/);
		}
		expect(tours).toBe(4);
		// The bad fields are said (the page shows "Ignored part of an orbit:set message").
		const said = HOSTILE_MESSAGES.map((m) => parseSetMessage(structuredClone(m), LOOKUPS.isPlace))
			.filter((r) => r !== null)
			.flatMap((r) => r.problems);
		expect(said.length).toBeGreaterThan(10);
		expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
	});

	it('a good message after them is still read', () => {
		expect(parseSetMessage({ type: 'orbit:set', year: 1995 }, LOOKUPS.isPlace)).toEqual({
			command: { year: 1995 },
			problems: []
		});
	});
});

describe('hostile tour links', () => {
	for (const [name, payload, reason] of HOSTILE_TOURS) {
		it(`${name} is refused with its reason`, async () => {
			// As the page reads it from its address.
			const raw = new URLSearchParams(`year=1985&tour=${payload}`).get('tour')!;
			const read = await readTourLink(raw);
			expect('error' in read && read.error, name).toMatch(reason);
			expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
		});
	}

	it('a tour of markup is read as it is, to be shown as text', async () => {
		const read = await readTourLink(packTourPayload(MARKUP_TOUR));
		expect('doc' in read && read.doc.title).toBe(XSS[0]);
	});
});
