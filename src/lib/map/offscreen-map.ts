/**
 * A second, hidden map with the same style as the one on screen, drawn at an exact pixel size
 * for export: one frame for an image, one frame per year or scene for a video. A video reuses the
 * one map for all its frames (a new map per frame would rebuild the style, the sources and the
 * GL context every time); each frame is the same cheap feature-state write the screen uses.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { View } from './create-map';
import { addPatterns } from './patterns';
import type { PolityRecord } from './polities';
import { atlasStyle, type AtlasStyleInput } from './style';
import { writeHidden, writeLabels, writeOutline, writeYear, type LabelsShown } from './year-writer';
import type { LabelData } from './labels';

export interface OffscreenInput {
	maplibre: typeof import('maplibre-gl');
	style: AtlasStyleInput;
	polities: readonly PolityRecord[];
	labels: LabelData;
}

/** What one frame shows. */
export interface OffscreenFrame {
	year: number;
	outlined: readonly string[];
	/** States whose class is hidden (a tour scene asking the room); none when omitted. */
	hidden?: readonly string[];
	/** Already scaled for this map's width (see MapContext.exportView). */
	view: View;
}

export class OffscreenMap {
	readonly width: number;
	readonly height: number;

	#input: OffscreenInput;
	#holder: HTMLElement;
	#map: MapLibreMap;
	#year: number;
	#labels: LabelsShown | null = null;
	#outlined = '';
	#hidden = '';
	/** Aborted by remove(), so a frame still waiting for `idle` fails instead of hanging. */
	#removed = new AbortController();

	private constructor(input: OffscreenInput, width: number, height: number, first: OffscreenFrame) {
		this.#input = input;
		this.width = width;
		this.height = height;
		this.#year = first.year;
		this.#holder = document.createElement('div');
		this.#holder.setAttribute('aria-hidden', 'true');
		Object.assign(this.#holder.style, {
			position: 'fixed',
			left: '-30000px',
			top: '0',
			width: `${width}px`,
			height: `${height}px`
		});
		document.body.append(this.#holder);
		this.#map = new input.maplibre.Map({
			container: this.#holder,
			style: atlasStyle({ ...input.style, year: first.year }),
			center: first.view.center,
			zoom: first.view.zoom,
			interactive: false,
			attributionControl: false,
			pixelRatio: 1,
			fadeDuration: 0,
			// The canvas is read after `idle`, outside MapLibre's own frame.
			canvasContextAttributes: { preserveDrawingBuffer: true }
		});
		addPatterns(this.#map);
	}

	/**
	 * Opens a map showing `first`; resolves once it is drawn. Aborting `signal` while it opens
	 * removes it at once (and rejects).
	 */
	static async open(
		input: OffscreenInput,
		width: number,
		height: number,
		first: OffscreenFrame,
		signal?: AbortSignal
	): Promise<OffscreenMap> {
		signal?.throwIfAborted();
		const shot = new OffscreenMap(input, width, height, first);
		const abandon = () => shot.remove();
		signal?.addEventListener('abort', abandon, { once: true });
		try {
			await shot.#next('load');
			writeYear(shot.#map, input.polities, null, first.year);
			await shot.draw(first);
			return shot;
		} catch (e) {
			shot.remove();
			throw e;
		} finally {
			signal?.removeEventListener('abort', abandon);
		}
	}

	/**
	 * Draws a frame and resolves once the map is idle with it: every tile loaded and painted.
	 * The canvas returned is the map's own; it holds this frame until the next draw.
	 */
	async draw({ year, outlined, hidden = [], view }: OffscreenFrame): Promise<HTMLCanvasElement> {
		const map = this.#map;
		const { polities } = this.#input;
		map.jumpTo({ center: view.center, zoom: view.zoom });
		if (year !== this.#year) {
			writeYear(map, polities, this.#year, year);
			this.#year = year;
		}
		this.#labels = writeLabels(map, this.#input.labels, this.#labels, year);
		// An outline writes every polity, so only when it changes (between tour scenes).
		if (outlined.join(' ') !== this.#outlined) {
			writeOutline(map, polities, outlined);
			this.#outlined = outlined.join(' ');
		}
		if (hidden.join(' ') !== this.#hidden) {
			writeHidden(map, polities, hidden);
			this.#hidden = hidden.join(' ');
		}
		const drawn = this.#next('idle');
		map.triggerRepaint();
		await drawn;
		return map.getCanvas();
	}

	/** The map's own canvas: the last frame drawn. */
	get canvas(): HTMLCanvasElement {
		return this.#map.getCanvas();
	}

	/** Releases the map and its GL context; a draw still waiting rejects. */
	remove() {
		if (this.#removed.signal.aborted) return;
		this.#removed.abort(new DOMException('The offscreen map was removed.', 'AbortError'));
		this.#map.remove();
		this.#holder.remove();
	}

	#next(event: 'load' | 'idle'): Promise<void> {
		const signal = this.#removed.signal;
		return new Promise((resolve, reject) => {
			if (signal.aborted) return reject(signal.reason);
			const onRemoved = () => reject(signal.reason);
			signal.addEventListener('abort', onRemoved, { once: true });
			this.#map.once(event, () => {
				signal.removeEventListener('abort', onRemoved);
				resolve();
			});
		});
	}
}

/** One frame at `width` x `height`, copied out, the map released: an image export. */
export async function snapshot(
	input: OffscreenInput,
	width: number,
	height: number,
	frame: OffscreenFrame
): Promise<HTMLCanvasElement> {
	const shot = await OffscreenMap.open(input, width, height, frame);
	try {
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		canvas.getContext('2d')!.drawImage(shot.canvas, 0, 0);
		return canvas;
	} finally {
		shot.remove();
	}
}
