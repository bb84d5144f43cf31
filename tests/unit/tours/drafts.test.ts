import { describe, expect, it } from 'vitest';
import { DRAFTS_KEY, TourDrafts, blankTour } from '../../../src/lib/tours/drafts.svelte';

/** A Storage that keeps items in a Map, and can be made to refuse writes (a full quota). */
function memoryStorage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	let full = false;
	const storage = {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => {
			if (full) throw new DOMException('quota', 'QuotaExceededError');
			items.set(k, v);
		},
		removeItem: (k: string) => void items.delete(k),
		clear: () => items.clear(),
		key: () => null,
		length: 0
	} as Storage;
	return { storage, items, fill: () => (full = true) };
}

describe('TourDrafts', () => {
	it('keeps drafts across instances (a reload)', () => {
		const { storage } = memoryStorage();
		const a = new TourDrafts(storage);
		const id = a.create(blankTour());
		a.update(id, { ...blankTour(), title: 'Ports' });
		const b = new TourDrafts(storage);
		b.load();
		expect(b.list.map((d) => [d.id, d.doc.title])).toEqual([[id, 'Ports']]);
		b.remove(id);
		const c = new TourDrafts(storage);
		c.load();
		expect(c.list).toEqual([]);
	});

	it("keeps a scene's ask (the states it hides) in the draft and in the link's payload", async () => {
		const { storage } = memoryStorage();
		const a = new TourDrafts(storage);
		const doc = blankTour();
		doc.scenes[0] = { ...doc.scenes[0], states: ['VNM'], ask: ['VNM', 'CHN'] };
		const id = a.create(doc);
		const b = new TourDrafts(storage);
		b.load();
		expect(b.get(id)?.doc.scenes[0].ask).toEqual(['VNM', 'CHN']);
		const { packTour, unpackTour } = await import('../../../src/lib/tours/payload');
		const unpacked = await unpackTour(await packTour(b.get(id)!.doc));
		expect('text' in unpacked && JSON.parse(unpacked.text).scenes[0].ask).toEqual(['VNM', 'CHN']);
	});

	it('says when a draft cannot be saved, instead of losing it silently', () => {
		const { storage, fill } = memoryStorage();
		const drafts = new TourDrafts(storage);
		const id = drafts.create(blankTour());
		fill();
		drafts.update(id, { ...blankTour(), title: 'Too much' });
		expect(drafts.problem).toMatch(
			/could not be saved in this browser \(QuotaExceededError\): download it/
		);
		expect(drafts.get(id)?.doc.title).toBe('Too much'); // still in the page, to download
	});

	it('keeps a damaged store aside rather than overwriting it', () => {
		const { storage, items } = memoryStorage({ [DRAFTS_KEY]: '{not json' });
		const drafts = new TourDrafts(storage);
		drafts.load();
		expect(drafts.problem).toMatch(/damaged/);
		expect(items.get(`${DRAFTS_KEY}.damaged`)).toBe('{not json');
	});

	it('skips entries that are not drafts', () => {
		const good = { id: 'a', saved: '2026-01-01', doc: blankTour() };
		const { storage } = memoryStorage({ [DRAFTS_KEY]: JSON.stringify([good, { id: 3 }, null]) });
		const drafts = new TourDrafts(storage);
		drafts.load();
		expect(drafts.list).toEqual([good]);
	});
});
