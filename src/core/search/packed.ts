/**
 * Search answers in a form that is cheap to send between threads.
 *
 * A common prefix at 10,000 entities matches thousands of them. Sent as they
 * are, each hit is several small objects and arrays, and copying them to the
 * page (structured clone, on both sides) took as long as the search. Packed,
 * an answer is a few flat arrays and one short string per hit; the page reads
 * a hit's details (which terms matched where) only for the hits it shows.
 */
import type { EntityType } from '../model/schema.ts';
import type { SearchHit } from './ranking.ts';

/** Hits as columns: the same order, one entry per hit in each. */
export interface PackedHits {
  ids: string[];
  types: EntityType[];
  scores: Float64Array;
  /** 1 where the query is the entity's name or other name. */
  exact: Uint8Array;
  /** JSON of [terms, queryTerms, match, related?] per hit, read when first asked for. */
  details: string[];
}

type Details = [string[], string[], Record<string, readonly string[]>, string?];

export function packHits(hits: readonly SearchHit[]): PackedHits {
  const n = hits.length;
  const out: PackedHits = { ids: new Array<string>(n), types: new Array<EntityType>(n), scores: new Float64Array(n), exact: new Uint8Array(n), details: new Array<string>(n) };
  for (let i = 0; i < n; i++) {
    const h = hits[i]!;
    out.ids[i] = h.id;
    out.types[i] = h.type;
    out.scores[i] = h.score;
    out.exact[i] = h.exact ? 1 : 0;
    const d: Details = h.related === undefined ? [h.terms, h.queryTerms, h.match] : [h.terms, h.queryTerms, h.match, h.related];
    out.details[i] = JSON.stringify(d);
  }
  return out;
}

/** A hit whose details are parsed when first read. */
class PackedHit implements SearchHit {
  readonly id: string;
  readonly type: EntityType;
  readonly score: number;
  readonly exact: boolean;
  // Not private (#) fields: generic code (a deep equality in tests) may read the getters through the prototype.
  private readonly raw: string;
  private parsed: Details | null = null;

  constructor(id: string, type: EntityType, score: number, exact: boolean, raw: string) {
    this.id = id;
    this.type = type;
    this.score = score;
    this.exact = exact;
    this.raw = raw;
  }

  private details(): Details {
    return (this.parsed ??= JSON.parse(this.raw) as Details);
  }

  get terms(): string[] {
    return this.details()[0];
  }

  get queryTerms(): string[] {
    return this.details()[1];
  }

  get match(): Readonly<Record<string, readonly string[]>> {
    return this.details()[2];
  }

  get related(): string | undefined {
    return this.details()[3];
  }
}

export function unpackHits(p: PackedHits): SearchHit[] {
  const n = p.ids.length;
  const hits = new Array<SearchHit>(n);
  for (let i = 0; i < n; i++) hits[i] = new PackedHit(p.ids[i]!, p.types[i]!, p.scores[i]!, p.exact[i] === 1, p.details[i]!);
  return hits;
}
