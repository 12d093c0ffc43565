/// <reference lib="webworker" />
/**
 * Full-text search of a large dataset off the main thread: it is sent the
 * dataset in slices (without citations), indexes it all at once, and answers
 * queries with every match ranked; the page filters and orders them
 * (src/state/remote-search.svelte.ts). Queries that arrive before the index is
 * built wait for it.
 */
import type { GraphParts } from '../core/analysis/scoped.ts';
import { buildGraph } from '../core/graph/graph.ts';
import { SearchIndex } from '../core/search/index.ts';
import { packedBuffers, packHits } from '../core/search/packed.ts';
import type { PackedHits } from '../core/search/packed.ts';
import type { Ranked } from '../core/search/index.ts';

export type SearchRequest =
  | { part: GraphParts }
  | { build: true }
  | { job: number; query: string; nearest?: number };

export type SearchReply =
  | { built: number; size: number }
  | { job: number; ranked?: PackedRanked; nearest?: PackedHits; error?: string };

/** A ranked answer with its hits packed (see packed.ts: copying thousands of hit objects took as long as the search). */
export type PackedRanked = Omit<Ranked, 'hits'> & { hits: PackedHits };

/** Typed like a user would: a letter, a prefix, a word, two words. */
const WARM_UP = ['a', 'se', 'org', 'network', 'human traf'];

/** Where the Worker's code runs: the Worker's global scope, or a stand-in in tests. */
export interface SearchScope {
  onmessage: ((e: MessageEvent<SearchRequest>) => void) | null;
  postMessage(reply: SearchReply, transfer?: Transferable[]): void;
}

export function serve(scope: SearchScope): void {
  let parts: GraphParts | null = null;
  let index: SearchIndex | null = null;
  /** Queries that arrived before the index was built. */
  let waiting: Extract<SearchRequest, { job: number }>[] = [];
  const post = (reply: SearchReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

  const answer = (idx: SearchIndex, m: Extract<SearchRequest, { job: number }>) => {
    try {
      if (m.nearest !== undefined) {
        const nearest = packHits(idx.nearest(m.query, m.nearest));
        post({ job: m.job, nearest }, packedBuffers(nearest));
      } else {
        const ranked = idx.ranked(m.query);
        const hits = packHits(ranked.hits);
        post({ job: m.job, ranked: { ...ranked, hits } }, packedBuffers(hits));
      }
    } catch (e) {
      post({ job: m.job, error: e instanceof Error ? e.message : String(e) });
    }
  };

  scope.onmessage = (ev) => {
    const m = ev.data;
    if ('part' in m) {
      if (!parts) parts = m.part;
      else {
        parts.entities.push(...m.part.entities);
        parts.relations.push(...m.part.relations);
      }
      return;
    }
    if ('build' in m) {
      const t = performance.now();
      const p = parts;
      if (!p) throw new Error('no dataset was sent to the search thread');
      index = new SearchIndex(buildGraph({ ...p.meta, entities: p.entities, relations: p.relations }));
      index.indexSome(Infinity);
      parts = null;
      post({ built: performance.now() - t, size: index.size });
      // A few searches before the first real one, so that it does not run on cold code
      // (the first queries took 100–160 ms, later ones 40–70); their answers are forgotten.
      for (const q of WARM_UP) index.ranked(q);
      index.forget();
      const queued = waiting;
      waiting = [];
      for (const q of queued) answer(index, q);
      return;
    }
    if (!index) waiting.push(m);
    else answer(index, m);
  };
}

if (typeof self !== 'undefined') serve(self as unknown as SearchScope);
