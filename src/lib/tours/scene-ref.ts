/**
 * A tour scene as addresses and embed messages write it: "china/3", the third scene of the China
 * tour (scenes count from 1 there, from 0 in the code). One reading and one writing of that form.
 */
export interface SceneRef {
	tour: string;
	/** Counted from 0 (the written form counts from 1). */
	index: number;
}

/** "china/3" -> the tour and the scene's number as written (not checked against any tour). */
export function readSceneRef(raw: string): { tour: string; number: number } | null {
	const match = /^([a-z0-9-]{1,40})\/(\d{1,3})$/.exec(raw);
	return match ? { tour: match[1], number: Number(match[2]) } : null;
}

export function writeSceneRef(scene: SceneRef): string {
	return `${scene.tour}/${scene.index + 1}`;
}
