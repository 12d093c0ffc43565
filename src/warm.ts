/**
 * Works offline once loaded: the parts of the app that load on first use (the
 * file reader with its converters and exporters, the SVG exporter, the force
 * layout, the analysis tabs and panels) are fetched
 * while the network is there, once the first view has loaded and the page is idle.
 */
import { loadFcose, loadSvgExporter } from './adapters/cytoscape/renderer.ts';
import { loadAll as loadAnalysis } from './components/analysis/lazy.ts';

/** How long after start-up the prefetching starts. */
const WARM_UP_DELAY_MS = 8000;

export function warmUp(): void {
  const fetchLazyParts = () => {
    void Promise.all([import('./io/parse-files.ts'), loadSvgExporter(), loadFcose(), loadAnalysis(), import('./core/encode/layouts.ts')]).then(() => {
      // Everything is here: the page works offline from now on (tests wait for this mark).
      document.documentElement.dataset.offlineReady = '';
    }, () => {});
  };
  // Not while the first view is still loading: it needs the network and the main thread more.
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchLazyParts, { timeout: 5000 });
    else fetchLazyParts();
  };
  setTimeout(whenIdle, WARM_UP_DELAY_MS);
}
