/**
 * Full-text search over every entity (MiniSearch). STUB: the search issue
 * replaces the implementation; the exported interface is what the app uses.
 */
import MiniSearch from 'minisearch';
import type { GraphIndex } from '../graph/graph.ts';

export interface SearchHit {
  id: string;
  score: number;
  /** Document terms that matched (for highlighting). */
  terms: string[];
}

export interface SearchOptions {
  /** Keep only entities for which this returns true (filters, type facets). */
  filter?: (id: string) => boolean;
  limit?: number;
  sort?: 'relevance' | 'date';
}

export class SearchIndex {
  readonly #ms: MiniSearch<{ id: string; name: string; aliases: string; description: string }>;
  readonly #graph: GraphIndex;

  constructor(graph: GraphIndex) {
    this.#graph = graph;
    this.#ms = new MiniSearch({ fields: ['name', 'aliases', 'description'], storeFields: [] });
    this.#ms.addAll(graph.entities.map((e) => ({ id: e.id, name: e.name, aliases: (e.aliases ?? []).join(' '), description: e.description ?? '' })));
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    if (query.trim() === '') return [];
    let hits = this.#ms.search(query, { prefix: true, fuzzy: 0.2, boost: { name: 3, aliases: 3 } })
      .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
    if (opts.filter) hits = hits.filter((h) => opts.filter!(h.id));
    return hits.slice(0, opts.limit ?? 50);
  }

  /** Closest matches ignoring filters, for explaining an empty result. */
  nearest(query: string, limit = 5): SearchHit[] {
    return this.search(query, { limit });
  }

  get graph(): GraphIndex {
    return this.#graph;
  }
}
