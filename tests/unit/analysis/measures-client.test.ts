import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildGraph } from '../../../src/core/graph/graph.ts';
import { finishDataset } from '../../../src/core/model/dataset.ts';
import { generateDataset } from '../../../src/core/generate/generate.ts';
import { emptyView } from '../../../src/core/view/state.ts';
import type { MeasuresReply, MeasuresRequest } from '../../../src/workers/measures.worker.ts';

/** Records what the page sends; answers each measuring job with an error (what is measured is not the point here). */
class StandIn {
  static made: StandIn[] = [];
  onmessage: ((e: MessageEvent<MeasuresReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly got: MeasuresRequest[] = [];
  constructor() {
    StandIn.made.push(this);
  }
  postMessage(m: MeasuresRequest): void {
    this.got.push(structuredClone(m));
    if ('job' in m) setTimeout(() => this.onmessage?.({ data: { job: m.job, error: 'stand-in' } } as MessageEvent<MeasuresReply>), 0);
  }
  terminate(): void {}
}

const parts = (w: StandIn) => w.got.filter((m) => 'part' in m).length;
const jobs = (w: StandIn) => w.got.filter((m) => 'job' in m).length;

describe('measures of a large dataset (Worker client)', () => {
  beforeAll(() => vi.stubGlobal('Worker', StandIn));
  afterAll(() => vi.unstubAllGlobals());

  it('copies a large graph to the Worker ahead of the first question, once', async () => {
    const { prepareMeasures, measureScoped } = await import('../../../src/adapters/cytoscape/measures-client.ts');
    const small = buildGraph(finishDataset(generateDataset({ entities: 100, seed: 1 })));
    prepareMeasures(small);
    expect(StandIn.made).toHaveLength(0); // measured on the page: no Worker, no copy

    const large = buildGraph(finishDataset(generateDataset({ entities: 3000, seed: 2 })));
    prepareMeasures(large);
    expect(StandIn.made).toHaveLength(1);
    const w = StandIn.made[0]!;
    await vi.waitFor(() => expect(parts(w)).toBeGreaterThan(1), { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 50));
    const copied = parts(w);
    const items = w.got.reduce((n, m) => n + ('part' in m ? m.part.entities.length + m.part.relations.length : 0), 0);
    expect(items).toBe(large.entities.length + large.dataset.relations.length);

    // The first question sends only itself: the copy is there already.
    await expect(measureScoped(large, 'graph', emptyView())).rejects.toThrow('stand-in');
    expect(parts(w)).toBe(copied);
    expect(jobs(w)).toBe(1);
    prepareMeasures(large); // again: nothing more is copied
    await new Promise((r) => setTimeout(r, 50));
    expect(parts(w)).toBe(copied);
  });
});
