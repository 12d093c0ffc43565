/**
 * Graph measures computed with Cytoscape's own algorithms on a headless
 * instance (no container, no style): degree and weighted degree
 * (`degreeCentrality`, alpha 0 and 1), betweenness (`betweennessCentrality`,
 * Brandes), harmonic closeness (`closenessCentralityNormalized`) and PageRank
 * (`pageRank`).
 *
 * Choices:
 * - The network is undirected. Betweenness and closeness count hops (a
 *   collaboration weight is a strength, not a distance); Cytoscape counts each
 *   unordered pair twice in undirected betweenness, so its value is halved to
 *   the usual definition (the middle of a–b–c scores 1).
 * - PageRank in Cytoscape follows edge direction, so each link is given in both
 *   directions, weighted; damping 0.85 (the usual value, Cytoscape's default is 0.8).
 * - Size limits: Cytoscape's closeness runs Floyd–Warshall (n³) and its
 *   PageRank builds an n×n matrix; measured here, betweenness took 1.5 s and
 *   closeness 2.5 s at 1,000 nodes, and the design notes measured 387 s for
 *   betweenness and 15 s for PageRank at 10,000. Above the limits below, those
 *   measures are reported as not computed, with the reason, rather than freezing
 *   the page; PageRank is then computed by graphology-metrics (57 ms at 10,000
 *   nodes), loaded only when needed (`completeMeasures`).
 */
import cytoscape from 'cytoscape';
import type {
  Core, EdgeSingular, ElementDefinition, NodeSingular, SearchDegreeCentralityResultDirected,
  SearchDegreeCentralityResultUndirected, SearchPageRankOptions,
} from 'cytoscape';
import type { Measure, Network } from '../../core/analysis/network.ts';
import { ranks } from '../../core/analysis/network.ts';
import { fromCyId, toCyId } from './ids.ts';

export const CYTOSCAPE_LIMITS: Readonly<Record<'betweenness' | 'closeness' | 'pagerank', number>> = {
  betweenness: 500,
  closeness: 500,
  pagerank: 1500,
};

export interface MeasureResult {
  /** Number of nodes measured. */
  nodes: number;
  values: Partial<Record<Measure, ReadonlyMap<string, number>>>;
  /** Competition ranks (1 = highest) per measure, among all nodes measured. */
  ranks: Partial<Record<Measure, ReadonlyMap<string, number>>>;
  /** Why a measure was not computed. */
  skipped: Partial<Record<Measure, string>>;
  /** Which library computed each measure. */
  engine: Partial<Record<Measure, 'cytoscape' | 'graphology'>>;
}

/** Cytoscape element definitions of a network (also usable to draw it). */
export function networkElements(net: Network): ElementDefinition[] {
  return [
    ...net.nodes.map((id) => ({ group: 'nodes' as const, data: { id: toCyId(id) } })),
    ...net.edges.map((e) => ({ group: 'edges' as const, data: { id: toCyId(e.id), source: toCyId(e.source), target: toCyId(e.target), weight: e.weight } })),
  ];
}

const weightOf = (e: EdgeSingular): number => Number(e.data('weight')) || 1;

export function computeMeasures(net: Network, limits = CYTOSCAPE_LIMITS): MeasureResult {
  const n = net.nodes.length;
  const values: MeasureResult['values'] = {};
  const skipped: MeasureResult['skipped'] = {};
  const engine: MeasureResult['engine'] = {};
  if (n > limits.betweenness) skipped.betweenness = tooBig(n, limits.betweenness, 'betweenness');
  if (n > limits.closeness) skipped.closeness = tooBig(n, limits.closeness, 'closeness');
  if (n > limits.pagerank) skipped.pagerank = `PageRank is computed with graphology-metrics instead: Cytoscape's needs an n×n matrix, too big at ${n.toLocaleString('en')} nodes.`;
  if (n > limits.betweenness && n > limits.closeness && n > limits.pagerank) {
    // Only the degrees are left to compute: counted from the links. A headless Cytoscape built
    // for them alone took 1.6 s at 10,000 nodes and 34,000 links.
    const [degree, weighted] = degreesOf(net);
    values.degree = degree;
    values.weighted = weighted;
    return { nodes: n, values, ranks: rankAll(values), skipped, engine };
  }
  const cy = cytoscape({ headless: true, styleEnabled: false, elements: networkElements(net) });
  try {
    const degree = new Map<string, number>();
    const weighted = new Map<string, number>();
    cy.nodes().forEach((node) => {
      // Called on the node's own edges so that each call is O(degree), not O(edges).
      const own = node.connectedEdges();
      degree.set(fromCyId(node.id()), undirected(own.degreeCentrality({ root: node, alpha: 0 })));
      weighted.set(fromCyId(node.id()), undirected(own.degreeCentrality({ root: node, alpha: 1, weight: weightOf })));
    });
    values.degree = degree;
    values.weighted = weighted;
    engine.degree = engine.weighted = 'cytoscape';

    if (n <= limits.betweenness) {
      const bc = cy.elements().betweennessCentrality({ directed: false });
      values.betweenness = collect(cy, (node) => bc.betweenness(node) / 2);
      engine.betweenness = 'cytoscape';
    }

    if (n <= limits.closeness) {
      const cc = cy.elements().closenessCentralityNormalized({ directed: false, harmonic: true });
      values.closeness = collect(cy, (node) => Number(cc.closeness(node)) || 0);
      engine.closeness = 'cytoscape';
    }

    if (n <= limits.pagerank) {
      values.pagerank = cytoscapePageRank(net);
      engine.pagerank = 'cytoscape';
    }
  } finally {
    cy.destroy();
  }
  return { nodes: n, values, ranks: rankAll(values), skipped, engine };
}

/** Links at each node, and the sum of their weights (undirected; a loop counts once, as in Cytoscape). */
function degreesOf(net: Network): [Map<string, number>, Map<string, number>] {
  const degree = new Map<string, number>(net.nodes.map((id) => [id, 0]));
  const weighted = new Map<string, number>(net.nodes.map((id) => [id, 0]));
  for (const e of net.edges) {
    for (const end of e.source === e.target ? [e.source] : [e.source, e.target]) {
      const d = degree.get(end);
      if (d === undefined) continue;
      degree.set(end, d + 1);
      weighted.set(end, weighted.get(end)! + (e.weight || 1));
    }
  }
  return [degree, weighted];
}

/** For large networks: fills in PageRank with graphology-metrics (loaded on demand). */
export async function completeMeasures(net: Network, result: MeasureResult): Promise<MeasureResult> {
  if (result.values.pagerank) return result;
  const [{ default: Graph }, { default: pagerank }] = await Promise.all([
    import('graphology'),
    import('graphology-metrics/centrality/pagerank.js'),
  ]);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of net.nodes) graph.addNode(id);
  for (const e of net.edges) graph.mergeEdge(e.source, e.target, { weight: e.weight });
  const pr = pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85 });
  const values = { ...result.values, pagerank: new Map(Object.entries(pr)) };
  const skipped = { ...result.skipped };
  delete skipped.pagerank;
  return { ...result, values, ranks: rankAll(values), skipped, engine: { ...result.engine, pagerank: 'graphology' } };
}

function cytoscapePageRank(net: Network): Map<string, number> {
  const els: ElementDefinition[] = net.nodes.map((id) => ({ group: 'nodes', data: { id: toCyId(id) } }));
  for (const e of net.edges) {
    els.push({ group: 'edges', data: { id: toCyId(`${e.id}>`), source: toCyId(e.source), target: toCyId(e.target), weight: e.weight } });
    els.push({ group: 'edges', data: { id: toCyId(`${e.id}<`), source: toCyId(e.target), target: toCyId(e.source), weight: e.weight } });
  }
  const cy = cytoscape({ headless: true, styleEnabled: false, elements: els });
  try {
    // Cytoscape's pageRank accepts a `weight` function (see its page-rank.mjs)
    // although its type declarations omit it.
    const options = { dampingFactor: 0.85, weight: weightOf } as SearchPageRankOptions;
    const pr = cy.elements().pageRank(options);
    return collect(cy, (node) => pr.rank(node));
  } finally {
    cy.destroy();
  }
}

function undirected(r: SearchDegreeCentralityResultDirected | SearchDegreeCentralityResultUndirected): number {
  return 'degree' in r ? r.degree : r.indegree + r.outdegree;
}

function collect(cy: Core, f: (node: NodeSingular) => number): Map<string, number> {
  const m = new Map<string, number>();
  cy.nodes().forEach((node) => {
    m.set(fromCyId(node.id()), f(node));
  });
  return m;
}

function rankAll(values: MeasureResult['values']): MeasureResult['ranks'] {
  const out: MeasureResult['ranks'] = {};
  for (const [k, v] of Object.entries(values) as [Measure, ReadonlyMap<string, number>][]) out[k] = ranks(v);
  return out;
}

function tooBig(n: number, limit: number, what: string): string {
  return `Not computed: ${n.toLocaleString('en')} nodes is more than the ${limit.toLocaleString('en')} for which Cytoscape's ${what} runs in the browser without freezing it (it grows with nodes × edges; 1.5–2.5 s at 1,000 nodes here). Narrow the graph with the filters to compute it.`;
}
