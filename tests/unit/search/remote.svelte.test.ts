/**
 * Search of a large dataset in a Worker (here a stand-in running the Worker's
 * code in this process): answers arrive later and are the same as searching
 * here; queries typed before the index is built wait for it; a Worker that
 * fails is replaced by searching here.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/graph.ts';
import { SearchIndex } from '../../../src/core/search/index.ts';
import { RemoteSearch } from '../../../src/state/remote-search.svelte.ts';
import { serve } from '../../../src/workers/search.worker.ts';
import type { SearchHit, SearchOutcome } from '../../../src/core/search/index.ts';
import type { SearchReply, SearchRequest, SearchScope } from '../../../src/workers/search.worker.ts';
import { bundled } from '../analysis/fixtures.ts';

class StandIn {
  onmessage: ((e: MessageEvent<SearchReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly queries: string[] = [];
  readonly #scope: SearchScope;
  constructor(broken = false) {
    this.#scope = { onmessage: null, postMessage: (m) => this.#later(() => this.onmessage?.({ data: structuredClone(m) } as MessageEvent<SearchReply>)) };
    if (!broken) serve(this.#scope);
    else this.#scope.onmessage = () => this.#later(() => this.onerror?.({ preventDefault() {} } as ErrorEvent));
  }
  postMessage(m: SearchRequest): void {
    if ('query' in m) this.queries.push(m.query);
    const copy = structuredClone(m);
    this.#later(() => this.#scope.onmessage?.({ data: copy } as MessageEvent<SearchRequest>));
  }
  terminate(): void {
    this.terminated = true;
  }
  #later(fn: () => void): void {
    setTimeout(() => !this.terminated && fn(), 0);
  }
}

const g = buildGraph(bundled().dataset);
const local = new SearchIndex(g);
/** A hit as plain data (the Worker's hits read their details when asked: compare what they say). */
const plain = (h: SearchHit) => ({ id: h.id, type: h.type, score: h.score, exact: h.exact, terms: h.terms, queryTerms: h.queryTerms, match: h.match, related: h.related });
const plainOutcome = (o: SearchOutcome) => ({ ...o, hits: o.hits.map(plain) });
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(ok()).toBe(true);
};

describe('RemoteSearch', () => {
  it('answers later, with what searching here answers, filters and date order applied here', async () => {
    const w = new StandIn();
    const remote = new RemoteSearch(g, () => w as unknown as Worker);
    // Asked before the index is built: pending, then answered.
    expect(remote.run('regional meeting').pending).toBe(true);
    await until(() => !remote.run('regional meeting').pending);
    expect(remote.ready).toBe(true);
    expect(plainOutcome(remote.run('regional meeting'))).toEqual(plainOutcome(local.run('regional meeting')));
    const events = (id: string) => g.byId.get(id)?.type === 'event';
    const opts = { filter: events, sort: 'date' as const };
    expect(plainOutcome(remote.run('regional meeting', opts))).toEqual(plainOutcome(local.run('regional meeting', opts)));
    expect(remote.search('regional meeting', { limit: 2 }).map(plain)).toEqual(local.search('regional meeting', { limit: 2 }).map(plain));
    remote.nearest('zzqx traficking');
    await until(() => remote.nearest('zzqx traficking').length > 0);
    expect(remote.nearest('zzqx traficking').map(plain)).toEqual(local.nearest('zzqx traficking').map(plain));
    expect(remote.run('  ').pending).toBe(false);
  });

  it('sends only the newest query while one is being answered', async () => {
    const w = new StandIn();
    const remote = new RemoteSearch(g, () => w as unknown as Worker);
    for (const q of ['c', 'ca', 'cam', 'camb', 'cambo']) remote.run(q);
    await until(() => !remote.run('cambo').pending);
    expect(w.queries).toEqual(['c', 'cambo']);
    expect(remote.run('cambo').hits.map((h) => h.id)).toEqual(local.run('cambo').hits.map((h) => h.id));
  });

  it('starts the Worker at the first query, or after the first view has had its time', async () => {
    let made = 0;
    const w = new StandIn();
    const later = new RemoteSearch(g, () => (made++, w as unknown as Worker), new Promise((resolve) => setTimeout(resolve, 40)));
    expect(made).toBe(0);
    await until(() => made === 1);
    await until(() => later.ready);
    const early = new RemoteSearch(g, () => (made++, new StandIn() as unknown as Worker), new Promise(() => {}));
    expect(made).toBe(1);
    early.run('cambodia');
    expect(made).toBe(2);
    await until(() => !early.run('cambodia').pending);
  });

  it('searches here if Workers cannot start', async () => {
    const remote = new RemoteSearch(g, () => { throw new Error('blocked'); });
    expect(remote.run('cambodia').pending).toBe(true);
    await until(() => !remote.run('cambodia').pending);
    expect(remote.run('cambodia')).toEqual(local.run('cambodia'));
  });

  it('searches here if the Worker fails', async () => {
    const w = new StandIn(true);
    const remote = new RemoteSearch(g, () => w as unknown as Worker);
    remote.run('cambodia');
    await until(() => w.terminated);
    expect(remote.run('cambodia')).toEqual(local.run('cambodia'));
  });
});
