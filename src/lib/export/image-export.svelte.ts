/**
 * Image export: the current year and view drawn at slide size (1920 x 1080) or at the screen's
 * size, with the title, year, legend, source line and (in a tour) the scene's note composed in.
 */
import type { MapContext } from '$lib/map/map-context.svelte';
import { snapshotMap } from '$lib/map/map-export';
import type { PlayableScene } from '$lib/tours/document';
import { questionCard } from '$lib/tours/ask-steps';
import { stateName } from '$lib/relations/relations';

export type ImageSize = 'slide' | 'screen';

export const SLIDE_SIZE = [1920, 1080] as const;

export class ImageExport {
	/** What is being done, for the button's label; null when idle. */
	busy = $state<string | null>(null);

	/** Draws and downloads the PNG; a failure is returned as a sentence for a notice. */
	async download(
		map: MapContext,
		size: ImageSize,
		{ year, scene, asking = false }: { year: number; scene?: PlayableScene; asking?: boolean }
	): Promise<string | null> {
		const [w, h] = size === 'slide' ? SLIDE_SIZE : [innerWidth, innerHeight];
		this.busy = 'Drawing the image…';
		try {
			const source = map.exportSource();
			const [canvas, { composeImage, downloadCanvas }] = await Promise.all([
				snapshotMap(source, w, h),
				import('./compose')
			]);
			const image = composeImage(canvas, {
				year,
				title: 'Orbit: Asia and Moscow',
				reading: source.reading,
				// An ask scene's question: its states are hidden on the map, and nothing here tells.
				scene:
					scene && asking && scene.ask
						? questionCard(
								scene.ask.map((s) => stateName(s)),
								scene.year
							)
						: scene && { title: scene.title, note: scene.note, citations: scene.citations }
			});
			await downloadCanvas(image, `orbit-${year}-${w}x${h}.png`);
			return null;
		} catch (e) {
			return `The image could not be made: ${(e as Error).message}`;
		} finally {
			this.busy = null;
		}
	}
}
