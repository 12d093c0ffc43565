/**
 * Link prediction on an undirected graph given as adjacency sets.
 *
 * Adamic–Adar index (Adamic & Adar 2003; Liben-Nowell & Kleinberg 2007):
 *   AA(x, y) = Σ over common neighbours z of x and y of 1 / ln |N(z)|
 * Common neighbours with few neighbours of their own (a rare topic, a small
 * partner) weigh more than hubs. A common neighbour has at least the two of
 * them as neighbours, so ln |N(z)| ≥ ln 2 > 0.
 */
import { byId } from './relations.ts';

export type Adjacency = ReadonlyMap<string, ReadonlySet<string>>;

export interface Scored {
  id: string;
  score: number;
  /** The common neighbours, in id order. */
  common: string[];
}

/** Weight of a common neighbour of degree `degree` in the Adamic–Adar sum. */
export function adamicAdarWeight(degree: number): number {
  return degree > 1 ? 1 / Math.log(degree) : 0;
}

/**
 * Every node sharing at least one neighbour with `x` (except `x`), with its
 * Adamic–Adar score, best first (ties by id). `candidate` restricts who is scored.
 */
export function adamicAdar(adj: Adjacency, x: string, candidate?: (id: string) => boolean): Scored[] {
  const acc = new Map<string, { score: number; common: string[] }>();
  for (const z of [...(adj.get(x) ?? [])].sort(byId)) {
    const nz = adj.get(z);
    if (!nz) continue;
    const w = adamicAdarWeight(nz.size);
    for (const y of nz) {
      if (y === x || (candidate && !candidate(y))) continue;
      const a = acc.get(y) ?? { score: 0, common: [] };
      a.score += w;
      a.common.push(z);
      acc.set(y, a);
    }
  }
  return [...acc].map(([id, a]) => ({ id, score: a.score, common: a.common }))
    .sort((p, q) => q.score - p.score || byId(p.id, q.id));
}

/** Common-neighbours count, the simplest baseline (for comparison in tests). */
export function commonNeighbours(adj: Adjacency, x: string, y: string): number {
  const nx = adj.get(x);
  const ny = adj.get(y);
  if (!nx || !ny) return 0;
  let n = 0;
  for (const z of nx) if (ny.has(z)) n++;
  return n;
}

/** Adds an undirected edge to a mutable adjacency. */
export function addEdge(adj: Map<string, Set<string>>, a: string, b: string): void {
  if (a === b) return;
  let sa = adj.get(a);
  if (!sa) adj.set(a, (sa = new Set()));
  let sb = adj.get(b);
  if (!sb) adj.set(b, (sb = new Set()));
  sa.add(b);
  sb.add(a);
}
