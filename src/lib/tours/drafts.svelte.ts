/**
 * The reader's tour drafts, kept in this browser's local storage so that a reload, a closed tab
 * or a lost connection never loses them. Nothing leaves the browser unless the reader shares it.
 * A draft that cannot be saved (storage full or switched off) is said, never dropped silently.
 */
import type { TourDocument } from './document';

export interface Draft {
	id: string;
	doc: TourDocument;
	/** When it was last changed (ISO time). */
	saved: string;
}

/** Now, as the drafts record it (a stamp, not state). */
const now = () => new Date(Date.now()).toISOString();

export const DRAFTS_KEY = 'orbit.tour-drafts.v1';

/** An empty tour to start from. */
export function blankTour(): TourDocument {
	return { type: 'orbit-tour', version: 1, title: 'My tour', scenes: [] };
}

function isDraft(value: unknown): value is Draft {
	const d = value as Draft | null;
	return (
		!!d &&
		typeof d.id === 'string' &&
		typeof d.saved === 'string' &&
		!!d.doc &&
		typeof d.doc.title === 'string' &&
		Array.isArray(d.doc.scenes)
	);
}

export class TourDrafts {
	list = $state<Draft[]>([]);
	/** Why the drafts could not be read or saved, in words for a notice; null when all is well. */
	problem = $state<string | null>(null);

	#storage: Storage | null;

	constructor(storage: Storage | null = globalThis.localStorage ?? null) {
		this.#storage = storage;
	}

	/** Reads the stored drafts; a damaged store is kept aside (not overwritten) and said. */
	load() {
		let raw: string | null = null;
		try {
			raw = this.#storage?.getItem(DRAFTS_KEY) ?? null;
		} catch {
			this.problem =
				'This browser does not let the atlas keep drafts: download your tour as a file to keep it.';
			return;
		}
		if (raw === null) return;
		try {
			const parsed: unknown = JSON.parse(raw);
			if (!Array.isArray(parsed)) throw new Error('not a list');
			this.list = parsed.filter(isDraft);
		} catch {
			this.#storage?.setItem(`${DRAFTS_KEY}.damaged`, raw);
			this.problem = `The saved tour drafts were damaged; they are kept aside under "${DRAFTS_KEY}.damaged".`;
		}
	}

	get(id: string): Draft | undefined {
		return this.list.find((d) => d.id === id);
	}

	/** Adds a draft of `doc` and returns its id. */
	create(doc: TourDocument): string {
		const id = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
		this.list = [{ id, doc, saved: now() }, ...this.list];
		this.#persist();
		return id;
	}

	update(id: string, doc: TourDocument) {
		this.list = this.list.map((d) => (d.id === id ? { id, doc, saved: now() } : d));
		this.#persist();
	}

	remove(id: string) {
		this.list = this.list.filter((d) => d.id !== id);
		this.#persist();
	}

	#persist() {
		try {
			this.#storage?.setItem(DRAFTS_KEY, JSON.stringify($state.snapshot(this.list)));
			this.problem = null;
		} catch (e) {
			this.problem = `Your tour draft could not be saved in this browser (${(e as Error).name}): download it as a file to keep it.`;
		}
	}
}
