/**
 * Search answers in a form that is cheap to send between threads.
 *
 * A common prefix at 10,000 entities matches thousands of them. Sent as they
 * are, each hit is several small objects and arrays, and copying them to the
 * page (structured clone, on both sides) took as long as the search. Packed,
 * an answer is a few typed arrays, its ids, and one table of the strings its
 * details use (matched terms, query words, field lists, neighbours' ids), each
 * string once. Writing a JSON string of each hit's details took 4–10 ms of the
 * Worker's answer to "vict" (4,421 hits), and copying them 2–7 ms more. The
 * page reads a hit's details (which terms matched where) only for the hits it
 * shows.
 */
import { ENTITY_TYPES } from '../model/vocab.ts';
import type { EntityType } from '../model/schema.ts';
import type { SearchHit } from './ranking.ts';

/** Hits as columns: the same order, one entry per hit in each. */
export interface PackedHits {
  ids: string[];
  /** Index in ENTITY_TYPES. */
  types: Uint8Array;
  scores: Float64Array;
  /** 1 where the query is the entity's name or other name. */
  exact: Uint8Array;
  /** Every string the details refer to, once. */
  strings: string[];
  /** Hit i's details are `details[at[i]]` up to `details[at[i + 1]]` (see `packHits`). */
  at: Uint32Array;
  details: Uint32Array;
}

/** Field lists are stored as one string, their names joined by this. */
const FIELD_SEP = '\u0001';
const TYPE_INDEX = new Map<EntityType, number>(ENTITY_TYPES.map((t, i) => [t, i]));

/**
 * Each hit's details, as string-table indices: the number of terms, then the
 * terms; the number of query terms, then those; the number of matched terms,
 * then for each its term and its field list; then the neighbour's id + 1, or 0.
 */
export function packHits(hits: readonly SearchHit[]): PackedHits {
  const n = hits.length;
  const strings: string[] = [];
  const seen = new Map<string, number>();
  const ref = (s: string) => {
    let i = seen.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      seen.set(s, i);
    }
    return i;
  };
  const at = new Uint32Array(n + 1);
  let details = new Uint32Array(Math.max(16, n * 8));
  let len = 0;
  const put = (v: number) => {
    if (len === details.length) {
      const grown = new Uint32Array(details.length * 2);
      grown.set(details);
      details = grown;
    }
    details[len++] = v;
  };
  const out = { ids: new Array<string>(n), types: new Uint8Array(n), scores: new Float64Array(n), exact: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const h = hits[i]!;
    out.ids[i] = h.id;
    out.types[i] = TYPE_INDEX.get(h.type) ?? 0;
    out.scores[i] = h.score;
    out.exact[i] = h.exact ? 1 : 0;
    at[i] = len;
    put(h.terms.length);
    for (const t of h.terms) put(ref(t));
    put(h.queryTerms.length);
    for (const t of h.queryTerms) put(ref(t));
    const terms = Object.keys(h.match);
    put(terms.length);
    for (const t of terms) {
      put(ref(t));
      put(ref(h.match[t]!.join(FIELD_SEP)));
    }
    put(h.related === undefined ? 0 : ref(h.related) + 1);
  }
  at[n] = len;
  return { ...out, strings, at, details: details.slice(0, len) };
}

interface Details {
  terms: string[];
  queryTerms: string[];
  match: Record<string, readonly string[]>;
  related?: string;
}

/** A hit whose details are read from the packed columns when first asked for. */
class PackedHit implements SearchHit {
  readonly id: string;
  readonly type: EntityType;
  readonly score: number;
  readonly exact: boolean;
  // Not private (#) fields: generic code (a deep equality in tests) may read the getters through the prototype.
  private readonly packed: PackedHits;
  private readonly index: number;
  private parsed: Details | null = null;

  constructor(packed: PackedHits, index: number) {
    this.packed = packed;
    this.index = index;
    this.id = packed.ids[index]!;
    this.type = ENTITY_TYPES[packed.types[index]!]!;
    this.score = packed.scores[index]!;
    this.exact = packed.exact[index] === 1;
  }

  private details(): Details {
    if (this.parsed) return this.parsed;
    const { strings, details: d, at } = this.packed;
    let k = at[this.index]!;
    const list = () => {
      const count = d[k++]!;
      const out = new Array<string>(count);
      for (let j = 0; j < count; j++) out[j] = strings[d[k++]!]!;
      return out;
    };
    const terms = list();
    const queryTerms = list();
    const match: Record<string, readonly string[]> = {};
    const matched = d[k++]!;
    for (let j = 0; j < matched; j++) {
      const term = strings[d[k++]!]!;
      const fields = strings[d[k++]!]!;
      match[term] = fields === '' ? [] : fields.split(FIELD_SEP);
    }
    const related = d[k]! > 0 ? strings[d[k]! - 1] : undefined;
    return (this.parsed = { terms, queryTerms, match, ...(related === undefined ? {} : { related }) });
  }

  get terms(): string[] {
    return this.details().terms;
  }

  get queryTerms(): string[] {
    return this.details().queryTerms;
  }

  get match(): Readonly<Record<string, readonly string[]>> {
    return this.details().match;
  }

  get related(): string | undefined {
    return this.details().related;
  }
}

export function unpackHits(p: PackedHits): SearchHit[] {
  const n = p.ids.length;
  const hits = new Array<SearchHit>(n);
  for (let i = 0; i < n; i++) hits[i] = new PackedHit(p, i);
  return hits;
}

/** The buffers of a packed answer, to transfer rather than copy. */
export function packedBuffers(p: PackedHits): ArrayBuffer[] {
  return [p.types.buffer, p.scores.buffer, p.exact.buffer, p.at.buffer, p.details.buffer] as ArrayBuffer[];
}
