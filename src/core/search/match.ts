/**
 * Matching the words of a query against the index, and across relations.
 *
 * Each word is searched in the entities' own fields (MiniSearch). An entity
 * whose *name* matches a word also lends a share of its score to its
 * neighbours: that is how a search for a partner finds the events it took part
 * in ("Rapid Asia" → Panel discussion), and "events in Thailand" the events
 * held there. Doing this at query time through the graph, rather than indexing
 * every neighbour's name into every entity, keeps common names from spreading
 * into thousands of documents: at 10,000 entities the index was three times
 * larger and queries for common words three times slower that way.
 *
 * Words are then combined: every word must match (AND); if no entity has them
 * all, any word may (OR), and the caller says so.
 */
import type MiniSearch from 'minisearch';
import type { QueryCombination } from 'minisearch';
import type { Field, SearchDoc } from './documents.ts';
import { NAME_FIELDS } from './documents.ts';
import { fuzziness, looseFuzziness } from './query.ts';
import { isCjk } from './tokenize.ts';

/** Share of a neighbour's name score an entity gets for being related to it. */
export const RELATION_WEIGHT = 0.15;
/** The field name recorded in `match` for a word found in a neighbour's name. */
export const RELATED = 'relations';

/** Fields searched for the completions of a short word being typed. */
const SHORT_FIELDS: Field[] = ['name', 'aliases', 'other', 'nameGrams'];
const NAMES: ReadonlySet<string> = new Set(NAME_FIELDS);

/** How one entity matched: its score, the query words it matched, and where (document term → fields). */
export interface WordMatch {
  score: number;
  queryTerms: string[];
  match: Record<string, string[]>;
  /** The neighbour whose name matched best, when the match came through a relation. */
  related?: string;
}

export type Neighbours = (id: string) => readonly string[];

/** The MiniSearch query for one word, and whether it is a short word being typed. */
export interface WordQuery {
  word: string;
  short: boolean;
  query: QueryCombination;
}

/**
 * The MiniSearch query for one word: prefix search for words of two letters
 * or more and for the word being typed, fuzzy search scaled to its length
 * (see `fuzziness`; none yet for a word of four letters being typed).
 * While the word being typed is still short (three letters or fewer, not
 * Han), its completions are looked for in names only: "reg" begins words in
 * thousands of descriptions, and the visitor is most likely typing a name. The
 * word itself is still looked for everywhere ("ILO" in descriptions).
 */
export function wordQuery(t: string, last: boolean, loose = false): WordQuery {
  // A word of four letters being typed is most likely unfinished ("traf"), not misspelt:
  // its completions are what is wanted, and its one-letter neighbours ("trap") are noise.
  const fuzzy = loose ? looseFuzziness(t) : last && [...t].length === 4 ? 0 : fuzziness(t);
  if (!loose && last && [...t].length <= 3 && !isCjk(t)) {
    return {
      word: t,
      short: true,
      query: {
        combineWith: 'OR',
        queries: [
          { queries: [t], prefix: false, fuzzy },
          { queries: [t], prefix: true, fuzzy, fields: SHORT_FIELDS },
        ],
      },
    };
  }
  return { word: t, short: false, query: { queries: [t], prefix: t.length >= 2 || last, fuzzy } };
}

/** Entities matching one word, in their own fields or through a neighbour's name. */
export function matchWord(ms: MiniSearch<SearchDoc>, q: WordQuery, neighbours: Neighbours): Map<string, WordMatch> {
  const t = q.word;
  // While a short word is being typed, only a name that is exactly the word reaches the neighbours:
  // every name starting with "re" would otherwise pull in half the graph.
  const exactOnly = q.short;
  const out = new Map<string, WordMatch>();
  const found = ms.search(q.query);
  // For each neighbour, the best share and the name terms it came with: the best neighbour
  // counts, not how many (a country is not more relevant for having many events).
  const share = new Map<string, number>();
  const via = new Map<string, { terms: string[]; from: string }>();
  for (const r of found) {
    const id = r.id as string;
    const match = r.match as Record<string, string[]>;
    out.set(id, { score: r.score, queryTerms: [t], match });
    let named: string[] | null = null;
    for (const term in match) {
      if ((!exactOnly || term === t) && match[term]!.some((f) => NAMES.has(f))) (named ??= []).push(term);
    }
    if (!named) continue;
    const s = r.score * RELATION_WEIGHT;
    // One record per match, shared by its neighbours (a hub's name reaches thousands of them).
    const source = { terms: named, from: id };
    for (const n of neighbours(id)) {
      if ((share.get(n) ?? 0) >= s) continue;
      share.set(n, s);
      via.set(n, source);
    }
  }
  for (const [n, s] of share) {
    let m = out.get(n);
    if (!m) {
      m = { score: 0, queryTerms: [t], match: {} };
      out.set(n, m);
    }
    m.score += s;
    const { terms, from } = via.get(n)!;
    m.related ??= from;
    for (const term of terms) {
      // Own keys only: a term such as "constructor" must not find Object.prototype's.
      const fields = Object.hasOwn(m.match, term) ? m.match[term] : undefined;
      if (!fields) m.match[term] = [RELATED];
      else if (!fields.includes(RELATED)) fields.push(RELATED);
    }
  }
  return out;
}

/** Combines the matches of several words: entities matching every word (AND) or any (OR), scores added. */
export function combine(maps: readonly Map<string, WordMatch>[], mode: 'and' | 'or'): Map<string, WordMatch> {
  if (maps.length === 0) return new Map();
  if (maps.length === 1) return maps[0]!;
  const sorted = mode === 'and' ? [...maps].sort((a, b) => a.size - b.size) : maps;
  const out = new Map<string, WordMatch>();
  const seed = sorted[0]!;
  const rest = sorted.slice(1);
  // With OR, an entity matching more of the words comes first (as MiniSearch does).
  const add = (id: string, ms: WordMatch[]) => out.set(id, {
    score: ms.reduce((s, m) => s + m.score, 0) * (mode === 'or' ? ms.length : 1),
    queryTerms: ms.flatMap((m) => m.queryTerms),
    match: Object.assign({}, ...ms.map((m) => m.match)) as Record<string, string[]>,
    related: ms.find((m) => m.related)?.related,
  });
  if (mode === 'and') {
    // Walk the smallest set, look the others up.
    for (const [id, m] of seed) {
      const all = [m];
      for (const other of rest) {
        const o = other.get(id);
        if (!o) break;
        all.push(o);
      }
      if (all.length === sorted.length) add(id, all);
    }
    return out;
  }
  const ids = new Set<string>();
  for (const map of maps) for (const id of map.keys()) ids.add(id);
  for (const id of ids) add(id, maps.flatMap((map) => map.get(id) ?? []));
  return out;
}
