/**
 * What a video export will film, decided before anything is drawn: its shots (one per year of
 * the range, or one per scene of a tour, two for an ask scene: its question, then its answer), how many frames each is held for, the file's name and
 * the container and codec. Pure, so it is tested in Node; the browser only draws and encodes it.
 *
 * Frame timing: a constant 10 frames a second, each shot's picture repeated for its hold. Slide
 * tools (PowerPoint, Keynote, Google Slides through Drive) and browsers all play constant-rate
 * H.264 well, where a file of one long frame per year (variable rate) can stall or seek badly.
 * Nothing moves within a shot, so more frames would only cost encoding time; the repeats encode
 * to a few bytes each. Every shot starts on a key frame, so a seek lands exactly on a year.
 */
import type { View } from '$lib/map/create-map';
import { stateName } from '$lib/relations/relations';
import { questionCard } from '$lib/tours/ask-steps';
import type { Overlay } from './compose';

export const VIDEO_TITLE = 'Orbit: Asia and Moscow';

export const VIDEO_SIZES = {
	'1080p': [1920, 1080],
	'720p': [1280, 720]
} as const;
export type VideoSize = keyof typeof VIDEO_SIZES;

/** The holds offered: seconds per year of a range, seconds per scene of a tour. */
export const SECONDS_PER_YEAR = [0.5, 1, 2] as const;
export const SECONDS_PER_SCENE = [3, 5, 8] as const;

export const FPS = 10;

/** A tour scene as a video needs it (a scene with no view is filmed at the view on screen). */
export interface VideoScene {
	title: string;
	year: number;
	view?: View;
	states: readonly string[];
	note: string;
	citations: readonly string[];
	/** An ask scene's hidden states: filmed as its question, then its answer. */
	ask?: readonly string[];
}

export type VideoSource =
	| { kind: 'range'; from: number; to: number; secondsPerYear: number }
	| {
			kind: 'tour';
			id: string;
			scenes: readonly VideoScene[];
			secondsPerScene: number;
	  };

/** One held picture: a year, or a scene. */
export interface VideoShot {
	year: number;
	/** Undefined: the view on screen. */
	view?: View;
	outlined: readonly string[];
	/** States drawn hidden ("?"): an ask scene's question. */
	hidden: readonly string[];
	overlay: Overlay;
	/** For the progress bar: "Year 1990 of 1989-1992", "Scene 2 of 5". */
	label: string;
	/** Index of its first frame in the video. */
	firstFrame: number;
	frames: number;
}

export interface VideoPlan {
	width: number;
	height: number;
	fps: number;
	shots: VideoShot[];
	/** Frames in all. */
	frames: number;
	/** Seconds. */
	duration: number;
	/** The file's name without its extension, e.g. orbit-1989-1992-1920x1080. */
	name: string;
}

export function planVideo(source: VideoSource, size: VideoSize, fps = FPS): VideoPlan {
	const [width, height] = VIDEO_SIZES[size];
	const pictures =
		source.kind === 'range' ? rangePictures(source) : tourPictures(source.scenes, source.id);
	const hold = source.kind === 'range' ? source.secondsPerYear : source.secondsPerScene;
	const perShot = Math.max(1, Math.round(hold * fps));
	const shots = pictures.shots.map((shot, i) => ({
		...shot,
		firstFrame: i * perShot,
		frames: perShot
	}));
	const frames = shots.length * perShot;
	return {
		width,
		height,
		fps,
		shots,
		frames,
		duration: frames / fps,
		name: `orbit-${pictures.name}-${width}x${height}`
	};
}

type Picture = Omit<VideoShot, 'firstFrame' | 'frames'>;

function rangePictures({ from, to }: { from: number; to: number }) {
	const [first, last] = from <= to ? [from, to] : [to, from];
	const span = first === last ? String(first) : `${first}-${last}`;
	const shots: Picture[] = [];
	for (let year = first; year <= last; year++) {
		shots.push({
			year,
			outlined: [],
			hidden: [],
			overlay: { year, title: VIDEO_TITLE },
			label: `Year ${year} of ${span}`
		});
	}
	return { shots, name: span };
}

function tourPictures(scenes: readonly VideoScene[], id: string) {
	const shots = scenes.flatMap((scene, i): Picture[] => {
		const answer: Picture = {
			year: scene.year,
			view: scene.view,
			outlined: scene.states,
			hidden: [],
			overlay: {
				year: scene.year,
				title: VIDEO_TITLE,
				scene: { title: scene.title, note: scene.note, citations: [...scene.citations] }
			},
			label: `Scene ${i + 1} of ${scenes.length}: ${scene.title}`
		};
		if (!scene.ask?.length) return [answer];
		// An ask scene: its question held (the states hidden), then the same scene revealed.
		const names = scene.ask.map((s) => stateName(s));
		const question: Picture = {
			...answer,
			hidden: scene.ask,
			overlay: { ...answer.overlay, scene: questionCard(names, scene.year) },
			label: `Scene ${i + 1} of ${scenes.length}: the question`
		};
		return [question, { ...answer, label: `${answer.label} (the answer)` }];
	});
	return { shots, name: `tour-${id}` };
}

/** The frames of one shot: when each starts and lasts (seconds), a key frame first. */
export function* shotFrames(
	shot: Pick<VideoShot, 'firstFrame' | 'frames'>,
	fps: number
): Generator<{ timestamp: number; duration: number; keyFrame: boolean }> {
	for (let i = 0; i < shot.frames; i++) {
		yield { timestamp: (shot.firstFrame + i) / fps, duration: 1 / fps, keyFrame: i === 0 };
	}
}

export interface VideoFormat {
	container: 'mp4' | 'webm';
	/** mediabunny's codec names. */
	codec: 'avc' | 'vp9';
	mimeType: string;
}

/** In order of preference: MP4 plays in every slide tool; WebM where H.264 cannot be encoded. */
export const VIDEO_FORMATS: readonly VideoFormat[] = [
	{ container: 'mp4', codec: 'avc', mimeType: 'video/mp4' },
	{ container: 'webm', codec: 'vp9', mimeType: 'video/webm' }
];

/** The first format whose codec the browser can encode; null if none. */
export async function chooseFormat(
	canEncode: (codec: VideoFormat['codec']) => Promise<boolean>
): Promise<VideoFormat | null> {
	for (const format of VIDEO_FORMATS) {
		if (await canEncode(format.codec).catch(() => false)) return format;
	}
	return null;
}
