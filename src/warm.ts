/**
 * Works offline once loaded: the parts of the app that load on first use (the
 * file reader with its converters and exporters, the export options, the SVG exporter, the force
 * layout, the analysis tabs and panels) are fetched
 * while the network is there, a while after the first view has been drawn, when the page is idle.
 */
import { loadFcose, loadSvgExporter } from './adapters/cytoscape/renderer.ts';
import { loadAll as loadAnalysis } from './components/analysis/lazy.ts';
import { exportPanel } from './components/data/lazy.ts';
import { backgroundDue, whenIdle } from './io/progress.ts';

/** How long after the first view the prefetching starts. */
const WARM_UP_DELAY_MS = 8000;
/** When it starts if no graph was ever drawn (the page opened on another view). */
const WARM_UP_LATEST_MS = 30_000;

export function warmUp(): void {
  const fetchLazyParts = () => {
    void Promise.all([import('./io/parse-files.ts'), loadSvgExporter(), loadFcose(), loadAnalysis(), exportPanel(), import('./core/encode/layouts.ts')]).then(() => {
      // Everything is here: the page works offline from now on (tests wait for this mark).
      document.documentElement.dataset.offlineReady = '';
    }, () => {});
  };
  // Not while the first view is still loading: it needs the network and the main thread more.
  // A large dataset's first view can take many seconds: count from when it is there.
  // Nor while the user types or clicks: loading and running that code takes a tenth of a second.
  void backgroundDue(WARM_UP_DELAY_MS, WARM_UP_LATEST_MS).then(() => whenIdle(fetchLazyParts, 5000));
}
