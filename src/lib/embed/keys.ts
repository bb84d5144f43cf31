/**
 * Which keys an embed keeps and which it passes to its host page (as `orbit:key`), so a slide
 * deck's clicker and arrow keys go on working after the reader has clicked into the map.
 * Pure: tested in Node.
 */

/** What a presentation clicker sends: outside a tour the embed never uses them. */
export const CLICKER_KEYS = ['PageDown', 'PageUp'];

/** Named keys a deck listens for (reveal.js: next, previous, first, last, overview). */
const DECK_KEYS = new Set([
	'ArrowLeft',
	'ArrowRight',
	'ArrowUp',
	'ArrowDown',
	'Home',
	'End',
	' ',
	'Escape'
]);

/** Elements that use keys themselves: a key typed there stays in the embed. */
const USES_KEYS =
	'input, select, textarea, button, a[href], summary, canvas, [contenteditable], [role="slider"], [role="button"], [role="toolbar"], [tabindex]:not([tabindex="-1"]), dialog';

export interface KeyEventLike {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	defaultPrevented: boolean;
	target: EventTarget | null;
}

/** A browser or system shortcut, or a key that moves focus: never the host's. */
function isOwnKey(e: KeyEventLike): boolean {
	return e.altKey || e.ctrlKey || e.metaKey || e.key === 'Tab' || e.key === 'Enter';
}

/** Before the embed's own handlers: the clicker's keys go to the host, unless a tour steps. */
export function isHostKeyFirst(e: KeyEventLike, inTour: boolean): boolean {
	return !inTour && !isOwnKey(e) && CLICKER_KEYS.includes(e.key);
}

/** After them: a key nothing in the embed used, typed where nothing uses keys. */
export function isHostKeyAfter(e: KeyEventLike): boolean {
	if (e.defaultPrevented || isOwnKey(e)) return false;
	if (!DECK_KEYS.has(e.key) && !/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(e.key)) return false;
	const el = e.target as Element | null;
	return !(el && typeof el.closest === 'function' && el.closest(USES_KEYS));
}
