/** The export options, loaded when the Data dialog first opens (most visits never export). */
export const exportPanel = () => import('./ExportPanel.svelte');
