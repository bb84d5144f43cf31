/**
 * Encodes a planned video with mediabunny (WebCodecs for the codec, mediabunny for the container).
 * Imported only when an export starts: the first page load does not carry the muxer.
 *
 * Memory stays bounded: each shot is drawn, turned into one frame and encoded as it comes, and
 * every add is awaited so the encoder's queue (and mediabunny's writer) hold us back rather than
 * frames piling up. Only the encoded file grows, a few megabytes at most.
 */
import {
	BufferTarget,
	Mp4OutputFormat,
	Output,
	QUALITY_HIGH,
	VideoSample,
	VideoSampleSource,
	WebMOutputFormat,
	canEncodeVideo
} from 'mediabunny';
import {
	chooseFormat,
	shotFrames,
	type VideoFormat,
	type VideoPlan,
	type VideoShot
} from './video-plan';

/** MP4 (H.264) if this browser can encode it at this size, else WebM (VP9), else null. */
export function pickFormat(width: number, height: number): Promise<VideoFormat | null> {
	return chooseFormat((codec) => canEncodeVideo(codec, { width, height, quality: QUALITY_HIGH }));
}

export interface EncodeHooks {
	/** Draws a shot and resolves with the finished picture (the plan's size). */
	render: (shot: VideoShot) => Promise<HTMLCanvasElement>;
	/** After each frame is handed to the encoder: how many so far. */
	onFrame?: (done: number) => void;
	signal: AbortSignal;
}

export async function encodeVideo(
	plan: VideoPlan,
	format: VideoFormat,
	{ render, onFrame, signal }: EncodeHooks
): Promise<Blob> {
	const target = new BufferTarget();
	const output = new Output({
		// Fast start (the index before the media) so a slide tool or browser can play the file
		// before reading all of it; the file is small enough to assemble in memory.
		format:
			format.container === 'mp4'
				? new Mp4OutputFormat({ fastStart: 'in-memory' })
				: new WebMOutputFormat(),
		target
	});
	const source = new VideoSampleSource({ codec: format.codec, quality: QUALITY_HIGH });
	output.addVideoTrack(source, { frameRate: plan.fps });
	try {
		await output.start();
		let done = 0;
		for (const shot of plan.shots) {
			signal.throwIfAborted();
			// One copy of the picture per shot; its repeats only change the sample's timestamp.
			const picture = new VideoSample(await render(shot), { timestamp: 0 });
			try {
				for (const frame of shotFrames(shot, plan.fps)) {
					signal.throwIfAborted();
					picture.setTimestamp(frame.timestamp);
					picture.setDuration(frame.duration);
					await source.add(picture, frame.keyFrame ? { keyFrame: true } : undefined);
					onFrame?.(++done);
				}
			} finally {
				picture.close();
			}
		}
		await output.finalize();
	} catch (e) {
		if (output.state !== 'finalized') await output.cancel().catch(() => {});
		throw e;
	}
	return new Blob([target.buffer!], { type: format.mimeType });
}
