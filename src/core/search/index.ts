/**
 * Full-text search over every entity (MiniSearch), in any of the region's languages.
 *
 * - What is indexed, and how much each field weighs: `documents.ts`.
 * - How text becomes words in any of the region's scripts: `normalize.ts`, `tokenize.ts`.
 * - How a query is read (type words, stop words, fuzziness): `query.ts`.
 * - How words match, also through relations: `match.ts`; the final order: `ranking.ts`.
 * - How results are shown (groups, highlights, snippets): `present.ts`, `highlight.ts`.
 *
 * Every query word must match (prefix while typing, fuzzy scaled to the word's
 * length); if no entity has them all, entities matching some are returned and
 * the outcome says so. An exact name or other name always comes first.
 *
 * Not aimed at: stemming, synonyms beyond aliases and country names, phrase
 * queries, simplified ↔ traditional Chinese.
 */
import MiniSearch from 'minisearch';
import type { GraphIndex } from '../graph/graph.ts';
import { dateSpan, neighbours } from '../graph/graph.ts';
import type { Entity, EntityType } from '../model/schema.ts';
import { BOOSTS, DocumentBuilder, FIELDS, fieldTerms } from './documents.ts';
import type { SearchDoc } from './documents.ts';
import { combine, matchWord, wordQuery } from './match.ts';
import type { WordMatch } from './match.ts';
import { otherNames } from './names.ts';
import { parseQuery } from './query.ts';
import type { ParsedQuery } from './query.ts';
import { byDate, NameTable, rank } from './ranking.ts';
import { isCjk } from './tokenize.ts';
import type { SearchHit } from './ranking.ts';

export { FIELDS, NAME_FIELDS } from './documents.ts';
export type { Field } from './documents.ts';
export { EXACT_BONUS, PREFIX_BONUS } from './ranking.ts';
export type { SearchHit } from './ranking.ts';

export interface SearchOptions {
  /** Keep only entities for which this returns true (filters, type facets). */
  filter?: (id: string) => boolean;
  limit?: number;
  sort?: 'relevance' | 'date';
}

/** Everything a search found, and what the UI needs to explain it. */
export interface SearchOutcome {
  /** All matches passing the filter, in the requested order. */
  hits: SearchHit[];
  /** Matches before the filter. */
  unfiltered: number;
  /** The answer is still being computed (in a Worker): these are no results yet. */
  pending?: boolean;
  /** No entity matched every word: these match some of them. */
  partial: boolean;
  /** Query words that match nothing at all. */
  missing: string[];
  /** Entity types the query named ("events"); results are restricted to them. */
  types: EntityType[];
  /** The folded words searched for (for highlighting). */
  terms: string[];
}

/** What a query finds before filters and order (what a search Worker sends back). */
export type Ranked = Omit<SearchOutcome, 'unfiltered' | 'pending'>;

/** The outcome of ranked matches under the options: filtered, then in date order if asked. */
export function outcomeOf(ranked: Ranked, opts: Omit<SearchOptions, 'limit'>, dateKey: () => ReadonlyMap<string, string>): SearchOutcome {
  const hits = opts.filter ? ranked.hits.filter((h) => opts.filter!(h.id)) : ranked.hits.slice();
  if (opts.sort === 'date') byDate(hits, dateKey());
  return { ...ranked, hits, unfiltered: ranked.hits.length };
}

/**
 * What the app searches with: a `SearchIndex` here, or for a large dataset a
 * client of one in a Worker (src/state/remote-search.svelte.ts), whose answers
 * arrive later: until then an outcome is `pending`.
 */
export interface Searcher {
  run(query: string, opts?: Omit<SearchOptions, 'limit'>): SearchOutcome;
  search(query: string, opts?: SearchOptions): SearchHit[];
  nearest(query: string, limit?: number): SearchHit[];
  /** Indexes for about `budgetMs` (see SearchIndex.indexSome); true once done. */
  indexSome(budgetMs: number): boolean;
  readonly ready: boolean;
}

const EMPTY: Ranked = { hits: [], partial: false, missing: [], types: [], terms: [] };
/** Recent queries kept: the search box and the graph ask for the same query in turn. */
const CACHE_SIZE = 8;
/** Recent words kept (see `#word`). */
const WORD_CACHE_SIZE = 24;

export class SearchIndex implements Searcher {
  readonly #ms: MiniSearch<SearchDoc>;
  readonly #graph: GraphIndex;
  readonly #builder: DocumentBuilder;
  readonly #names = new NameTable();
  readonly #dateKey = new Map<string, string>();
  /** Type of each entity, and its position when sorted by name (shorter first), to break ties cheaply. */
  readonly #info = new Map<string, { type: EntityType; order: number }>();
  readonly #neighbours = new Map<string, readonly string[]>();
  readonly #cache = new Map<string, Ranked>();
  readonly #words = new Map<string, Map<string, WordMatch>>();
  /** Entities of some types in date order (type-only queries such as "events"), by types. */
  readonly #byType = new Map<string, string[]>();
  /** Entities indexed so far (in dataset order). */
  #indexed = 0;

  /** Cheap: entities are indexed by the first search, or beforehand in slices with `indexSome`. */
  constructor(graph: GraphIndex) {
    this.#graph = graph;
    this.#ms = new MiniSearch<SearchDoc>({
      fields: [...FIELDS],
      storeFields: [],
      // Documents arrive analysed (see DocumentBuilder): fields are folded terms joined by spaces.
      tokenize: fieldTerms,
      processTerm: (term) => term,
      searchOptions: {
        boost: { ...BOOSTS },
        // Queries are split by `parseQuery`; MiniSearch receives one word per subquery.
        tokenize: (text) => [text],
        processTerm: (term) => term,
      },
    });
    this.#builder = new DocumentBuilder(graph);
    const name = (id: string) => graph.byId.get(id)?.name ?? id;
    const byName = graph.entities.map((e) => e.id);
    byName.sort((a, b) => name(a).length - name(b).length || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
    byName.forEach((id, i) => this.#info.set(id, { type: graph.byId.get(id)!.type, order: i }));
  }

  /**
   * Indexes entities for about `budgetMs` milliseconds; true once every entity
   * is indexed. Lets a large dataset be indexed in idle slices rather than in
   * one long task. Searching before it is done finishes the indexing first.
   */
  indexSome(budgetMs: number): boolean {
    const end = Date.now() + budgetMs;
    const list = this.#graph.entities;
    while (this.#indexed < list.length) {
      this.#add(list[this.#indexed++]!);
      if ((this.#indexed & 15) === 0 && Date.now() >= end) break;
    }
    return this.#indexed >= list.length;
  }

  /** Whether every entity is indexed. */
  get ready(): boolean {
    return this.#indexed >= this.#graph.entities.length;
  }

  /** Searches and returns every match passing the filter, with what explains the result. */
  run(query: string, opts: Omit<SearchOptions, 'limit'> = {}): SearchOutcome {
    return outcomeOf(this.ranked(query), opts, () => this.#dateKey);
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    return this.run(query, opts).hits.slice(0, opts.limit ?? 50);
  }

  /** Closest matches ignoring filters, for explaining an empty result: looser fuzziness, any word. */
  nearest(query: string, limit = 5): SearchHit[] {
    this.#ensure();
    const { terms, words } = parseQuery(query, false);
    const list = terms.length ? terms : words;
    const maps = list.map((t) => this.#word(t, true, true));
    return rank(combine(maps, 'or'), list, this.#names, this.#info).slice(0, limit);
  }

  /** Forgets recent queries and words (they are cached; a benchmark wants them cold). */
  forget(): void {
    this.#cache.clear();
    this.#words.clear();
  }

  /** Number of indexed entities. */
  get size(): number {
    this.#ensure();
    return this.#ms.documentCount;
  }

  get graph(): GraphIndex {
    return this.#graph;
  }

  #add(e: Entity): void {
    const builder = this.#builder;
    this.#ms.add(builder.document(e));
    this.#names.add(e.id, [e.name, ...(e.aliases ?? []), ...otherNames(e)].map((n) => builder.name(n).norms));
    const span = dateSpan(e);
    if (span) this.#dateKey.set(e.id, span[0]);
  }

  #ensure(): void {
    if (!this.ready) this.indexSome(Infinity);
  }

  /** Every match of a query, ranked, before any filter. */
  ranked(query: string): Ranked {
    this.#ensure();
    const cached = this.#cache.get(query);
    if (cached) {
      this.#cache.delete(query);
      this.#cache.set(query, cached);
      return cached;
    }
    const ranked = this.#compute(query);
    this.#cache.set(query, ranked);
    if (this.#cache.size > CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value!);
    return ranked;
  }

  #compute(query: string): Ranked {
    const p = parseQuery(query);
    // A last word of one letter is a word being started: wait for its second letter ("viet n"
    // searches "viet"); alone, it lists the names that begin with it.
    const last = p.terms[p.terms.length - 1];
    if (last !== undefined && [...last].length === 1 && !isCjk(last)) {
      if (p.terms.length > 1) p.terms.pop();
      else return { ...EMPTY, types: p.types, terms: p.terms, hits: this.#initial(last, p.types) };
    }
    if (p.terms.length === 0 && p.types.length === 0) return EMPTY;
    if (p.terms.length === 0) return { ...EMPTY, types: p.types, hits: this.#allOf(p.types) };
    const first = this.#match(p);
    if (first.hits.length > 0 || p.types.length === 0) return first;
    // "Topic Centre" may be a name: read the type words as words before giving up.
    const plain = this.#match(parseQuery(query, false));
    return plain.hits.length > 0 ? plain : first;
  }

  #match(p: ParsedQuery): Ranked {
    const maps = p.terms.map((t, i) => this.#word(t, i === p.terms.length - 1));
    // Word matches are cached and shared: filter into a new map, never in place.
    const keep = (m: Map<string, WordMatch>) => {
      if (p.types.length === 0) return m;
      const out = new Map<string, WordMatch>();
      for (const [id, w] of m) if (p.types.includes(this.#info.get(id)?.type ?? 'topic')) out.set(id, w);
      return out;
    };
    let matches = keep(combine(maps, 'and'));
    let partial = false;
    if (matches.size === 0 && maps.length > 1) {
      matches = keep(combine(maps, 'or'));
      partial = matches.size > 0;
    }
    // Words no entity has at all (not only none of the types asked for).
    const missing = matches.size > 0 && !partial ? [] : p.terms.filter((_, i) => maps[i]!.size === 0);
    return { hits: rank(matches, p.words, this.#names, this.#info), partial, missing, types: p.types, terms: p.terms };
  }

  /**
   * Entities matching one word, in their own fields or through a neighbour's
   * name. Cached: typing "regional network meeting" letter by letter searches
   * "regional" and "network" once, not at every letter that follows.
   */
  #word(t: string, last: boolean, loose = false): Map<string, WordMatch> {
    const q = wordQuery(t, last, loose);
    const key = `${loose ? 'loose' : q.short ? 'short' : q.query.prefix ? 'prefix' : 'word'}\u0000${t}`;
    const cached = this.#words.get(key);
    if (cached) {
      this.#words.delete(key);
      this.#words.set(key, cached);
      return cached;
    }
    const found = matchWord(this.#ms, q, (id) => this.#neighboursOf(id));
    this.#words.set(key, found);
    if (this.#words.size > WORD_CACHE_SIZE) this.#words.delete(this.#words.keys().next().value!);
    return found;
  }

  #neighboursOf(id: string): readonly string[] {
    let list = this.#neighbours.get(id);
    if (!list) {
      list = neighbours(this.#graph, id);
      this.#neighbours.set(id, list);
    }
    return list;
  }

  /** Every entity of the given types, by date then name (a query such as "events"). */
  #allOf(types: EntityType[]): SearchHit[] {
    const key = [...types].sort().join();
    let ids = this.#byType.get(key);
    if (!ids) {
      const list = this.#graph.entities.filter((e) => types.includes(e.type)).map((e) => e.id);
      const dates = list.map((id) => this.#dateKey.get(id) ?? '9999');
      const orders = list.map((id) => this.#info.get(id)?.order ?? 0);
      const idx = list.map((_, i) => i);
      idx.sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : orders[a]! - orders[b]!));
      ids = idx.map((i) => list[i]!);
      this.#byType.set(key, ids);
    }
    return ids.map((id, i) => ({ id, type: this.#info.get(id)?.type ?? 'topic', score: ids.length - i, terms: [], queryTerms: [], match: {}, exact: false }));
  }

  /** Entities with a name beginning with this letter, shortest names first (a query of one letter). */
  #initial(letter: string, types: EntityType[]): SearchHit[] {
    const found = [...this.#names.startingWith(letter)]
      .map(([id, name]) => ({ id, name, info: this.#info.get(id) }))
      .filter((x) => types.length === 0 || (x.info && types.includes(x.info.type)))
      .sort((a, b) => (a.info?.order ?? 0) - (b.info?.order ?? 0));
    return found.map(({ id, name, info }, i) => ({
      id, type: info?.type ?? 'topic', score: found.length - i, terms: [name.split(' ')[0]!], queryTerms: [letter],
      match: { [name.split(' ')[0]!]: ['name'] }, exact: name === letter,
    }));
  }
}
