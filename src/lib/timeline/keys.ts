/**
 * Space toggles play, unless focus is somewhere Space already means something (a text field, a
 * button, a link, a menu, a toolbar). The slider itself (a range input) lets Space through.
 */
export function isPlayToggle(event: KeyboardEvent): boolean {
	if (event.key !== ' ' || event.defaultPrevented) return false;
	const el = event.target as HTMLElement | null;
	return !el?.closest(
		'input:not([type="range"]), textarea, select, button, a, summary, [contenteditable], [role="button"], [role="toolbar"]'
	);
}
