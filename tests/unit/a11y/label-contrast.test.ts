/**
 * Every label reads on every fill it can sit on: its ink against its halo laid over that fill.
 * The halo is what sits right behind the letters (1.2-1.8 px round each stroke), so the pair
 * that must contrast is the ink and the halo composited on the fill: on the darkest class, on a
 * border line, on the dependent hatch and the contested keyline, on the sea, and on black.
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex, toHex, type Rgb } from '$lib/a11y/colour';
import { RELATION_CLASSES, UNCODED_COLOUR } from '$lib/codebook/classes';
import { BORDER_COLOUR, SEA_COLOUR } from '$lib/map/style';
import { LABEL_INK } from '$lib/map/label-layers';
import { CONTESTED_MARK } from '$lib/relations/contested-mark';
import type { LabelKind } from '$lib/map/labels';

/** WCAG 2.x 1.4.3 (AA) for normal-size text; labels are small text seen from afar. */
const MIN_CONTRAST = 4.5;

function rgba(colour: string): [Rgb, number] {
	const m = colour.match(/^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/);
	if (m) return [[Number(m[1]), Number(m[2]), Number(m[3])], Number(m[4])];
	return [parseHex(colour), 1];
}

/** `top` (with its alpha) laid over an opaque `under`. */
function over(top: string, under: string): string {
	const [c, a] = rgba(top);
	const u = parseHex(under);
	return toHex(c.map((v, i) => Math.round(v * a + u[i] * (1 - a))) as unknown as Rgb);
}

const FILLS: Record<string, string> = {
	...Object.fromEntries(RELATION_CLASSES.map((c) => [c.id, c.colour])),
	'not coded': UNCODED_COLOUR,
	sea: SEA_COLOUR,
	border: BORDER_COLOUR,
	// The dependent hatch's ink (patterns.ts), the contested keyline's two inks, and black for
	// anything darker.
	hatch: '#5a544c',
	'contested dash': CONTESTED_MARK.dark,
	'contested casing': CONTESTED_MARK.light,
	black: '#000000'
};

describe('label contrast', () => {
	for (const kind of Object.keys(LABEL_INK) as LabelKind[])
		it(`${kind} names read on every fill (ink on halo over fill ≥ ${MIN_CONTRAST}:1)`, () => {
			const { text, halo } = LABEL_INK[kind];
			for (const [name, fill] of Object.entries(FILLS)) {
				const ratio = contrastRatio(text, over(halo, fill));
				expect(ratio, `${kind} on ${name} (${fill})`).toBeGreaterThanOrEqual(MIN_CONTRAST);
			}
		});

	it('gives every label a halo at least 1 px wide', () => {
		for (const ink of Object.values(LABEL_INK)) expect(ink.haloWidth).toBeGreaterThanOrEqual(1);
	});

	it('composites a translucent halo as the eye sees it', () => {
		expect(over('rgba(255, 255, 255, 0.5)', '#000000')).toBe('#808080');
		expect(over('#ffffff', '#67001f')).toBe('#ffffff');
	});
});
