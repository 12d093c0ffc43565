/**
 * Measures without freezing the page: small networks are measured right here
 * (a few milliseconds), bigger ones in a Worker, one network at a time, the
 * newest request first. Where Workers are missing (tests in Node, blocked
 * Workers), everything is measured here.
 */
import type { Network } from '../../core/analysis/network.ts';
import { completeMeasures, computeMeasures } from './measures.ts';
import type { MeasureResult } from './measures.ts';

/** Up to this many nodes, measuring here takes a few milliseconds. */
export const MEASURE_HERE_LIMIT = 300;

let worker: Worker | null = null;
let job = 0;
const waiting = new Map<number, { resolve: (r: MeasureResult) => void; reject: (e: Error) => void; net: Network }>();

function startWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('../../workers/measures.worker.ts', import.meta.url), { type: 'module', name: 'measures' });
  } catch {
    return null;
  }
  worker.onmessage = (e: MessageEvent<{ job: number; result?: MeasureResult; error?: string }>) => {
    const w = waiting.get(e.data.job);
    if (!w) return;
    waiting.delete(e.data.job);
    if (e.data.result) w.resolve(e.data.result);
    else w.reject(new Error(e.data.error ?? 'the measures could not be computed'));
  };
  worker.onerror = (e) => {
    // A Worker that cannot start: measure what was asked here instead.
    e.preventDefault();
    worker?.terminate();
    worker = null;
    const all = [...waiting.values()];
    waiting.clear();
    for (const w of all) void measureHere(w.net).then(w.resolve, w.reject);
  };
  return worker;
}

async function measureHere(net: Network): Promise<MeasureResult> {
  return completeMeasures(net, computeMeasures(net));
}

/** Every measure of a network (Cytoscape's, and PageRank by graphology where Cytoscape's is too big). */
export function measureNetwork(net: Network): Promise<MeasureResult> {
  const w = net.nodes.length > MEASURE_HERE_LIMIT ? startWorker() : null;
  if (!w) return measureHere(net);
  const id = ++job;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, net });
    w.postMessage({ job: id, net });
  });
}

/** Measures synchronously when the network is small enough to do it here without a pause. */
export function measureNow(net: Network): MeasureResult | null {
  return net.nodes.length <= MEASURE_HERE_LIMIT ? computeMeasures(net) : null;
}
