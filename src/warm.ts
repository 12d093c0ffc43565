/**
 * Works offline once loaded: the parts of the app that load on first use (the
 * file reader with its converters and exporters, the SVG exporter, the force
 * layout) are fetched
 * while the network is there, once the page is idle.
 */
import { loadFcose, loadSvgExporter } from './adapters/cytoscape/renderer.ts';

export function warmUp(): void {
  const fetchLazyParts = () => {
    void import('./io/parse-files.ts').catch(() => {});
    void loadSvgExporter().catch(() => {});
    void loadFcose().catch(() => {});
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchLazyParts, { timeout: 5000 });
  else setTimeout(fetchLazyParts, 2000);
}
