/**
 * The page's address as a reactive value, for what shows it while it changes (the QR view).
 *
 * Two writers change it without telling anyone: UrlSync, through SvelteKit's replaceState and
 * pushState (which leave `page.url` as the page was loaded), and MapLibre's hash, which calls
 * history.replaceState itself, throttled, after a move ends. The Navigation API's
 * `currententrychange` fires for both, and for Back and Forward. Where a browser lacks it,
 * popstate and hashchange still bring the address up to date on Back, Forward and a typed hash.
 */
import { on } from 'svelte/events';
import { createSubscriber } from 'svelte/reactivity';

const subscribe = createSubscriber((update) => {
	const offs = [on(window, 'popstate', update), on(window, 'hashchange', update)];
	if (typeof navigation !== 'undefined') offs.push(on(navigation, 'currententrychange', update));
	return () => offs.forEach((off) => off());
});

export const pageAddress = {
	/** `location.href`, re-read whenever the history entry changes. */
	get href(): string {
		subscribe();
		return location.href;
	}
};
