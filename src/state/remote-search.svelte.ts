/**
 * Search of a large dataset in a Worker (src/workers/search.worker.ts), so that
 * neither indexing nor a query ever holds up the page. It answers like a
 * `SearchIndex`, except that an answer not yet arrived is `pending`: whatever
 * read it (a `$derived`) reads it again when it arrives. The page keeps the
 * last few answers and applies filters and date order itself.
 *
 * One query at a time goes to the Worker, the newest one wanted: while someone
 * types, the letters typed meanwhile are not searched one by one.
 */
import { graphParts } from '../core/analysis/scoped.ts';
import { dateSpan } from '../core/graph/graph.ts';
import type { GraphIndex } from '../core/graph/graph.ts';
import { outcomeOf, SearchIndex } from '../core/search/index.ts';
import type { Ranked, SearchHit, SearchOptions, SearchOutcome, Searcher } from '../core/search/index.ts';
import { unpackHits } from '../core/search/packed.ts';
import { backgroundDue } from '../io/progress.ts';
import type { SearchReply, SearchRequest } from '../workers/search.worker.ts';

/** From this many entities, search runs in a Worker (below, indexing takes well under a second). */
export const REMOTE_SEARCH_FROM = 3000;
/** Entities per slice sent to the Worker: each slice is a short task. */
const SLICE = 1000;
/** Answers kept (typing back and forth, the search box and the graph asking in turn). */
const KEPT = 64;
/** When the Worker starts if nobody searched before: this long after the dataset's first drawing is shown. */
const START_AFTER_MS = 3000;
/** …or this long after the dataset is opened, if no drawing is shown (the page opened on another tab). */
const START_LATEST_MS = 10_000;

const blank = (query: string): SearchOutcome => ({ hits: [], unfiltered: 0, partial: false, missing: [], types: [], terms: [], pending: query.trim() !== '' });

export class RemoteSearch implements Searcher {
  readonly #graph: GraphIndex;
  #worker: Worker | null;
  /** Bumped when an answer arrives. */
  #arrivals = $state(0);
  #built = $state(false);
  /** Set if the Worker failed: everything is searched here from then on. */
  #local: SearchIndex | null = null;
  #answers = new Map<string, Ranked | SearchHit[]>();
  #wanted: string[] = [];
  #inFlight: { job: number; key: string } | null = null;
  #job = 0;
  #dates: Map<string, string> | null = null;

  #make: (() => Worker) | null;

  /**
   * The Worker starts at the first query, or when `startWhen` resolves (a while
   * after the first view; at once without it): on two cores, indexing while the
   * first view is laid out and drawn slowed that down.
   */
  constructor(graph: GraphIndex, make: () => Worker, startWhen?: Promise<unknown>) {
    this.#graph = graph;
    this.#make = make;
    this.#worker = null;
    if (!startWhen) this.#start();
    else void startWhen.then(() => this.#start());
  }

  #start(): void {
    const make = this.#make;
    if (!make) return;
    this.#make = null;
    let worker: Worker;
    try {
      worker = make();
    } catch {
      // Blocked Workers: search here (after this task: this may run while a reader reads).
      setTimeout(() => this.#fallBack(), 0);
      return;
    }
    this.#worker = worker;
    worker.onmessage = (e: MessageEvent<SearchReply>) => this.#receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      this.#fallBack();
    };
    void this.#send(worker);
  }

  async #send(w: Worker): Promise<void> {
    for (const part of graphParts(this.#graph.dataset, SLICE, true)) {
      if (this.#worker !== w) return;
      w.postMessage({ part } satisfies SearchRequest);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (this.#worker === w) w.postMessage({ build: true } satisfies SearchRequest);
  }

  /** Whether the Worker has indexed every entity. */
  get ready(): boolean {
    return this.#local?.ready ?? this.#built;
  }

  /** Nothing to do here: the Worker indexes (or, after a failure, a search indexes what it needs). */
  indexSome(): boolean {
    return true;
  }

  run(query: string, opts: Omit<SearchOptions, 'limit'> = {}): SearchOutcome {
    if (this.#local) return this.#local.run(query, opts);
    if (query.trim() === '') return blank(query);
    const got = this.#answer(`r\u0000${query}`);
    return got ? outcomeOf(got as Ranked, opts, () => this.#dateKey()) : blank(query);
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    return this.run(query, opts).hits.slice(0, opts.limit ?? 50);
  }

  nearest(query: string, limit = 5): SearchHit[] {
    if (this.#local) return this.#local.nearest(query, limit);
    return (this.#answer(`${limit}\u0000${query}`) as SearchHit[] | undefined) ?? [];
  }

  /** Stops the Worker (a new dataset was opened). */
  dispose(): void {
    this.#make = null;
    this.#worker?.terminate();
    this.#worker = null;
  }

  #answer(key: string): Ranked | SearchHit[] | undefined {
    void this.#arrivals; // read again when an answer arrives
    const got = this.#answers.get(key);
    if (got) return got;
    this.#start();
    if (this.#inFlight?.key !== key) {
      this.#wanted = [...this.#wanted.filter((k) => k !== key), key];
      if (!this.#inFlight) this.#next();
    }
    return undefined;
  }

  #next(): void {
    const key = this.#wanted.pop();
    // Older wishes are dropped: whoever still needs one asks again when the next answer arrives.
    this.#wanted = [];
    if (key === undefined || !this.#worker || this.#answers.has(key)) return;
    const job = ++this.#job;
    this.#inFlight = { job, key };
    const [kind, ...rest] = key.split('\u0000');
    const query = rest.join('\u0000');
    this.#worker.postMessage((kind === 'r' ? { job, query } : { job, query, nearest: Number(kind) }) satisfies SearchRequest);
  }

  #receive(m: SearchReply): void {
    if ('built' in m) {
      this.#built = true;
      // For the benchmark and the Performance panel: how long the Worker took to index.
      performance.measure('search index (in a Worker)', { start: Math.max(0, performance.now() - m.built), duration: m.built });
      return;
    }
    const asked = this.#inFlight;
    if (!asked || asked.job !== m.job) return;
    this.#inFlight = null;
    if (m.error !== undefined) return this.#fallBack();
    this.#answers.set(asked.key, m.ranked ? { ...m.ranked, hits: unpackHits(m.ranked.hits) } : m.nearest ? unpackHits(m.nearest) : []);
    if (this.#answers.size > KEPT) this.#answers.delete(this.#answers.keys().next().value!);
    this.#arrivals++;
    // After the readers have run again and said what they want now.
    setTimeout(() => {
      if (!this.#inFlight) this.#next();
    }, 0);
  }

  #fallBack(): void {
    this.dispose();
    if (!this.#local) this.#local = new SearchIndex(this.#graph);
    this.#inFlight = null;
    this.#arrivals++;
  }

  #dateKey(): ReadonlyMap<string, string> {
    if (!this.#dates) {
      this.#dates = new Map();
      for (const e of this.#graph.entities) {
        const span = dateSpan(e);
        if (span) this.#dates.set(e.id, span[0]);
      }
    }
    return this.#dates;
  }
}

let current: { graph: GraphIndex; searcher: Searcher } | null = null;

/** The searcher for a dataset: in a Worker when it is large and Workers work, else here. One per dataset. */
export function searcherFor(graph: GraphIndex): Searcher {
  if (current?.graph === graph) return current.searcher;
  if (current?.searcher instanceof RemoteSearch) current.searcher.dispose();
  let searcher: Searcher | null = null;
  if (graph.entities.length >= REMOTE_SEARCH_FROM && typeof Worker !== 'undefined') {
    const make = () => new Worker(new URL('../workers/search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    searcher = new RemoteSearch(graph, make, backgroundDue(START_AFTER_MS, START_LATEST_MS));
  }
  searcher ??= new SearchIndex(graph);
  current = { graph, searcher };
  return searcher;
}
