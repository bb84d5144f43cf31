import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { contrastRatio, simulateDeficiency } from '$lib/a11y/colour';
import { CONTESTED_MARK, markBand, markReach, type Zoom } from '$lib/relations/contested-mark';
import { RELATION_CLASSES } from '$lib/codebook/classes';
import { LAYERS, atlasStyle } from '$lib/map/style';

/**
 * WCAG 2.x 1.4.11 asks 3:1 of the graphical objects needed to understand content, and the mark
 * is one: it says "this coding is disputed". Contrast ratio is computed from luminance alone, so a
 * pair that passes here passes on a greyscale print too; the test also runs on greyscale colours
 * to make that explicit.
 */
const NON_TEXT = 3;
const ZOOMS: Zoom[] = ['z2', 'z6'];

/** The share of a square state, `side` pixels across, that the keyline's band covers. */
function coveredShare(side: number, zoom: Zoom): number {
	const outer = markReach(zoom);
	const inner = outer - markBand(zoom);
	return ((side - 2 * inner) ** 2 - (side - 2 * outer) ** 2) / side ** 2;
}

describe('the contested mark', () => {
	it.each(RELATION_CLASSES.map((c) => [c.id, c.colour]))(
		'shows on %s (%s), in colour and in greyscale',
		(_, colour) => {
			for (const see of [(c: string) => c, (c: string) => simulateDeficiency(c, 'achromatopsia')]) {
				const best = Math.max(
					contrastRatio(see(colour), see(CONTESTED_MARK.dark)),
					contrastRatio(see(colour), see(CONTESTED_MARK.light))
				);
				expect(best).toBeGreaterThanOrEqual(NON_TEXT);
			}
		}
	);

	it('has dashes that read against their own casing', () => {
		expect(contrastRatio(CONTESTED_MARK.dark, CONTESTED_MARK.light)).toBeGreaterThanOrEqual(
			NON_TEXT * 3
		);
	});

	it.each(ZOOMS)('at %s stays a thin band near the border', (zoom) => {
		// At most 4 px wide and 5 px in from the border: the interior keeps the class colour.
		expect(markBand(zoom)).toBeLessThanOrEqual(4);
		expect(markReach(zoom)).toBeLessThanOrEqual(5);
		// Starts inside the state, not on the border line.
		expect(markReach(zoom) - markBand(zoom)).toBeGreaterThan(0);
		// India, about 100 px across at zoom 2 and 16 times that at zoom 6, keeps more than 90%
		// of its fill; the dots this mark replaces covered 12% of every state, large or small.
		expect(coveredShare(zoom === 'z2' ? 100 : 1600, zoom)).toBeLessThan(0.1);
	});

	it('is drawn by line layers on the polities, after the fills and before the borders', () => {
		const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
		const style = atlasStyle({ polities: empty, labels: empty, fontUrl: 'http://x/f.woff2' });
		const ids = style.layers.map((l) => l.id);
		for (const id of [LAYERS.contestedCasing, LAYERS.contested]) {
			const layer = style.layers.find((l) => l.id === id)!;
			expect(layer).toMatchObject({ type: 'line', source: 'polities' });
			expect(ids.indexOf(id)).toBeGreaterThan(ids.indexOf(LAYERS.fill));
			expect(ids.indexOf(id)).toBeLessThan(ids.indexOf(LAYERS.border));
		}
		expect(ids.indexOf(LAYERS.contestedCasing)).toBeLessThan(ids.indexOf(LAYERS.contested));
	});
});
