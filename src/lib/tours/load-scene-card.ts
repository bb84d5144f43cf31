/**
 * A tour's scene card, loaded when a tour first plays, through this module so that its
 * stylesheet stays out of the first view (see load-editor.ts).
 */
export const loadSceneCard = () => import('./SceneCard.svelte');
