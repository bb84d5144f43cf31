/**
 * The layout's breakpoints, for script. The stylesheets use the same numbers in their @media
 * rules (custom properties cannot be used there); see src/app.css.
 */

/** At or below this width the site is one column: title, map, slider, then the side panel. */
export const PHONE_MAX_WIDTH = 720;

/**
 * An embed at least this large opens its legend from the start; a smaller one (a slide's column,
 * a course page at 640 x 400) keeps it folded, so the map is the first thing seen.
 */
export const EMBED_LEGEND_OPEN = { minWidth: PHONE_MAX_WIDTH, minHeight: 450 };

export function embedLegendOpen(width: number, height: number): boolean {
	return width >= EMBED_LEGEND_OPEN.minWidth && height >= EMBED_LEGEND_OPEN.minHeight;
}
