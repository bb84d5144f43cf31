import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import {
	FAR_MODULES,
	QUIET_ZONE,
	addressCode,
	darkPath,
	qrMatrix,
	withoutTour,
	type QrMatrix
} from '$lib/qr/qr-matrix';

const VIEW = 'https://orbit.example/?year=1979&place=cam-ranh-bay#map=4/15/108';

/** Draws a matrix as a camera would see it (RGBA, `px` pixels a module) and reads it back. */
function decode({ size, dark }: QrMatrix, px = 4): string | undefined {
	const side = size * px;
	const rgba = new Uint8ClampedArray(side * side * 4);
	for (let y = 0; y < side; y++)
		for (let x = 0; x < side; x++) {
			const v = dark[Math.floor(y / px)][Math.floor(x / px)] ? 0 : 255;
			rgba.set([v, v, v, 255], (y * side + x) * 4);
		}
	return jsQR(rgba, side, side)?.data;
}

/** The modules a path paints, back as a grid (it only ever draws whole-module runs). */
function painted(d: string, size: number): boolean[][] {
	const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
	for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
		for (let i = 0; i < Number(w); i++) grid[Number(y)][Number(x) + i] = true;
	return grid;
}

describe('qrMatrix', () => {
	it('encodes an address that reads back exactly, inside a quiet zone of four modules', () => {
		const m = qrMatrix(VIEW)!;
		expect(decode(m)).toBe(VIEW);
		expect(m.dark).toHaveLength(m.size);
		const margin = [
			...m.dark.slice(0, QUIET_ZONE).flat(),
			...m.dark.slice(-QUIET_ZONE).flat(),
			...m.dark.flatMap((row) => [...row.slice(0, QUIET_ZONE), ...row.slice(-QUIET_ZONE)])
		];
		expect(margin.every((dark) => !dark)).toBe(true);
	});

	it('gives an ordinary view few modules, so each is large on a projector', () => {
		// Version 4: 33 modules and the quiet zone; about 21 px each in 900 px.
		expect(qrMatrix(VIEW)!.size).toBe(41);
	});

	it('holds up to 2,953 bytes and refuses more', () => {
		const longest = 'https://orbit.example/?tour=' + 'a'.repeat(2953 - 28);
		expect(decode(qrMatrix(longest)!, 2)).toBe(longest);
		expect(qrMatrix(longest + 'a')).toBeNull();
		// Counted in UTF-8 bytes, as the code stores them.
		expect(qrMatrix('é'.repeat(1477))).toBeNull();
	});
});

describe('darkPath', () => {
	it('paints exactly the dark modules, one rectangle per horizontal run', () => {
		const m = qrMatrix(VIEW)!;
		expect(painted(darkPath(m.dark), m.size)).toEqual(m.dark);
	});

	it('joins neighbours in a row and keeps runs on separate rows apart', () => {
		expect(
			darkPath([
				[true, true, false, true],
				[false, true, true, true]
			])
		).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 1h3v1h-3z');
		expect(darkPath([[false, false]])).toBe('');
	});
});

describe('addressCode', () => {
	it('reads an ordinary view from the back of the room', () => {
		expect(addressCode(VIEW)).toMatchObject({ text: VIEW, fit: 'far' });
	});

	it('still encodes a long address, densely, and says so', () => {
		const long = `${VIEW.replace('#', '&tour=' + 'x'.repeat(900) + '#')}`;
		const code = addressCode(long)!;
		expect(code).toMatchObject({ text: long, fit: 'dense' });
		expect(code.matrix.size).toBeGreaterThan(FAR_MODULES);
	});

	it('falls back to the view without the tour when no code can hold the tour', () => {
		const tour =
			'https://orbit.example/?year=1979&tour=' + 'x'.repeat(4000) + '&scene=t/2#map=4/15/108';
		const code = addressCode(tour)!;
		expect(code.fit).toBe('without-tour');
		expect(code.text).toBe('https://orbit.example/?year=1979#map=4/15/108');
		expect(decode(code.matrix)).toBe(code.text);
	});

	it('has nothing to show when even the view is too long', () => {
		expect(addressCode('https://orbit.example/?state=' + 'x'.repeat(4000))).toBeNull();
	});
});

describe('withoutTour', () => {
	it('leaves an address without a tour as it is', () => {
		expect(withoutTour(VIEW)).toBe(VIEW);
		expect(withoutTour('https://orbit.example/?scene=china/2')).toBe(
			'https://orbit.example/?scene=china/2'
		);
	});
});
