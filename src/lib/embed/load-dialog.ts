/**
 * The Embed dialog, loaded when a reader first opens it, through this module (itself imported on
 * demand) so that its stylesheet stays out of every first view: SvelteKit links into a page the
 * CSS of the components it imports dynamically, one level deep. See tours/load-editor.ts.
 */
export const loadEmbedDialog = () => import('./EmbedDialog.svelte');
