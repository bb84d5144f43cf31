import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNUSED_MAPLIBRE_CONTROLS, dropRules } from '$lib/build/trim-css';

describe('trimming MapLibre’s stylesheet', () => {
	it('drops unused selectors from a list and keeps the rest of the rule', () => {
		const css = '.a,.maplibregl-ctrl-logo{color:red}.b{color:blue}';
		expect(dropRules(css, UNUSED_MAPLIBRE_CONTROLS)).toBe('.a{color:red}.b{color:blue}');
	});

	it('empties @media blocks of unused rules and removes a block left empty', () => {
		const css =
			'@media (forced-colors:active){.maplibregl-ctrl-logo{x:1}}@media print{.keep{x:2}.maplibregl-ctrl-compass{x:3}}';
		expect(dropRules(css, UNUSED_MAPLIBRE_CONTROLS)).toBe('@media print{.keep{x:2}}');
	});

	it('refuses unbalanced input instead of emitting broken CSS', () => {
		expect(() => dropRules('.a{color:red', UNUSED_MAPLIBRE_CONTROLS)).toThrow(/unbalanced/);
	});

	it('keeps the zoom buttons, the attribution and the map canvas, and loses the logo', () => {
		const css = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
		const out = dropRules(css, UNUSED_MAPLIBRE_CONTROLS);
		for (const kept of [
			'.maplibregl-ctrl-zoom-in',
			'.maplibregl-ctrl-zoom-out',
			'.maplibregl-ctrl-attrib-button',
			'.maplibregl-ctrl-top-right',
			'.maplibregl-ctrl-bottom-right',
			'.maplibregl-canvas'
		])
			expect(out, kept).toContain(kept);
		expect(out).not.toContain('ctrl-logo');
		expect(out.length).toBeLessThan(css.length / 3);
	});
});
