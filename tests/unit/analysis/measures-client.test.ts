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

describe('measures sent packed from the Worker', () => {
  it('read back the same values and ranks, for every node and measure', async () => {
    const { completeMeasures, computeMeasures } = await import('../../../src/adapters/cytoscape/measures.ts');
    const { knowledgeNetwork } = await import('../../../src/core/analysis/network.ts');
    const { packMeasures, unpackMeasures } = await import('../../../src/adapters/cytoscape/measures-packed.ts');
    const g = buildGraph(finishDataset(generateDataset({ entities: 200, seed: 3 })));
    const net = knowledgeNetwork(g, g.entities.map((e) => e.id), () => true);
    const result = await completeMeasures(net, computeMeasures(net));
    const [packed, buffers] = packMeasures(result, net.nodes);
    const back = unpackMeasures(structuredClone(packed, { transfer: buffers }));
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true); // handed over, not copied
    expect(back.nodes).toBe(result.nodes);
    expect(back.skipped).toEqual(result.skipped);
    expect(back.engine).toEqual(result.engine);
    const measures = Object.keys(result.values);
    expect(measures.length).toBeGreaterThan(2);
    expect(Object.keys(back.values)).toEqual(measures);
    for (const kind of ['values', 'ranks'] as const) {
      for (const [m, map] of Object.entries(result[kind])) {
        const got = back[kind][m as keyof typeof result.values]!;
        expect(got.size).toBe(map.size);
        expect([...got.entries()]).toEqual([...map.entries()].sort((a, b) => net.nodes.indexOf(a[0]) - net.nodes.indexOf(b[0])));
        for (const id of net.nodes) expect(got.get(id)).toBe(map.get(id));
      }
    }
    expect(back.values.degree!.get('no such entity')).toBeUndefined();
    expect(back.values.degree!.has('no such entity')).toBe(false);
  });
});
