/**
 * The state panel, loaded when a reader first selects a state, through this module so that its
 * stylesheet stays out of the first view (see tours/load-editor.ts: SvelteKit links the CSS of a
 * page's direct dynamic imports). Measured with the scene card's: 2.3 KB gzipped off `/`.
 */
export const loadStatePanel = () => import('./StatePanel.svelte');
