/**
 * Measures without freezing the page: small networks are measured right here
 * (a few milliseconds, `measureNow`); on a bigger dataset a Worker builds the
 * network to measure and measures it (`measureScoped`), because even building
 * the collaboration network takes seconds there. The Worker is sent a light
 * copy of the graph once, in slices between which the page stays responsive,
 * and then only the view's filters. Where Workers are missing (tests in Node,
 * blocked Workers), everything is done here.
 */
import type { Network } from '../../core/analysis/network.ts';
import { graphParts, scopedNetwork } from '../../core/analysis/scoped.ts';
import type { ScopedKind } from '../../core/analysis/scoped.ts';
import type { GraphIndex } from '../../core/graph/graph.ts';
import { countryReach } from '../../core/graph/visible.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import type { ViewState } from '../../core/view/state.ts';
import type { MeasuresReply, MeasuresRequest } from '../../workers/measures.worker.ts';
import { completeMeasures, computeMeasures } from './measures.ts';
import { unpackMeasures } from './measures-packed.ts';
import type { MeasureResult } from './measures.ts';

/** Up to this many nodes, measuring here takes a few milliseconds. */
export const MEASURE_HERE_LIMIT = 300;
/** Items per slice of the graph sent to the Worker: each slice is a short task. */
const SLICE = 2000;

/** A measured network and its nodes. */
export interface Measured {
  result: MeasureResult;
  ids: readonly string[];
}

interface Request { g: GraphIndex; what: ScopedKind; view: ViewState }
/** A question to the Worker: what to do with its answer, or without one (the Worker failed). */
interface Waiting { settle: (reply: MeasuresReply) => void; orHere: () => void }

let worker: Worker | null = null;
/** A Worker that failed once is not tried again: everything is measured here from then on. */
let failed = false;
let job = 0;
const waiting = new Map<number, Waiting>();
/** Graphs sent to the Worker (or being sent), by the id the Worker knows them by. */
const sent = new WeakMap<Dataset, { id: number; done: Promise<void> }>();
let graphs = 0;

function startWorker(): Worker | null {
  if (worker) return worker;
  if (failed || typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('../../workers/measures.worker.ts', import.meta.url), { type: 'module', name: 'measures' });
  } catch {
    return null;
  }
  worker.onmessage = (e: MessageEvent<MeasuresReply>) => {
    const w = waiting.get(e.data.job);
    if (!w) return;
    waiting.delete(e.data.job);
    w.settle(e.data);
  };
  worker.onerror = (e) => {
    // A Worker that cannot start: measure what was asked here instead.
    e.preventDefault();
    worker?.terminate();
    worker = null;
    failed = true;
    const all = [...waiting.values()];
    waiting.clear();
    for (const w of all) w.orHere();
  };
  return worker;
}

async function measureHere(req: Request): Promise<Measured> {
  const net = scopedNetwork(req.g, req.what, req.view);
  return { result: await completeMeasures(net, computeMeasures(net)), ids: net.nodes };
}

const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Sends a light copy of the graph to the Worker, a slice per task (once per graph). */
function send(w: Worker, g: GraphIndex): { id: number; done: Promise<void> } {
  let s = sent.get(g.dataset);
  if (s) return s;
  const id = ++graphs;
  const done = (async () => {
    for (const part of graphParts(g.dataset, SLICE)) {
      w.postMessage({ graph: id, part } satisfies MeasuresRequest);
      await turn();
    }
  })();
  sent.set(g.dataset, (s = { id, done }));
  return s;
}

/**
 * How long after a large dataset's first view the measures Worker is started and
 * sent the graph (`prepareMeasures`, the country counts): not while that view is
 * drawn and first clicked, which the Worker's start-up on the other core slowed.
 */
export const PREPARE_AFTER_VIEW_MS = 2000;

/**
 * Copies a dataset too big to measure here to the Worker ahead of the first
 * question (the copy is most of the page's part of the work).
 */
export function prepareMeasures(g: GraphIndex): void {
  if (g.entities.length <= MEASURE_HERE_LIMIT) return;
  const w = startWorker();
  // A failed copy is reported by the measuring that waits for it.
  if (w) send(w, g).done.catch(() => {});
}

/**
 * Asks the Worker a question about `g`, once the graph is there (copied once
 * per graph). `here` answers instead where there is no Worker, or if it fails.
 */
async function askAbout<T>(
  g: GraphIndex, message: (job: number, graph: number) => MeasuresRequest,
  read: (reply: MeasuresReply) => T, here: () => Promise<T> | T,
): Promise<T> {
  const w = startWorker();
  if (!w) return here();
  const s = send(w, g);
  await s.done;
  if (worker !== w) return here(); // the Worker failed meanwhile
  const id = ++job;
  return new Promise((resolve, reject) => {
    waiting.set(id, {
      settle: (reply) => {
        try {
          resolve(read(reply));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      },
      orHere: () => void Promise.resolve().then(here).then(resolve, reject),
    });
    w.postMessage(message(id, s.id));
  });
}

/**
 * For each country, how many entities a filter on it alone keeps
 * (`countryReach`), counted in the Worker for a large dataset: at 50,000
 * entities it took a quarter to half a second of the first view. Here where
 * there is no Worker.
 */
export function countryCounts(g: GraphIndex): Promise<Map<string, number>> {
  return askAbout(g, (job, graph) => ({ job, graph, reach: true }), ({ reach, error }) => {
    if (!reach) throw new Error(error ?? 'the countries could not be counted');
    return new Map(reach);
  }, () => countryReach(g));
}

/**
 * The measures of the collaboration network or of the knowledge graph within
 * the view's filters, built and measured in the Worker (here if there is none).
 */
export async function measureScoped(g: GraphIndex, what: ScopedKind, view: ViewState): Promise<Measured> {
  // A plain copy: the view may be a reactive object.
  const plain = JSON.parse(JSON.stringify(view)) as ViewState;
  let began: number | null = null;
  const got = await askAbout(g, (job, graph) => {
    began = performance.now();
    return { job, graph, kind: what, view: plain };
  }, ({ result, error }) => {
    if (!result) throw new Error(error ?? 'the measures could not be computed');
    return { result: unpackMeasures(result), ids: result.ids };
  }, () => measureHere({ g, what, view }));
  // For the benchmark and the Performance panel: how long the Worker took to build and measure.
  if (began !== null) performance.measure(`measures of the ${what === 'collab' ? 'collaboration network' : 'knowledge graph'} (in a Worker)`, { start: began, duration: performance.now() - began });
  return got;
}

/** Measures synchronously when the network is small enough to do it here without a pause. */
export function measureNow(net: Network): MeasureResult | null {
  return net.nodes.length <= MEASURE_HERE_LIMIT ? computeMeasures(net) : null;
}
