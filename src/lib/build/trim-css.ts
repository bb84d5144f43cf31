/**
 * Build-time trimming of MapLibre's stylesheet: it styles every control MapLibre offers, with
 * inline SVG icons for each (logo, compass, geolocate, globe, terrain, fullscreen), about 10 KB
 * gzipped. The atlas uses the zoom buttons and the attribution only, so rules for the others
 * are dropped (used by vite.config.ts; pure, tested in Node).
 */

/** Selectors of MapLibre controls the atlas never adds. */
export const UNUSED_MAPLIBRE_CONTROLS =
	/ctrl-logo|ctrl-geolocate|user-location|ctrl-globe|ctrl-terrain|ctrl-fullscreen|ctrl-shrink|ctrl-compass|ctrl-scale|maplibregl-ctrl-top-left|maplibregl-ctrl-bottom-left/;

/**
 * Removes every selector matching `unused` from the stylesheet's rules (a rule left with none
 * goes), inside @media and @supports blocks too; a block left empty goes as well. Throws on unbalanced braces rather than emit broken CSS.
 */
export function dropRules(css: string, unused: RegExp): string {
	const out: string[] = [];
	let i = 0;
	while (i < css.length) {
		const open = css.indexOf('{', i);
		if (open === -1) {
			out.push(css.slice(i));
			break;
		}
		const prelude = css.slice(i, open);
		const close = matchingBrace(css, open);
		const body = css.slice(open + 1, close);
		if (prelude.trim().startsWith('@media') || prelude.trim().startsWith('@supports')) {
			const inner = dropRules(body, unused);
			if (inner.trim()) out.push(`${prelude}{${inner}}`);
		} else {
			// A selector list keeps the selectors still in use.
			const kept = prelude.split(',').filter((sel) => !unused.test(sel));
			if (kept.length) out.push(`${kept.join(',')}{${body}}`);
		}
		i = close + 1;
	}
	return out.join('');
}

function matchingBrace(css: string, open: number): number {
	let depth = 0;
	for (let j = open; j < css.length; j++) {
		if (css[j] === '{') depth++;
		else if (css[j] === '}' && --depth === 0) return j;
	}
	throw new Error(`trim-css: unbalanced braces after offset ${open}`);
}
