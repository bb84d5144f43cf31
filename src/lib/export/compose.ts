/**
 * Turns a map snapshot into a slide-ready image or video frame: the map full-bleed, with the
 * title and year, the legend, a source line and, for a tour scene, its note and citation drawn
 * onto it.
 */
import { RELATION_CLASSES, relationClass } from '$lib/codebook/classes';
import { CONTESTED_MARK } from '$lib/relations/contested-mark';
import { citationLine, parseCitation } from '$lib/sources/sources';
import { downloadBlob } from '$lib/ui/download';
import type { Reading } from '$lib/codebook/readings';

export interface Overlay {
	year: number;
	title: string;
	/** Named beside the year when it is not the default (assessed) reading. */
	reading?: Reading;
	scene?: { title: string; note: string; citations: string[] };
}

const FONT = '"Noto Sans", system-ui, sans-serif';
export const SOURCE_LINE =
	'Orbit atlas · Sources: The Diplomat, “Asia After the Soviet Union” (2021); V. Mazyrin, “Russia and Vietnam” (2012); dated records · Borders: Natural Earth';

/** Lines of at most `width` pixels (greedy word wrap). */
export function wrap(
	ctx: Pick<CanvasRenderingContext2D, 'measureText'>,
	text: string,
	width: number
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (ctx.measureText(next).width > width && line) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
	ctx.fillStyle = 'rgba(251, 250, 247, 0.94)';
	ctx.strokeStyle = '#8a857c';
	ctx.lineWidth = 1;
	ctx.beginPath();
	ctx.roundRect(x, y, w, h, 8);
	ctx.fill();
	ctx.stroke();
}

/**
 * The legend's swatch of the contested mark, as the map draws it (relations/contested-mark.ts): dark
 * dashes on a light casing just inside the edge of a state, here one in the partner colour.
 */
function drawContestedSwatch(ctx: CanvasRenderingContext2D, x: number, y: number, s: number) {
	const m = CONTESTED_MARK;
	const [w, h, inset] = [26 * s, 20 * s, 4.5 * s];
	ctx.fillStyle = relationClass('partner').colour;
	ctx.fillRect(x, y, w, h);
	ctx.strokeStyle = '#555';
	ctx.lineWidth = 1;
	ctx.strokeRect(x, y, w, h);
	const keyline = () => ctx.strokeRect(x + inset, y + inset, w - 2 * inset, h - 2 * inset);
	ctx.strokeStyle = m.light;
	ctx.lineWidth = (m.width.z6 + 2 * m.casing.z6) * s;
	keyline();
	ctx.strokeStyle = m.dark;
	ctx.lineWidth = m.width.z6 * s;
	ctx.setLineDash(m.dash.map((d) => d * m.width.z6 * s));
	keyline();
	ctx.setLineDash([]);
	ctx.lineWidth = 1;
}

export function composeImage(map: HTMLCanvasElement, overlay: Overlay): HTMLCanvasElement {
	const canvas = document.createElement('canvas');
	canvas.width = map.width;
	canvas.height = map.height;
	drawComposition(canvas.getContext('2d')!, map, overlay);
	return canvas;
}

/**
 * Draws the map and its overlay onto `ctx`, whose canvas has the map's size. A video draws each
 * year into one canvas this way rather than making a canvas per frame.
 */
export function drawComposition(
	ctx: CanvasRenderingContext2D,
	map: HTMLCanvasElement,
	overlay: Overlay
) {
	const { width, height } = map;
	const s = Math.max(0.6, Math.min(width / 1920, height / 1080) * 1.0); // scale for type
	ctx.drawImage(map, 0, 0);
	const pad = 24 * s;

	// Title and year, top left.
	ctx.font = `600 ${30 * s}px ${FONT}`;
	const titleWidth = ctx.measureText(overlay.title).width;
	ctx.font = `600 ${64 * s}px ${FONT}`;
	const yearWidth = ctx.measureText(String(overlay.year)).width;
	const readingText = overlay.reading === 'formal' ? 'formal reading' : '';
	ctx.font = `${24 * s}px ${FONT}`;
	const readingWidth = readingText ? ctx.measureText(readingText).width + 16 * s : 0;
	panel(ctx, pad, pad, Math.max(titleWidth, yearWidth + readingWidth) + 2 * pad, 120 * s);
	ctx.fillStyle = '#1d1d1d';
	ctx.textBaseline = 'top';
	ctx.font = `600 ${30 * s}px ${FONT}`;
	ctx.fillText(overlay.title, 2 * pad, pad + 14 * s);
	ctx.font = `600 ${64 * s}px ${FONT}`;
	ctx.fillStyle = '#67001f';
	ctx.fillText(String(overlay.year), 2 * pad, pad + 50 * s);
	if (readingText) {
		ctx.font = `${24 * s}px ${FONT}`;
		ctx.fillStyle = '#1d1d1d';
		ctx.fillText(readingText, 2 * pad + yearWidth + 16 * s, pad + 84 * s);
	}

	// Legend, bottom left.
	const row = 30 * s;
	const legendH = (RELATION_CLASSES.length + 1) * row + 56 * s;
	const legendY = height - legendH - 60 * s;
	panel(ctx, pad, legendY, 300 * s, legendH);
	ctx.font = `600 ${18 * s}px ${FONT}`;
	ctx.fillStyle = '#333';
	ctx.fillText('RELATIONSHIP WITH MOSCOW', 2 * pad, legendY + 14 * s);
	ctx.font = `${20 * s}px ${FONT}`;
	RELATION_CLASSES.forEach((c, i) => {
		const y = legendY + 44 * s + i * row;
		ctx.fillStyle = c.colour;
		ctx.fillRect(2 * pad, y, 26 * s, 20 * s);
		ctx.strokeStyle = '#555';
		ctx.strokeRect(2 * pad, y, 26 * s, 20 * s);
		if (c.id === 'dependent') {
			ctx.beginPath();
			for (let k = 0; k < 26 * s; k += 7 * s) {
				ctx.moveTo(2 * pad + k, y + 20 * s);
				ctx.lineTo(2 * pad + Math.min(26 * s, k + 20 * s), y + Math.max(0, 20 * s - (26 * s - k)));
			}
			ctx.stroke();
		}
		ctx.fillStyle = '#1d1d1d';
		ctx.fillText(c.label, 2 * pad + 38 * s, y - 1 * s);
	});
	drawContestedSwatch(ctx, 2 * pad, legendY + 44 * s + RELATION_CLASSES.length * row, s);
	ctx.fillStyle = '#1d1d1d';
	ctx.fillText(
		'Contested reading',
		2 * pad + 38 * s,
		legendY + 44 * s + RELATION_CLASSES.length * row - 1 * s
	);

	// A tour scene: its note and citation, right.
	if (overlay.scene) {
		const w = Math.min(620 * s, width * 0.4);
		ctx.font = `${22 * s}px ${FONT}`;
		const note = wrap(ctx, overlay.scene.note, w - 2 * pad);
		ctx.font = `${16 * s}px ${FONT}`;
		const cites = overlay.scene.citations.flatMap((raw) => {
			const c = parseCitation(raw);
			return wrap(ctx, 'error' in c ? raw : citationLine(c), w - 2 * pad);
		});
		const h = 60 * s + note.length * 30 * s + cites.length * 22 * s + pad;
		const x = width - w - pad;
		const y = height - h - 60 * s;
		panel(ctx, x, y, w, h);
		ctx.fillStyle = '#1d1d1d';
		ctx.font = `600 ${26 * s}px ${FONT}`;
		ctx.fillText(overlay.scene.title, x + pad, y + 16 * s);
		ctx.font = `${22 * s}px ${FONT}`;
		note.forEach((line, i) => ctx.fillText(line, x + pad, y + 56 * s + i * 30 * s));
		ctx.font = `${16 * s}px ${FONT}`;
		ctx.fillStyle = '#444';
		cites.forEach((line, i) =>
			ctx.fillText(line, x + pad, y + 64 * s + note.length * 30 * s + i * 22 * s)
		);
	}

	// Source line, bottom.
	ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
	ctx.fillRect(0, height - 40 * s, width, 40 * s);
	ctx.fillStyle = '#333';
	ctx.font = `${17 * s}px ${FONT}`;
	ctx.fillText(wrap(ctx, SOURCE_LINE, width - 2 * pad)[0], pad, height - 30 * s);
}

export function downloadCanvas(canvas: HTMLCanvasElement, filename: string): Promise<void> {
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => {
			if (!blob) return reject(new Error('The image could not be encoded.'));
			downloadBlob(blob, filename);
			resolve();
		}, 'image/png')
	);
}
