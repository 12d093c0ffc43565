/**
 * The final order of results: an exact name or other name first (whatever the
 * fields' scores say), a name starting with the query next, then by score;
 * ties by name, shorter first. Or by date, when asked.
 */
import type { EntityType } from '../model/schema.ts';
import type { WordMatch } from './match.ts';

/** Multiplier for an entity whose name or other name is exactly the query. */
export const EXACT_BONUS = 4;
/** Multiplier for an entity whose name or other name starts with the query. */
export const PREFIX_BONUS = 1.5;

export interface SearchHit {
  id: string;
  /** The entity's type (for grouping and type facets without a lookup). */
  type: EntityType;
  score: number;
  /** Document terms that matched (for highlighting). */
  terms: string[];
  /** Query words that matched. */
  queryTerms: string[];
  /**
   * For each matched document term, the fields it was found in; "relations"
   * when it was found in the name of a neighbour.
   */
  match: Readonly<Record<string, readonly string[]>>;
  /** The query is this entity's name or one of its other names. */
  exact: boolean;
  /** A neighbour whose name matched (the match came through a relation). */
  related?: string;
}

/** Folded names ("un act" and "unact" for "UN-ACT") → the entities so called. */
export class NameTable {
  readonly #byName = new Map<string, string[]>();
  #sorted: [string, string][] | null = null;

  /** Records the names of an entity, each given as its folded words. */
  add(id: string, names: readonly (readonly string[])[]): void {
    for (const key of new Set(names.flatMap((w) => [w.join(' '), w.join('')]))) {
      const list = this.#byName.get(key);
      if (list) list.push(id);
      else this.#byName.set(key, [id]);
    }
    this.#sorted = null;
  }

  /** Entities one of whose names is exactly these words (spaced or joined). */
  exact(words: readonly string[]): Set<string> {
    return new Set([...(this.#byName.get(words.join(' ')) ?? []), ...(this.#byName.get(words.join('')) ?? [])]);
  }

  /** Entities one of whose names starts with `prefix`, with that name (binary search in the sorted names). */
  startingWith(prefix: string): Map<string, string> {
    const sorted = (this.#sorted ??= [...this.#byName]
      .flatMap(([k, ids]) => ids.map((id): [string, string] => [k, id]))
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out = new Map<string, string>();
    for (let i = lo; i < sorted.length && sorted[i]![0].startsWith(prefix); i++) {
      if (!out.has(sorted[i]![1])) out.set(sorted[i]![1], sorted[i]![0]);
    }
    return out;
  }
}

/** What ranking needs to know of each entity: its type and its place in name order. */
export type EntityInfo = ReadonlyMap<string, { type: EntityType; order: number }>;

/** Applies the name bonuses and sorts, best first. */
export function rank(matches: ReadonlyMap<string, WordMatch>, words: readonly string[], names: NameTable, info: EntityInfo): SearchHit[] {
  const exactIds = names.exact(words);
  const spaced = words.join(' ');
  const prefixIds = spaced.length >= 2 ? names.startingWith(spaced) : new Map<string, string>();
  const n = matches.size;
  const hits: SearchHit[] = new Array<SearchHit>(n);
  // Thousands of results per keystroke at 10,000 entities: sort numbers in typed arrays, not objects.
  const scores = new Float64Array(n);
  const orders = new Int32Array(n);
  let i = 0;
  for (const [id, m] of matches) {
    const about = info.get(id);
    const exact = exactIds.has(id);
    const score = m.score * (exact ? EXACT_BONUS : prefixIds.has(id) ? PREFIX_BONUS : 1);
    hits[i] = { id, type: about?.type ?? 'topic', score, terms: Object.keys(m.match), queryTerms: m.queryTerms, match: m.match, exact, related: m.related };
    scores[i] = score;
    orders[i] = about?.order ?? 0;
    i++;
  }
  const idx = new Uint32Array(n);
  for (let k = 0; k < n; k++) idx[k] = k;
  idx.sort((a, b) => scores[b]! - scores[a]! || orders[a]! - orders[b]!);
  return Array.from(idx, (k) => hits[k]!);
}

/** Sorts chronologically by each entity's first day, undated last; ties keep their order (the sort is stable). */
export function byDate(hits: SearchHit[], dateKey: ReadonlyMap<string, string>): void {
  hits.sort((a, b) => {
    const da = dateKey.get(a.id);
    const db = dateKey.get(b.id);
    if (da === db) return 0;
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? -1 : 1;
  });
}
