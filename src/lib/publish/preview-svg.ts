/**
 * A link preview's picture as SVG: the map of Asia in one year's colours, with borders, the
 * scene's outlined states, the year and a title, and the legend. Pure (no fonts, no files): the
 * caller hands in the polities and a function that turns text into outline paths.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { HIDDEN_COLOUR, RELATION_CLASSES, UNCODED_COLOUR } from '$lib/codebook/classes';
import { classOfPolityIn, isDrawnIn, type PolityProps } from '$lib/map/polities';
import { BORDER_COLOUR, SEA_COLOUR } from '$lib/map/style';
import { projector, type View } from '$lib/map/mercator';
import { PAPER } from './icons';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export type PolityFeature = Feature<Polygon | MultiPolygon, PolityProps>;

/** Text as outline paths: `d` for an SVG path and the advance width, at `size` px from (x, y). */
export type TextPath = (
	text: string,
	x: number,
	y: number,
	size: number,
	weight: 400 | 600
) => { d: string; width: number };

export interface PreviewInput {
	polities: readonly PolityFeature[];
	year: number;
	view: View;
	/** Coded states to outline (a tour scene's). */
	outlined?: readonly string[];
	/** Coded states whose class is not shown (a scene that asks the room): the "?" fill. */
	hidden?: readonly string[];
	/** The line above the year, e.g. "Asia and Moscow" or a tour's title. */
	heading: string;
	text: TextPath;
}

const INK = '#1d1d1d';

/** The fill of a polity in a year: its class's colour, the hatch, or the uncoded neutral. */
export function fillOf(polity: PolityProps, year: number): string {
	const id = classOfPolityIn(polity, year);
	if (id === undefined) return UNCODED_COLOUR;
	if (id === 'dependent') return 'url(#hatch)';
	return RELATION_CLASSES.find((c) => c.id === id)!.colour;
}

export function previewSvg(input: PreviewInput): string {
	const W = PREVIEW_WIDTH;
	const H = PREVIEW_HEIGHT;
	const project = projector(input.view, W, H);
	const outlined = new Set(input.outlined ?? []);
	const hidden = new Set(input.hidden ?? []);
	const fills: string[] = [];
	const outlines: string[] = [];
	for (const f of input.polities) {
		if (!isDrawnIn(f.properties, input.year)) continue;
		const d = pathOf(f.geometry, project, W, H);
		if (!d) continue;
		const fill = hidden.has(f.properties.state) ? 'url(#ask)' : fillOf(f.properties, input.year);
		fills.push(`<path d="${d}" fill="${fill}"/>`);
		if (outlined.has(f.properties.state)) outlines.push(`<path d="${d}"/>`);
	}
	const dependent = RELATION_CLASSES.find((c) => c.id === 'dependent')!.colour;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
		'<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse">',
		`<rect width="8" height="8" fill="${dependent}"/>`,
		'<path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" stroke="#5a544c" stroke-opacity="0.8" stroke-width="1.5"/>',
		'</pattern>',
		hidden.size ? askPattern(input.text) : '',
		'</defs>',
		`<rect width="${W}" height="${H}" fill="${SEA_COLOUR}"/>`,
		`<g fill-rule="evenodd" stroke="${BORDER_COLOUR}" stroke-width="0.8" stroke-linejoin="round">`,
		...fills,
		'</g>',
		outlines.length
			? `<g fill="none" stroke-linejoin="round"><g stroke="#ffffff" stroke-width="5">${outlines.join('')}</g><g stroke="#111111" stroke-width="2.2">${outlines.join('')}</g></g>`
			: '',
		titlePanel(input),
		legend(input.text, W, H),
		'</svg>'
	].join('');
}

/** The heading and the year in a panel at the top left. */
function titlePanel({ heading, year, text }: PreviewInput): string {
	const head = text(heading, 28, 58, 30, 600);
	const big = text(String(year), 26, 136, 72, 600);
	const width = Math.ceil(Math.max(head.width, big.width)) + 40;
	return [
		`<rect x="8" y="8" width="${width}" height="150" rx="10" fill="${PAPER}" fill-opacity="0.93"/>`,
		`<path d="${head.d}" fill="${INK}"/>`,
		`<path d="${big.d}" fill="#67001f"/>`
	].join('');
}

/** The eight classes along the bottom edge, swatch and name. */
function legend(text: TextPath, W: number, H: number): string {
	const size = 19;
	const swatch = 20;
	const gap = 18;
	const y = H - 22;
	const items = RELATION_CLASSES.map((c) => ({ c, label: text(c.label, 0, 0, size, 400) }));
	const total =
		items.reduce((sum, i) => sum + swatch + 7 + i.label.width, 0) + gap * (items.length - 1);
	let x = (W - total) / 2;
	const parts = [
		`<rect x="${Math.floor(x - 16)}" y="${H - 52}" width="${Math.ceil(total + 32)}" height="44" rx="10" fill="${PAPER}" fill-opacity="0.93"/>`
	];
	for (const { c } of items) {
		const fill = c.id === 'dependent' ? 'url(#hatch)' : c.colour;
		parts.push(
			`<rect x="${x.toFixed(1)}" y="${y - 16}" width="${swatch}" height="${swatch}" fill="${fill}" stroke="${BORDER_COLOUR}" stroke-width="1"/>`
		);
		const label = text(c.label, x + swatch + 7, y, size, 400);
		parts.push(`<path d="${label.d}" fill="${INK}"/>`);
		x += swatch + 7 + label.width + gap;
	}
	return parts.join('');
}

/**
 * An SVG path for a polygon geometry, in image pixels rounded to a tenth, with points that fall
 * on the previous one dropped; null when it lies wholly outside the image.
 */
export function pathOf(
	geometry: Polygon | MultiPolygon,
	project: (lon: number, lat: number) => [number, number],
	width: number,
	height: number
): string | null {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const out: string[] = [];
	for (const rings of polygons) {
		const projected = rings.map((ring) => ring.map(([lon, lat]) => project(lon, lat)));
		const outer = projected[0];
		const xs = outer.map((p) => p[0]);
		const ys = outer.map((p) => p[1]);
		if (
			Math.max(...xs) < 0 ||
			Math.min(...xs) > width ||
			Math.max(...ys) < 0 ||
			Math.min(...ys) > height
		)
			continue;
		for (const ring of projected) {
			let last = '';
			const points: string[] = [];
			for (const [x, y] of ring) {
				const p = `${x.toFixed(1)} ${y.toFixed(1)}`;
				if (p !== last) points.push(p);
				last = p;
			}
			if (points.length >= 3) out.push(`M${points.join('L')}Z`);
		}
	}
	return out.length ? out.join('') : null;
}

/** The "?" fill of a state the scene asks about, as the map draws it (map/patterns.ts). */
function askPattern(text: TextPath): string {
	const mark = text('?', 6, 17, 14, 600).d;
	return [
		'<pattern id="ask" width="22" height="22" patternUnits="userSpaceOnUse">',
		`<rect width="22" height="22" fill="${HIDDEN_COLOUR}"/>`,
		`<path d="${mark}" fill="#3b3833"/>`,
		'</pattern>'
	].join('');
}
