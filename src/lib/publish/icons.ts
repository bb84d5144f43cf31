/**
 * The app's icons, drawn from the favicon's mark (static/favicon.svg: Moscow's dot and an orbit)
 * and rendered to PNG at build time (src/routes/icons). A maskable icon fills its square with the
 * paper colour and keeps the mark inside the central circle of 40% radius that every mask shows.
 */
export const PAPER = '#fbfaf7';

/** The mark on a 32-unit square, as in static/favicon.svg. */
const MARK =
	'<circle cx="16" cy="16" r="6" fill="#67001f"/><ellipse cx="16" cy="16" rx="14" ry="6" fill="none" stroke="#2166ac" stroke-width="2" transform="rotate(-25 16 16)"/>';

/** The mark's farthest ink from the centre, in the 32-unit square (the orbit's 14 + half its stroke). */
export const MARK_RADIUS = 15;

/** The safe zone of a maskable icon: a circle of this fraction of the size, in radius. */
export const MASKABLE_SAFE_RADIUS = 0.4;

export interface IconSpec {
	id: string;
	size: 192 | 512;
	purpose: 'any' | 'maskable';
}

export const ICONS: readonly IconSpec[] = [
	{ id: 'icon-192', size: 192, purpose: 'any' },
	{ id: 'icon-512', size: 512, purpose: 'any' },
	{ id: 'maskable-192', size: 192, purpose: 'maskable' },
	{ id: 'maskable-512', size: 512, purpose: 'maskable' }
];

export function iconPath(icon: IconSpec): string {
	return `/icons/${icon.id}.png`;
}

export function iconSvg(icon: IconSpec): string {
	// The maskable mark fills 90% of the safe circle; the plain one sits on a rounded tile.
	const scale =
		icon.purpose === 'maskable' ? (0.9 * MASKABLE_SAFE_RADIUS * 32) / MARK_RADIUS : 0.92;
	const ground =
		icon.purpose === 'maskable'
			? `<rect width="32" height="32" fill="${PAPER}"/>`
			: `<rect width="32" height="32" rx="7" fill="${PAPER}"/>`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${icon.size}" height="${icon.size}" viewBox="0 0 32 32">`,
		ground,
		`<g transform="translate(16 16) scale(${scale.toFixed(4)}) translate(-16 -16)">${MARK}</g>`,
		'</svg>'
	].join('');
}
