/**
 * Video export: a year range or a tour filmed frame by frame on one offscreen map, never in real
 * time. Each shot is encoded only once the map stands idle with it drawn, so a slow machine makes
 * a slower export, never a video with a year missing. Owns the progress and the cancel.
 */
import type { MapContext } from '$lib/map/map-context.svelte';
import { openOffscreen } from '$lib/map/map-export';
import type { OffscreenMap } from '$lib/map/offscreen-map';
import { downloadBlob } from '$lib/ui/download';
import { planVideo, type VideoShot, type VideoSize, type VideoSource } from './video-plan';

export interface VideoProgress {
	/** What is being filmed, e.g. "Year 1990 of 1989-1992"; the progress bar's label. */
	label: string;
	done: number;
	total: number;
}

export class VideoExport {
	/** Null when no export runs. */
	progress = $state<VideoProgress | null>(null);
	/** The name of the last file made. */
	saved = $state<string | null>(null);

	#abort: AbortController | null = null;

	/**
	 * Films `source` at `size` and downloads the file. Resolves with a sentence for a notice if it
	 * failed, or null (done, or cancelled: the reader asked for that, nothing to report).
	 */
	async run(map: MapContext, source: VideoSource, size: VideoSize): Promise<string | null> {
		if (this.#abort) return null;
		const abort = (this.#abort = new AbortController());
		const plan = planVideo(source, size);
		this.saved = null;
		this.progress = { label: 'Preparing the video…', done: 0, total: plan.frames };
		let shot: OffscreenMap | null = null;
		// Cancel releases the offscreen map at once, so a frame still being drawn stops too.
		const release = () => shot?.remove();
		abort.signal.addEventListener('abort', release);
		try {
			// The year, view and reading on screen when it starts (the map's own, taken once).
			const shown = map.exportSource();
			const [{ pickFormat, encodeVideo }, { drawComposition }] = await Promise.all([
				import('./video-encode'),
				import('./compose')
			]);
			const format = await pickFormat(plan.width, plan.height);
			if (!format) return 'This browser cannot make a video: it has no H.264 or VP9 encoder.';
			const offscreen = (shot = await openOffscreen(shown, plan.width, plan.height, abort.signal));
			const picture = document.createElement('canvas');
			picture.width = plan.width;
			picture.height = plan.height;
			const ctx = picture.getContext('2d', { alpha: false })!;
			const render = async (s: VideoShot) => {
				this.progress = { label: s.label, done: s.firstFrame, total: plan.frames };
				const drawn = await offscreen.draw({
					year: s.year,
					outlined: s.outlined,
					hidden: s.hidden,
					view: shown.viewAt(s.view, plan.width)
				});
				drawComposition(ctx, drawn, { ...s.overlay, reading: shown.reading });
				return picture;
			};
			const blob = await encodeVideo(plan, format, {
				render,
				signal: abort.signal,
				onFrame: (done) => {
					if (this.progress) this.progress.done = done;
				}
			});
			const filename = `${plan.name}.${format.container}`;
			downloadBlob(blob, filename);
			this.saved = filename;
			return null;
		} catch (e) {
			if (abort.signal.aborted) return null;
			return `The video could not be made: ${(e as Error).message ?? 'an unknown error'}`;
		} finally {
			abort.signal.removeEventListener('abort', release);
			shot?.remove();
			this.#abort = null;
			this.progress = null;
		}
	}

	/** Stops the export promptly; nothing is downloaded. */
	cancel() {
		this.#abort?.abort();
	}
}
