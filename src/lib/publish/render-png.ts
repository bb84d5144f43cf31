/**
 * SVG to PNG at build time, in Node: resvg (a Rust renderer shipped as a prebuilt binary in its
 * npm package, so the build needs no browser) draws the SVG; text is drawn as outlines from the
 * site's own Noto Sans (the WOFF files of @fontsource/noto-sans, read by opentype.js), so no
 * system font or TTF is needed and every machine renders the same pixels.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { TextPath } from './preview-svg';

const require = createRequire(import.meta.url);

interface Font {
	getPath(text: string, x: number, y: number, size: number): { commands: Command[] };
	getAdvanceWidth(text: string, size: number): number;
}

/** A drawing command of opentype.js's paths. */
type Command =
	| { type: 'M' | 'L'; x: number; y: number }
	| { type: 'Q'; x1: number; y1: number; x: number; y: number }
	| { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
	| { type: 'Z' };

/**
 * The commands as SVG path data, to a tenth of a pixel. (opentype.js's own `toPathData` writes
 * `NaN` for some coordinates in version 2.0.0, which cuts the text short.)
 */
export function pathData(commands: readonly Command[]): string {
	const n = (v: number) => String(Math.round(v * 10) / 10);
	return commands
		.map((c) => {
			switch (c.type) {
				case 'M':
				case 'L':
					return `${c.type}${n(c.x)} ${n(c.y)}`;
				case 'Q':
					return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
				case 'C':
					return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
				default:
					return 'Z';
			}
		})
		.join('');
}

const fonts = new Map<number, Font>();

function font(weight: 400 | 600): Font {
	let f = fonts.get(weight);
	if (!f) {
		const opentype = require('opentype.js') as { parse(buffer: ArrayBufferLike): Font };
		const file = require.resolve(
			`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`
		);
		const buffer = readFileSync(file);
		f = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length));
		fonts.set(weight, f);
	}
	return f;
}

/** Text as outlines in Noto Sans (the Latin subset the site ships). */
export const notoText: TextPath = (text, x, y, size, weight) => {
	const f = font(weight);
	return {
		d: pathData(f.getPath(text, x, y, size).commands),
		width: f.getAdvanceWidth(text, size)
	};
};

/** The SVG drawn as a PNG at its own size. */
export function renderPng(svg: string): Buffer {
	return new Resvg(svg, { font: { loadSystemFonts: false }, shapeRendering: 2 }).render().asPng();
}
