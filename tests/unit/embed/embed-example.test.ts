/**
 * The example pages' messages (static/embed-example.html, static/reveal-example.html): every
 * button and slide asks for what the embed accepts, and the reader's tour they carry opens.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSetMessage } from '$lib/embed/messages';
import { LOOKUPS } from '$lib/tours/lookups';
import { readTourLink } from '$lib/tours/shared-tour';

const page = readFileSync('static/embed-example.html', 'utf8');
const buttons = [...page.matchAll(/data-set='([^']*)'/g)].map((m) => JSON.parse(m[1]));

describe('the embed example', () => {
	it('has buttons for the reading, a scene and a tour', () => {
		expect(buttons).toContainEqual({ reading: 'formal' });
		expect(buttons).toContainEqual({ scene: 'china/2' });
		expect(buttons).toContainEqual({ tour: null });
		expect(buttons.filter((b) => typeof b.tour === 'string')).toHaveLength(1);
	});

	it.each(buttons.map((b) => [JSON.stringify(b).slice(0, 60), b]))(
		'sends %s, which the embed reads whole',
		(_, fields) => {
			const read = parseSetMessage(
				{ type: 'orbit:set', ...fields },
				LOOKUPS.isPlace,
				LOOKUPS.sceneCount
			);
			expect(read?.problems).toEqual([]);
			expect(Object.keys(read!.command).sort()).toEqual(Object.keys(fields).sort());
		}
	);

	it("carries a reader's tour that opens", async () => {
		const { tour } = buttons.find((b) => typeof b.tour === 'string');
		const read = await readTourLink(tour);
		expect('doc' in read && read.doc.scenes.map((s) => s.year)).toEqual([1960, 1985]);
	});
});

describe('the reveal.js example deck', () => {
	const deck = readFileSync('static/reveal-example.html', 'utf8');

	it('switches one slide to the formal reading and waits for its scene by the scene alone', () => {
		expect(deck).toMatch(/<section[^>]*data-orbit-reading="formal"/);
		const scene = /<section([^>]*data-orbit-scene="china\/2"[^>]*)>/.exec(deck);
		expect(scene?.[1]).not.toContain('data-orbit-year');
	});
});
