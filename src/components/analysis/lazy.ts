/**
 * The analysis tabs and panels, loaded when first shown (see Lazy.svelte), and
 * all at once by the warm-up for offline use.
 */
export const collabPanel = () => import('./CollabPanel.svelte');
export const timelineView = () => import('./TimelineView.svelte');
export const measuresTable = () => import('./MeasuresTable.svelte');
export const pathFinder = () => import('./PathFinder.svelte');
export const suggestions = () => import('./Suggestions.svelte');

export function loadAll(): Promise<unknown> {
  return Promise.all([collabPanel(), timelineView(), measuresTable(), pathFinder(), suggestions()]);
}
