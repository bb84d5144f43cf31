/**
 * The height an embed would like for a given width: the map at 16:10 (within sensible bounds) and
 * the controls below it at their own height. Depends on the width only, so a host that follows it
 * never starts a resize loop.
 */
export const MAP_ASPECT = 10 / 16;
export const MAP_HEIGHT = { min: 240, max: 900 };

export function preferredHeight(width: number, controls: number): number {
	const map = Math.min(MAP_HEIGHT.max, Math.max(MAP_HEIGHT.min, width * MAP_ASPECT));
	return Math.round(map + controls);
}
