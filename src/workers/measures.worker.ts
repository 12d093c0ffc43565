/// <reference lib="webworker" />
/**
 * Computes a network's measures off the main thread: Cytoscape's algorithms on
 * a headless instance, then PageRank with graphology where Cytoscape's is too
 * big (see src/adapters/cytoscape/measures.ts).
 */
import { completeMeasures, computeMeasures } from '../adapters/cytoscape/measures.ts';
import type { MeasureResult } from '../adapters/cytoscape/measures.ts';
import type { Network } from '../core/analysis/network.ts';

self.onmessage = async (ev: MessageEvent<{ job: number; net: Network }>) => {
  const { job, net } = ev.data;
  try {
    const result: MeasureResult = await completeMeasures(net, computeMeasures(net));
    (self as unknown as Worker).postMessage({ job, result });
  } catch (e) {
    (self as unknown as Worker).postMessage({ job, error: e instanceof Error ? e.message : String(e) });
  }
};
