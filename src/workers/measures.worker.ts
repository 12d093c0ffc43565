/// <reference lib="webworker" />
/**
 * Computes measures off the main thread: Cytoscape's algorithms on a headless
 * instance, then PageRank with graphology where Cytoscape's is too big (see
 * src/adapters/cytoscape/measures.ts).
 *
 * It is sent a light copy of the graph in slices (`part`), then requests: build
 * the collaboration network or the knowledge graph within the filters of a
 * view, and measure it. On a large dataset, building the collaboration network
 * takes seconds: that is why it happens here (src/adapters/cytoscape/measures-client.ts).
 */
import { completeMeasures, computeMeasures } from '../adapters/cytoscape/measures.ts';
import { packMeasures } from '../adapters/cytoscape/measures-packed.ts';
import type { PackedMeasures } from '../adapters/cytoscape/measures-packed.ts';
import { scopedNetwork } from '../core/analysis/scoped.ts';
import type { GraphParts, ScopedKind } from '../core/analysis/scoped.ts';
import { buildGraph } from '../core/graph/graph.ts';
import { countryReach } from '../core/graph/visible.ts';
import type { GraphIndex } from '../core/graph/graph.ts';
import type { ViewState } from '../core/view/state.ts';

export type MeasuresRequest =
  | { graph: number; part: GraphParts }
  | { job: number; graph: number; kind: ScopedKind; view: ViewState }
  /** How many entities each country keeps (`countryReach`). */
  | { job: number; graph: number; reach: true };

export interface MeasuresReply {
  job: number;
  /** The measures, packed (see measures-packed.ts); the nodes of the network measured are its `ids`. */
  result?: PackedMeasures;
  /** The answer to `reach`: country id → entities it keeps. */
  reach?: [string, number][];
  error?: string;
}

const parts = new Map<number, GraphParts>();
let current: { id: number; graph: GraphIndex } | null = null;

function graphOf(id: number): GraphIndex {
  if (current?.id === id) return current.graph;
  const p = parts.get(id);
  if (!p) throw new Error('the dataset did not reach the measuring thread');
  current = { id, graph: buildGraph({ ...p.meta, entities: p.entities, relations: p.relations }) };
  return current.graph;
}

const post = (reply: MeasuresReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (ev: MessageEvent<MeasuresRequest>) => {
  const m = ev.data;
  if ('part' in m) {
    // Only the newest dataset is kept.
    for (const id of parts.keys()) if (id < m.graph) parts.delete(id);
    const p = parts.get(m.graph);
    if (!p) parts.set(m.graph, m.part);
    else {
      p.entities.push(...m.part.entities);
      p.relations.push(...m.part.relations);
    }
    return;
  }
  try {
    if ('reach' in m) {
      post({ job: m.job, reach: [...countryReach(graphOf(m.graph))] });
      return;
    }
    const net = scopedNetwork(graphOf(m.graph), m.kind, m.view);
    const [result, buffers] = packMeasures(await completeMeasures(net, computeMeasures(net)), net.nodes);
    post({ job: m.job, result }, buffers);
  } catch (e) {
    post({ job: m.job, error: e instanceof Error ? e.message : String(e) });
  }
};
