/**
 * The atlas's state in its address (the public contract in DATA.md): `?year=`, `?state=`,
 * `?place=`, `?compare=`, `?scene=<tour>/<n>`, `?tour=<payload>` (a reader's tour, whose scenes
 * are `custom/<n>`), `?reading=formal`; the view stays in MapLibre's `#map=` hash.
 * Parsing never throws: a bad value is dropped (or clamped) with a notice for the reader.
 */
import { parseYearParam } from './year-param';
import { clampYear } from '$lib/years/years';
import { CUSTOM_TOUR_ID, readSceneRef, writeSceneRef, type SceneRef } from '$lib/tours/scene-ref';
import { quoted } from './quote';
import { parseStateParam } from './state-param';
import { parsePlaceParam } from './place-param';
import { parseReadingParam } from './reading-param';
import type { Reading } from '$lib/codebook/readings';
import type { Lookups } from '$lib/tours/lookups';

export type { Lookups };

export interface AtlasUrlState {
	year: number;
	state: string | null;
	place: string | null;
	compare: number | null;
	scene: SceneRef | null;
	/** A reader's tour, packed (see tours/payload.ts); it is unpacked and checked after reading. */
	tour: string | null;
	/** Which reading colours the site: written only when it is not the default. */
	reading: Reading;
}

export function parseCompareParam(raw: string | null): { compare: number | null; notice?: string } {
	if (raw === null || raw.trim() === '') return { compare: null };
	if (!/^[+-]?\d{1,12}$/.test(raw)) {
		return {
			compare: null,
			notice: `${quoted(raw)} is not a year to compare with; comparison off.`
		};
	}
	const year = clampYear(Number(raw));
	if (year !== Number(raw)) {
		return { compare: year, notice: `Comparing with ${year}, the nearest year the atlas covers.` };
	}
	return { compare: year };
}

/**
 * `?scene=china/3` is the third scene of the China tour (scenes count from 1); `china/3/answer`
 * the same scene with its answer revealed (an ask scene; on another scene it is the scene).
 */
export function parseSceneParam(
	raw: string | null,
	sceneCount: Lookups['sceneCount']
): { scene: AtlasUrlState['scene']; notice?: string } {
	if (raw === null || raw.trim() === '') return { scene: null };
	const ref = readSceneRef(raw.trim());
	const count = ref ? sceneCount(ref.tour) : undefined;
	if (!ref || count === undefined) {
		return { scene: null, notice: `${quoted(raw)} is not a tour scene (try china/1).` };
	}
	const n = ref.number;
	if (n < 1 || n > count) {
		const index = Math.min(count, Math.max(1, n)) - 1;
		return {
			scene: { tour: ref.tour, index },
			notice: `The ${ref.tour} tour has scenes 1–${count}; showing ${index + 1}.`
		};
	}
	return { scene: { tour: ref.tour, index: n - 1, ...(ref.answer ? { answer: true } : {}) } };
}

export function parseAtlasUrl(
	params: URLSearchParams,
	lookups: Lookups
): AtlasUrlState & { notices: string[] } {
	const year = parseYearParam(params.get('year'));
	const state = parseStateParam(params.get('state'), lookups.resolveState);
	const place = parsePlaceParam(params.get('place'), lookups.isPlace);
	const compare = parseCompareParam(params.get('compare'));
	const tour = params.get('tour');
	const reading = parseReadingParam(params.get('reading'));
	// With a reader's tour, `scene=custom/<n>` is checked once the tour is unpacked.
	const scene =
		tour === null
			? parseSceneParam(params.get('scene'), lookups.sceneCount)
			: { scene: customScene(params.get('scene')) };
	return {
		year: year.year,
		state: state.state,
		place: place.place,
		compare: compare.compare,
		scene: scene.scene,
		tour,
		reading: reading.reading,
		notices: [
			year.notice,
			state.notice,
			place.notice,
			compare.notice,
			scene.notice,
			reading.notice
		].filter((n): n is string => !!n)
	};
}

/** The scene of a reader's tour the address asks for (its first when it names none). */
function customScene(raw: string | null): SceneRef {
	const ref = raw === null ? null : readSceneRef(raw.trim());
	if (ref?.tour !== CUSTOM_TOUR_ID) return { tour: CUSTOM_TOUR_ID, index: 0 };
	const index = Math.max(0, ref.number - 1);
	return { tour: CUSTOM_TOUR_ID, index, ...(ref.answer ? { answer: true } : {}) };
}

/** Writes the state into a copy of `url`, keeping its other parameters and its hash. */
export function writeAtlasUrl(url: URL, s: AtlasUrlState): URL {
	const out = new URL(url);
	const set = (key: string, value: string | null) =>
		value === null ? out.searchParams.delete(key) : out.searchParams.set(key, value);
	set('year', String(s.year));
	set('state', s.state);
	set('place', s.place);
	set('compare', s.compare === null ? null : String(s.compare));
	set('scene', s.scene ? writeSceneRef(s.scene) : null);
	set('tour', s.tour);
	set('reading', s.reading === 'formal' ? 'formal' : null);
	// '/' is legal in a query: keep `scene=china/2` readable, as the contract writes it.
	out.search = out.search.replace(
		/(scene=[a-z0-9-]+)%2F(\d+)(%2Fanswer)?/,
		(_, scene, n, answer) => `${scene}/${n}${answer ? '/answer' : ''}`
	);
	return out;
}
