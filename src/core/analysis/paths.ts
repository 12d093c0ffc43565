/**
 * "How is A connected to B": every shortest path between two entities of the
 * knowledge graph (up to a cap), breadth-first by layers, over undirected
 * relations. Relation types can be ignored, and entity types can be refused as
 * stepping stones (a path through a country is weak); the two ends are always
 * allowed. Paths are sequences of entities; each hop lists the relations that
 * join its two entities, preferred first.
 */
import type { Edge, GraphIndex } from '../graph/graph.ts';
import { otherEnd } from '../graph/graph.ts';
import type { EntityType } from '../model/schema.ts';
import { byId, compareEdges } from './relations.ts';

export interface PathOptions {
  /** Relation type ids never walked. */
  excludeRelations?: readonly string[];
  /** Entity types never used between the two ends. */
  excludeTypes?: readonly EntityType[];
  /** Extra test for entities between the ends (the filters). */
  within?: (id: string) => boolean;
  /** Extra test for relations (the relation-type filter). */
  edge?: (edge: Edge) => boolean;
  /** At most this many paths are listed (default 10). */
  limit?: number;
}

export interface Hop {
  from: string;
  to: string;
  /** Edge ids joining `from` and `to`, preferred first (never empty). */
  edges: string[];
}

export interface Path {
  /** Entity ids from the start to the end. */
  nodes: string[];
  hops: Hop[];
}

export interface PathResult {
  /** Number of hops of the shortest paths; null when the ends are not connected. */
  length: number | null;
  /** How many shortest paths exist (may exceed `paths.length`). */
  total: number;
  paths: Path[];
}

export const DEFAULT_PATH_LIMIT = 10;

export function shortestPaths(g: GraphIndex, from: string, to: string, opts: PathOptions = {}): PathResult {
  const none: PathResult = { length: null, total: 0, paths: [] };
  if (!g.byId.has(from) || !g.byId.has(to)) return none;
  if (from === to) return { length: 0, total: 1, paths: [{ nodes: [from], hops: [] }] };

  const exRel = new Set(opts.excludeRelations ?? []);
  const exType = new Set(opts.excludeTypes ?? []);
  const edgeOk = (e: Edge) => !exRel.has(e.type) && (!opts.edge || opts.edge(e));
  const stepOk = (id: string) => {
    if (id === to) return true;
    const e = g.byId.get(id);
    return e !== undefined && !exType.has(e.type) && (!opts.within || opts.within(id));
  };
  const adj = (id: string): Map<string, Edge[]> => {
    const m = new Map<string, Edge[]>();
    for (const e of g.incident.get(id) ?? []) {
      if (!edgeOk(e)) continue;
      const o = otherEnd(e, id);
      if (o === id) continue;
      const list = m.get(o);
      if (list) list.push(e);
      else m.set(o, [e]);
    }
    return m;
  };

  // Layered BFS from `from`, recording for each reached entity its predecessors
  // on shortest paths and the number of shortest paths to it (sigma).
  const dist = new Map<string, number>([[from, 0]]);
  const preds = new Map<string, string[]>();
  const sigma = new Map<string, number>([[from, 1]]);
  let frontier = [from];
  let d = 0;
  while (frontier.length > 0 && !dist.has(to)) {
    d++;
    const next: string[] = [];
    for (const u of frontier) {
      if (u !== from && !stepOk(u)) continue;
      for (const v of adj(u).keys()) {
        if (v !== to && !stepOk(v)) continue;
        const dv = dist.get(v);
        if (dv === undefined) {
          dist.set(v, d);
          next.push(v);
        }
        if ((dv ?? d) === d) {
          preds.set(v, [...(preds.get(v) ?? []), u]);
          sigma.set(v, (sigma.get(v) ?? 0) + (sigma.get(u) ?? 0));
        }
      }
    }
    frontier = next;
  }
  const length = dist.get(to);
  if (length === undefined) return none;

  // Enumerate paths backwards from `to`, predecessors in id order, up to the cap.
  const limit = Math.max(1, opts.limit ?? DEFAULT_PATH_LIMIT);
  const found: string[][] = [];
  const walk = (v: string, tail: string[]) => {
    if (found.length >= limit) return;
    if (v === from) {
      found.push([from, ...tail]);
      return;
    }
    for (const u of [...(preds.get(v) ?? [])].sort(byId)) walk(u, [v, ...tail]);
  };
  walk(to, []);

  const paths = found.map((nodes) => ({
    nodes,
    hops: nodes.slice(1).map((v, i) => {
      const u = nodes[i]!;
      const edges = [...(adj(u).get(v) ?? [])].sort((a, b) => compareEdges(g, a, b)).map((e) => e.id);
      return { from: u, to: v, edges };
    }),
  }));
  return { length, total: sigma.get(to) ?? paths.length, paths };
}

/** Node and edge ids of the given paths (for highlighting), each once. */
export function pathElementIds(paths: readonly Path[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    for (const n of p.nodes) out.add(n);
    for (const h of p.hops) for (const e of h.edges) out.add(e);
  }
  return [...out];
}
