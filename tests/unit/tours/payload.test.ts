import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_CHARS, packTour, unpackTour } from '../../../src/lib/tours/payload';
import type { TourDocument } from '../../../src/lib/tours/document';

const doc: TourDocument = {
	type: 'orbit-tour',
	version: 1,
	title: 'Việt Nam and Moscow — 越南',
	scenes: [{ title: 'Cam Ranh', year: 1979, note: 'Soviet ships arrive.', states: ['VNM'] }]
};

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('packTour and unpackTour', () => {
	it('round-trip a document, Unicode included, as base64url without padding', async () => {
		const payload = await packTour(doc);
		expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await unpackTour(payload)).toEqual({ text: JSON.stringify(doc) });
	});

	it('writes raw DEFLATE, so any deflate-raw implementation reads it', async () => {
		const payload = await packTour(doc);
		const fromNode = b64url(deflateRawSync(Buffer.from(JSON.stringify(doc))));
		expect(await unpackTour(fromNode)).toEqual(await unpackTour(payload));
	});

	it('packs a typical ten-scene tour into a link of a few KB', async () => {
		const scene = {
			title: 'A scene title',
			year: 1979,
			view: { center: [108, 12] as [number, number], zoom: 4 },
			note: 'A note of a few sentences about what the room should look at. '.repeat(4),
			citations: ['mazyrin-2012#mazyrin-3']
		};
		const payload = await packTour({
			...doc,
			scenes: Array.from({ length: 10 }, (_, i) => ({ ...scene, year: 1950 + i * 7 }))
		});
		expect(payload.length).toBeLessThan(3000);
	});

	it.each([
		['', 'the link carries no tour'],
		['not base64!', 'the link is damaged (it is not base64url text; was it cut or retyped?)'],
		['abcde', 'the link is damaged (it is not base64url text; was it cut or retyped?)'],
		['AAAA', 'the link is damaged (it does not unpack; was it cut short?)'],
		['x'.repeat(MAX_PAYLOAD_CHARS + 1), 'the link is longer than any tour this atlas writes']
	])('rejects %j', async (payload, error) => {
		expect(await unpackTour(payload)).toEqual({ error });
	});

	it('stops unpacking a bomb at 64 KB', async () => {
		const bomb = b64url(deflateRawSync(Buffer.alloc(50 * 1024 * 1024, 32)));
		expect(bomb.length).toBeLessThan(MAX_PAYLOAD_CHARS);
		expect(await unpackTour(bomb)).toEqual({
			error: 'it unpacks to more than 64 KB, the most a tour may hold'
		});
	});

	it('refuses bytes that are not UTF-8 text', async () => {
		expect(await unpackTour(b64url(deflateRawSync(Buffer.from([0xff, 0xfe, 0x00]))))).toEqual({
			error: 'it does not unpack to text'
		});
	});

	it('a cut link fails cleanly', async () => {
		const payload = await packTour(doc);
		const r = await unpackTour(payload.slice(0, payload.length - 8));
		expect('error' in r).toBe(true);
	});
});
