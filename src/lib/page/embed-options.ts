/**
 * Display options of /embed, from its address: `slider=0|1` (default 1), `legend=0|1` (default 1),
 * `autoplay=1985-1995` (play that range on load), `speed=0.5|1|2|4` (years a second).
 * A bad value falls back to the default with a notice.
 */
import { FIRST_YEAR, LAST_YEAR, SPEEDS, YEAR_RANGE_LABEL } from '$lib/years/years';

export interface EmbedOptions {
	slider: boolean;
	legend: boolean;
	autoplay: [number, number] | null;
	speed: number;
}

export const DEFAULT_EMBED: EmbedOptions = { slider: true, legend: true, autoplay: null, speed: 1 };

export function parseEmbedOptions(params: URLSearchParams): {
	options: EmbedOptions;
	notices: string[];
} {
	const options = { ...DEFAULT_EMBED };
	const notices: string[] = [];
	for (const key of ['slider', 'legend'] as const) {
		const raw = params.get(key);
		if (raw === null) continue;
		if (raw === '0' || raw === '1') options[key] = raw === '1';
		else notices.push(`${key}= takes 0 or 1; showing the ${key}.`);
	}
	const autoplay = params.get('autoplay');
	if (autoplay !== null) {
		const m = /^(\d{4})-(\d{4})$/.exec(autoplay);
		const from = m ? Number(m[1]) : NaN;
		const to = m ? Number(m[2]) : NaN;
		if (m && from >= FIRST_YEAR && to <= LAST_YEAR && from < to) options.autoplay = [from, to];
		else
			notices.push(
				`autoplay= takes a range such as 1985-1995 within ${YEAR_RANGE_LABEL}; not playing.`
			);
	}
	const speed = params.get('speed');
	if (speed !== null) {
		if ((SPEEDS as readonly number[]).includes(Number(speed))) options.speed = Number(speed);
		else notices.push(`speed= takes ${SPEEDS.join(', ')}; playing at 1 year a second.`);
	}
	return { options, notices };
}

/** The /embed address for a view of the atlas with these options (defaults left out). */
export function embedUrl(
	origin: string,
	state: {
		year: number;
		view: { center: [number, number]; zoom: number } | null;
		place: string | null;
	},
	options: EmbedOptions
): string {
	const url = new URL('/embed', origin);
	url.searchParams.set('year', String(state.year));
	if (state.place) url.searchParams.set('place', state.place);
	if (!options.slider) url.searchParams.set('slider', '0');
	if (!options.legend) url.searchParams.set('legend', '0');
	if (options.autoplay) url.searchParams.set('autoplay', options.autoplay.join('-'));
	if (options.speed !== 1) url.searchParams.set('speed', String(options.speed));
	if (state.view) {
		const r = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
		url.hash = `map=${r(state.view.zoom, 2)}/${r(state.view.center[1], 4)}/${r(state.view.center[0], 4)}`;
	}
	return url.href;
}

/** The iframe a lecturer pastes: responsive width, a 16:9 box, a title for screen readers. */
export function iframeCode(src: string): string {
	const safe = src.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	return `<iframe src="${safe}" title="Orbit: Asia and Moscow, ${YEAR_RANGE_LABEL}" width="100%" style="aspect-ratio: 16 / 9; border: 0;" loading="lazy" allow="fullscreen; clipboard-write"></iframe>`;
}
