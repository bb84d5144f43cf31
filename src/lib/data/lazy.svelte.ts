/**
 * Data the first view does not need (reasons, citations, event texts, tour scenes), fetched from
 * the site's own hashed files on first use, or ahead of it once the map has settled.
 * `value` is reactive: whatever reads it re-renders when the data arrives.
 */
export interface Lazy<T> {
	/** The data, once it has arrived. */
	readonly value: T | undefined;
	/** Why it could not be loaded, in words for a notice. */
	readonly error: string | undefined;
	/** Starts the fetch (once) and resolves with the data. */
	load(): Promise<T>;
	/** Supplies the data directly (Node tests, server routes). */
	provide(value: T): void;
}

export function lazyJson<T>(url: string, what: string): Lazy<T> {
	let value = $state.raw<T | undefined>(undefined);
	let error = $state.raw<string | undefined>(undefined);
	let pending: Promise<T> | undefined;
	return {
		get value() {
			return value;
		},
		get error() {
			return error;
		},
		load() {
			if (value !== undefined) return Promise.resolve(value);
			pending ??= fetch(url)
				.then((r) => {
					if (!r.ok) throw new Error(`HTTP ${r.status}`);
					return r.json() as Promise<T>;
				})
				.then((v) => (value = v))
				.catch((e: unknown) => {
					pending = undefined; // a later use may try again
					error = `Could not load ${what} (${e instanceof Error ? e.message : String(e)}).`;
					throw e;
				});
			return pending;
		},
		provide(v) {
			value = v;
			error = undefined;
		}
	};
}
