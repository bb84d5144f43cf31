/**
 * The embed message protocol (DATA.md, README): a page that embeds /embed may send
 *   { type: 'orbit:set', year?, view?: { center: [lon, lat], zoom }, place?, play?, scene?,
 *     reading?, tour? }
 * and receives
 *   { type: 'orbit:state', year, view: { center, zoom }, place, reading, scene, asking? }
 *                                    on load and after every change (`asking: true` while an
 *                                    ask scene hides its answer; left out otherwise),
 *   { type: 'orbit:key', key }       a key the embed does not use, so a slide deck can go on,
 *   { type: 'orbit:height', height } the height (CSS px) the embed would like, when it changes.
 * Any origin may send; every field is validated and anything else ignored.
 */
import { FIRST_YEAR, LAST_YEAR } from '$lib/years/years';
import { readSceneRef, type SceneRef } from '$lib/tours/scene-ref';
import type { Reading } from '$lib/codebook/readings';

export interface SetCommand {
	year?: number;
	view?: { center: [number, number]; zoom: number };
	place?: string | null;
	play?: boolean;
	/**
	 * A built-in tour's scene ({ tour, index from 0, answer when "/answer" asks for an ask scene's
	 * revealed step }), or null to end the tour.
	 */
	scene?: SceneRef | null;
	reading?: Reading;
	/** A reader's tour as a `?tour=` payload (unpacked and checked when applied), or null to end the tour. */
	tour?: string | null;
}

export interface KeyMessage {
	type: 'orbit:key';
	key: string;
}

export interface HeightMessage {
	type: 'orbit:height';
	height: number;
}

export interface StateMessage {
	type: 'orbit:state';
	year: number;
	view: { center: [number, number]; zoom: number };
	place: string | null;
	reading: Reading;
	/** The scene shown, as the address writes it (`china/3`, `custom/2`), or null. */
	scene: string | null;
	/** Present (true) only while the scene asks the room and hides its answer. */
	asking?: true;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Reads a message. Not an `orbit:set` object: null (ignored silently: pages post all sorts of
 * messages). An `orbit:set` with bad fields: the good fields, plus a problem per bad one.
 */
export function parseSetMessage(
	data: unknown,
	isPlace: (id: string) => boolean,
	/** Scenes in a built-in tour, or undefined when there is no such tour. */
	sceneCount: (tour: string) => number | undefined = () => undefined
): { command: SetCommand; problems: string[] } | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const msg = data as Record<string, unknown>;
	if (msg.type !== 'orbit:set') return null;
	const command: SetCommand = {};
	const problems: string[] = [];

	if ('year' in msg) {
		const y = msg.year;
		if (isNumber(y) && Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR) command.year = y;
		else problems.push(`year must be a whole number ${FIRST_YEAR}–${LAST_YEAR}`);
	}
	if ('view' in msg) {
		const v = msg.view as { center?: unknown; zoom?: unknown } | null;
		const c = v && typeof v === 'object' ? v.center : undefined;
		const ok =
			Array.isArray(c) &&
			c.length === 2 &&
			isNumber(c[0]) &&
			isNumber(c[1]) &&
			c[0] >= -540 &&
			c[0] <= 540 &&
			c[1] >= -85 &&
			c[1] <= 85 &&
			isNumber(v?.zoom) &&
			v.zoom >= 0 &&
			v.zoom <= 22;
		if (ok) command.view = { center: [c[0] as number, c[1] as number], zoom: v!.zoom as number };
		else
			problems.push('view must be { center: [lon, lat], zoom } with lat within ±85 and zoom 0–22');
	}
	if ('place' in msg) {
		const p = msg.place;
		if (p === null) command.place = null;
		else if (typeof p === 'string' && p.length <= 60 && isPlace(p)) command.place = p;
		else problems.push('place must be the id of a place on the map, or null');
	}
	if ('play' in msg) {
		if (typeof msg.play === 'boolean') command.play = msg.play;
		else problems.push('play must be true or false');
	}
	if ('scene' in msg) {
		const s = msg.scene;
		const ref = typeof s === 'string' ? readSceneRef(s) : null;
		const count = ref ? sceneCount(ref.tour) : undefined;
		if (s === null) command.scene = null;
		else if (ref && count !== undefined && ref.number >= 1 && ref.number <= count)
			command.scene = {
				tour: ref.tour,
				index: ref.number - 1,
				...(ref.answer ? { answer: true } : {})
			};
		else
			problems.push('scene must be a tour scene such as "china/3" (or "china/3/answer"), or null');
	}
	if ('reading' in msg) {
		const r = msg.reading;
		if (r === 'formal' || r === 'assessed') command.reading = r;
		else problems.push('reading must be "formal" or "assessed"');
	}
	if ('tour' in msg) {
		const t = msg.tour;
		if (t === null || typeof t === 'string') command.tour = t;
		else problems.push('tour must be a ?tour= payload (text), or null');
	}
	return { command, problems };
}

export function stateMessage(state: Omit<StateMessage, 'type'>): StateMessage {
	const { year, view, place, reading, scene, asking } = state;
	const round = (n: number) => Math.round(n * 1e4) / 1e4;
	return {
		type: 'orbit:state',
		year,
		view: { center: [round(view.center[0]), round(view.center[1])], zoom: round(view.zoom) },
		place,
		reading,
		scene,
		...(asking ? { asking: true } : {})
	};
}

/**
 * The scene a state reports: the one asked for once the map has drawn its year (until then, what
 * was reported before, so a deck waiting for a scene hears of it when it shows); null with no tour.
 * A reader who then moves the year stays in the scene.
 */
export function reportedScene(
	before: string | null,
	asked: string | null,
	sceneYear: number | undefined,
	shownYear: number | null
): string | null {
	if (asked === null) return null;
	return sceneYear !== undefined && sceneYear === shownYear ? asked : before;
}

/** Keys a slide deck listens for; the embed passes them on when it has no use for them. */
export function keyMessage(key: string): KeyMessage {
	return { type: 'orbit:key', key };
}

export function heightMessage(height: number): HeightMessage {
	return { type: 'orbit:height', height: Math.round(height) };
}
