/**
 * The web app manifest (/manifest.webmanifest), so the atlas installs as an app. Its addresses
 * are relative to the manifest, so a copy published under a sub-path installs as well.
 */
import { YEAR_RANGE_LABEL } from '$lib/years/years';
import { ICONS, PAPER, iconPath } from './icons';
import { SITE_DESCRIPTION } from './pages';

export const MANIFEST_PATH = '/manifest.webmanifest';
/** The browser's colour around the installed app: the masthead's paper. */
export const THEME_COLOUR = PAPER;

export function webManifest() {
	return {
		id: './',
		name: `Orbit: Asia and Moscow, ${YEAR_RANGE_LABEL}`,
		short_name: 'Orbit',
		description: SITE_DESCRIPTION,
		lang: 'en',
		// The bare address: the app itself returns to the reader's last view (url/last-view.ts).
		start_url: './',
		scope: './',
		display: 'standalone',
		theme_color: THEME_COLOUR,
		background_color: '#f6f4ef',
		icons: ICONS.map((icon) => ({
			src: `.${iconPath(icon)}`,
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.purpose
		}))
	};
}
