/**
 * A tour scene as addresses and embed messages write it: "china/3", the third scene of the China
 * tour (scenes count from 1 there, from 0 in the code). An ask scene (one that hides states and
 * asks the room) opens at its question; "china/3/answer" is the same scene with the answer
 * revealed. On a scene that asks nothing, "/answer" is read as the scene itself. One reading and
 * one writing of that form.
 */
/** The id a reader's tour plays under (`?scene=custom/2` beside its `?tour=` payload). */
export const CUSTOM_TOUR_ID = 'custom';

export interface SceneRef {
	tour: string;
	/** Counted from 0 (the written form counts from 1). */
	index: number;
	/** The revealed step of an ask scene ("/answer"); absent at its question and on other scenes. */
	answer?: true;
}

/** "china/3" -> the tour and the scene's number as written (not checked against any tour). */
export function readSceneRef(raw: string): { tour: string; number: number; answer?: true } | null {
	const match = /^([a-z0-9-]{1,40})\/(\d{1,3})(\/answer)?$/.exec(raw);
	if (!match) return null;
	return { tour: match[1], number: Number(match[2]), ...(match[3] ? { answer: true } : {}) };
}

export function writeSceneRef(scene: SceneRef): string {
	return `${scene.tour}/${scene.index + 1}${scene.answer ? '/answer' : ''}`;
}

/** The scene alone, without its step ("china/3" for "china/3/answer"): what orbit:state says. */
export function writeSceneOnly(scene: SceneRef): string {
	return `${scene.tour}/${scene.index + 1}`;
}
