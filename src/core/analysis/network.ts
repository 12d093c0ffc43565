/**
 * A plain undirected weighted network, the input of the measures: either the
 * knowledge graph (parallel relations between two entities merged, weight = how
 * many) or the collaboration network (weight = shared contexts).
 */
import type { Edge, GraphIndex } from '../graph/graph.ts';
import type { CollabNetwork } from './collab.ts';
import { byId } from './relations.ts';
import { SIZE_MEASURES } from '../view/state.ts';
import type { SizeMeasure } from '../view/state.ts';

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
}

export interface Network {
  nodes: string[];
  edges: NetworkEdge[];
}

/** The measures a node's size can follow (the view state's list). */
export const MEASURES = SIZE_MEASURES;
export type Measure = SizeMeasure;

export const MEASURE_LABELS: Record<Measure, string> = {
  degree: 'Degree',
  weighted: 'Weighted degree',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  pagerank: 'PageRank',
};

export const MEASURE_HELP: Record<Measure, string> = {
  degree: 'How many others it is directly linked to.',
  weighted: 'Sum of the weights of its links (shared contexts, or relations).',
  betweenness: 'How often it lies on the shortest paths between others: a broker between groups.',
  closeness: 'How near it is to everyone else (harmonic closeness, 1 = the nearest).',
  pagerank: 'Importance from being linked to important others (PageRank, links weighted).',
};

/** The knowledge graph among `ids`: one edge per linked pair, weight = number of relations. */
export function knowledgeNetwork(g: GraphIndex, ids: Iterable<string>, edgeOk: (e: Edge) => boolean = () => true): Network {
  const keep = new Set(ids);
  const pairs = new Map<string, NetworkEdge>();
  for (const e of g.edges) {
    if (e.source === e.target || !keep.has(e.source) || !keep.has(e.target) || !edgeOk(e)) continue;
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const id = `${a}|${b}`;
    const p = pairs.get(id);
    if (p) p.weight++;
    else pairs.set(id, { id, source: a, target: b, weight: 1 });
  }
  return { nodes: [...keep].sort(byId), edges: [...pairs.values()].sort((x, y) => byId(x.id, y.id)) };
}

export function collabToNetwork(c: CollabNetwork): Network {
  return { nodes: [...c.nodes], edges: c.links.map((l) => ({ id: l.id, source: l.a, target: l.b, weight: l.weight })) };
}

/**
 * Competition ranks (1, 2, 2, 4) by descending value, among `ids` only.
 * Values closer than 1e-9 count as ties.
 */
export function ranks(values: ReadonlyMap<string, number>, ids?: Iterable<string>): Map<string, number> {
  const list = [...(ids ?? values.keys())].filter((id) => values.has(id))
    .map((id) => ({ id, v: values.get(id)! }))
    .sort((a, b) => b.v - a.v || byId(a.id, b.id));
  const out = new Map<string, number>();
  let rank = 0;
  let prev = Number.NaN;
  list.forEach((x, i) => {
    if (!(Math.abs(x.v - prev) < 1e-9)) rank = i + 1;
    prev = x.v;
    out.set(x.id, rank);
  });
  return out;
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const s = n % 100;
  const num = n.toLocaleString('en');
  if (s >= 11 && s <= 13) return `${num}th`;
  return `${num}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
