import { describe, expect, it } from 'vitest';
import { isHostKeyAfter, isHostKeyFirst, type KeyEventLike } from '$lib/embed/keys';

/** A key pressed on an element: the least of a DOM the rules read (closest). */
function on(selector: string | null, key: string, extra: Partial<KeyEventLike> = {}): KeyEventLike {
	const target =
		selector === null
			? null
			: { closest: (s: string) => (s.split(', ').includes(selector) ? {} : null) };
	return {
		key,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		defaultPrevented: false,
		target: target as unknown as EventTarget,
		...extra
	};
}

describe('keys an embed passes to its host', () => {
	it('gives a clicker’s PageDown and PageUp to the host, wherever focus is, unless a tour steps', () => {
		for (const key of ['PageDown', 'PageUp']) {
			expect(isHostKeyFirst(on('input', key), false)).toBe(true);
			expect(isHostKeyFirst(on(null, key), false)).toBe(true);
			expect(isHostKeyFirst(on(null, key), true)).toBe(false);
		}
		expect(isHostKeyFirst(on(null, 'ArrowRight'), false)).toBe(false);
		expect(isHostKeyFirst(on(null, 'PageDown', { ctrlKey: true }), false)).toBe(false);
	});

	it('passes on a deck’s keys that nothing in the embed used', () => {
		for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'Home', 'End', 'Escape', 'n', 'b', '.', 'F'])
			expect(isHostKeyAfter(on(null, key)), key).toBe(true);
	});

	it('keeps keys that a control, the map or the embed itself used', () => {
		for (const el of ['input', 'select', 'button', 'canvas', '[role="slider"]', 'summary'])
			expect(isHostKeyAfter(on(el, 'ArrowRight')), el).toBe(false);
		expect(isHostKeyAfter(on(null, ' ', { defaultPrevented: true }))).toBe(false);
	});

	it('never passes on focus keys, shortcuts or keys no deck uses', () => {
		for (const key of ['Tab', 'Enter', 'Shift', 'F5', 'Dead'])
			expect(isHostKeyAfter(on(null, key)), key).toBe(false);
		expect(isHostKeyAfter(on(null, 'r', { ctrlKey: true }))).toBe(false);
		expect(isHostKeyAfter(on(null, 'ArrowLeft', { altKey: true }))).toBe(false);
	});
});
