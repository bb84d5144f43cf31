/**
 * The tour editor, loaded when a reader first opens it. A page reaches it through this module,
 * itself imported on demand, so that the editor's stylesheet stays out of every first view:
 * SvelteKit links into a page the CSS of the components it imports dynamically, one level deep
 * (to avoid a flash of unstyled content when they render on the server, which the editor never
 * does). Measured: 1.0 KB gzipped off the first view of `/`.
 */
export const loadTourEditor = () => import('./TourEditor.svelte');
