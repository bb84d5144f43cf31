/**
 * The installed app opens at the reader's last view. An installed app always starts at its bare
 * address (the manifest's start_url); the atlas keeps its whole view in the address (the query
 * and the #map= hash), so the page keeps that part of the address in local storage whenever it
 * is hidden or left, and an app launched at the bare address goes back to it. In a browser tab a
 * bare address stays the default view: only the installed app (display-mode standalone) restores.
 */
export const LAST_VIEW_KEY = 'orbit:last-view';

/** Longer than any address the atlas writes (a tour link stays under about 10,000 characters). */
const MAX_KEPT = 20_000;

/** The part of the address to restore: the query and the hash, as the page wrote them. */
export function viewToKeep(search: string, hash: string): string {
	return `${search}${hash}`;
}

/**
 * Where an app launched at `search` + `hash` should go instead, or null to stay: only a bare
 * launch of the installed app, and only back to a query or a hash of this page.
 */
export function viewToRestore(
	search: string,
	hash: string,
	standalone: boolean,
	kept: string | null
): string | null {
	if (!standalone || search || hash || !kept) return null;
	if (!/^[?#]/.test(kept) || kept.length > MAX_KEPT) return null;
	return kept;
}

/**
 * On the atlas's page: goes back to the kept view if this is the installed app's bare launch, and
 * keeps the view whenever the page is hidden. Storage that refuses (a sandboxed frame, a private
 * mode) leaves the app at its default view.
 */
export function keepLastView(): void {
	let storage: Storage;
	try {
		storage = localStorage;
		const target = viewToRestore(
			location.search,
			location.hash,
			matchMedia('(display-mode: standalone)').matches,
			storage.getItem(LAST_VIEW_KEY)
		);
		if (target) location.replace(target);
	} catch {
		return;
	}
	const keep = () => {
		try {
			storage.setItem(LAST_VIEW_KEY, viewToKeep(location.search, location.hash));
		} catch {
			// Full or refused: the next launch opens the default view.
		}
	};
	addEventListener('pagehide', keep);
	addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') keep();
	});
}
