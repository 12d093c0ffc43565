/**
 * Big files are parsed in the parse Worker (here run in-process by
 * InProcessWorker): with the result and progress of parsing on the main
 * thread, and the Worker hands over the saved form of what it parsed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDataset } from '../../../src/io/load.ts';
import type { Loaded } from '../../../src/io/load.ts';
import { letWorkersGo, takeSavedForm, WORKER_THRESHOLD } from '../../../src/io/parse-client.ts';
import { savedForm } from '../../../src/io/persist.ts';
import type { LoadProgress } from '../../../src/io/progress.ts';
import { exportDataset } from '../../../src/core/formats/index.ts';
import { toProjectInput } from '../../../src/core/formats/project.ts';
import type { Dataset } from '../../../src/core/model/dataset.ts';
import { parseDatasetText } from '../../../src/core/model/validate.ts';
import { InProcessWorker } from './in-process-worker.ts';

const bundledText = readFileSync(new URL('../../../data/october-2016.json', import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

function bundled(): Dataset {
  const r = parseDatasetText(bundledText);
  if (!r.ok) throw new Error('the bundled dataset should load');
  return r.dataset;
}

/** Padded past the Worker threshold with trailing line breaks, which every format ignores. */
const big = (name: string, text: string) => new File([text + '\n'.repeat(WORKER_THRESHOLD)], name);
const exported = (format: 'gexf' | 'graphml' | 'cytoscape') => exportDataset(bundled(), format, '2024-05-01')[0]!.text;
const SECRET = 'Example Org';
const withSecret = () => fixture('good.json').replace(`"name": "${SECRET}",`, `"name": "${SECRET}", "sensitive": true,`);

/** Opens a file while the bundled dataset is open (a GEXF file borrows its sources). */
async function open(file: File): Promise<{ loaded: Loaded; progress: LoadProgress[] }> {
  const progress: LoadProgress[] = [];
  const loaded = await loadDataset({ kind: 'file', file }, { base: bundled(), onProgress: (p) => progress.push(p) });
  return { loaded, progress };
}

function datasetOf(loaded: Loaded): Dataset {
  if (!loaded.result.ok) throw new Error(loaded.result.errors.map((e) => e.message).join('\n'));
  return loaded.result.dataset;
}

beforeEach(() => {
  InProcessWorker.reset();
});
afterEach(() => {
  letWorkersGo();
  vi.unstubAllGlobals();
});

describe('parsing a big file in the Worker', () => {
  it.each([
    ['project JSON', 'big.json', () => bundledText],
    ['GEXF', 'big.gexf', () => exported('gexf')],
    ['GraphML', 'big.graphml', () => exported('graphml')],
    ['Cytoscape JSON', 'big.cyjs', () => exported('cytoscape')],
  ])('%s: the same dataset and the same progress as parsing on the main thread', async (_, name, text) => {
    const file = big(name, text());
    const here = await open(file);
    expect(InProcessWorker.started).toHaveLength(0);
    vi.stubGlobal('Worker', InProcessWorker);
    const there = await open(file);
    expect(InProcessWorker.started).toHaveLength(1);
    expect(datasetOf(there.loaded).entities).toHaveLength(bundled().entities.length);
    expect(there.loaded).toEqual(here.loaded);
    expect(there.progress).toEqual(here.progress);
    expect(there.progress.map((p) => p.phase)).toContain('validating');
  });

  it('reports every problem of a broken file as the main thread does, and the Worker ends at once', async () => {
    const file = big('broken.json', fixture('broken.json'));
    const here = await open(file);
    vi.stubGlobal('Worker', InProcessWorker);
    const there = await open(file);
    expect(there.loaded.result.ok).toBe(false);
    expect(there.loaded).toEqual(here.loaded);
    expect(InProcessWorker.started[0]?.terminated).toBe(true);
  });
});

describe('the saved form of a dataset parsed in the Worker', () => {
  it('is what the main thread would keep, without what was withheld as sensitive; then the Worker ends', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const { loaded } = await open(big('secret.json', withSecret()));
    const dataset = datasetOf(loaded);
    const worker = InProcessWorker.started[0]!;
    expect(worker.terminated).toBe(false);
    const blob = await takeSavedForm(dataset);
    expect(blob).toBeInstanceOf(Blob);
    const text = await blob!.text();
    expect(text).toBe(JSON.stringify(toProjectInput(dataset)));
    expect(text).toBe(await savedForm(dataset).text());
    expect(text).not.toContain(SECRET);
    expect(blob!.type).toBe('application/json');
    expect(worker.requests).toEqual(['parse', 'saved-form']);
    expect(worker.terminated).toBe(true);
    expect(takeSavedForm(dataset)).toBeNull();
  });

  it('is not asked of a file parsed on the main thread', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const { loaded } = await open(new File([fixture('good.json')], 'small.json'));
    expect(InProcessWorker.started).toHaveLength(0);
    expect(takeSavedForm(datasetOf(loaded))).toBeNull();
  });

  it('taking one lets the other Workers go; letWorkersGo ends them all', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const first = datasetOf((await open(big('a.json', bundledText))).loaded);
    const second = datasetOf((await open(big('b.json', fixture('good.json')))).loaded);
    const third = datasetOf((await open(big('c.gexf', exported('gexf')))).loaded);
    const [a, b, c] = InProcessWorker.started;
    expect(await takeSavedForm(second)).toBeInstanceOf(Blob);
    expect([a?.terminated, b?.terminated, c?.terminated]).toEqual([true, true, true]);
    expect(takeSavedForm(first)).toBeNull();
    expect(takeSavedForm(third)).toBeNull();

    const fourth = datasetOf((await open(big('d.json', bundledText))).loaded);
    letWorkersGo();
    expect(InProcessWorker.started[3]?.terminated).toBe(true);
    expect(takeSavedForm(fourth)).toBeNull();
  });
});

describe('when a converter cannot be loaded into the Worker (offline)', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/core/formats/gexf.ts');
  });

  it('the file is parsed on the main thread instead, with the same result', async () => {
    const file = big('big.gexf', exported('gexf'));
    const here = await open(file);
    vi.stubGlobal('Worker', InProcessWorker);
    vi.doMock('../../../src/core/formats/gexf.ts', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const there = await open(file);
    expect(datasetOf(there.loaded).title).toBe(bundled().title);
    expect(there.loaded).toEqual(here.loaded);
    expect(InProcessWorker.started).toHaveLength(1);
    expect(InProcessWorker.started[0]?.terminated).toBe(true);
    expect(there.progress.at(-1)).toEqual(here.progress.at(-1));
  });
});

describe('a Worker started while a big file downloads', () => {
  /** A response whose body comes when `finish` is called, with its size in the headers. */
  function slowResponse(text: string): { response: Response; finish: () => void } {
    const bytes = new TextEncoder().encode(text);
    let finish = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.subarray(0, 1000));
        finish = () => {
          c.enqueue(bytes.subarray(1000));
          c.close();
        };
      },
    });
    return { response: new Response(body, { headers: { 'content-length': String(bytes.length) } }), finish };
  }

  const load = (onProgress?: (p: LoadProgress) => void) =>
    loadDataset({ kind: 'url', url: 'https://example.org/big.json' }, { base: bundled(), onProgress: onProgress ?? (() => {}) });

  it('starts as soon as the headers say the file is big, and is the one that parses it', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    const { response, finish } = slowResponse(bundledText + '\n'.repeat(WORKER_THRESHOLD));
    vi.stubGlobal('fetch', vi.fn(async () => response));
    let downloading = false;
    const loading = load((p) => {
      if (p.phase === 'downloading') downloading = true;
    });
    await vi.waitFor(() => expect(InProcessWorker.started).toHaveLength(1), { timeout: 10_000 });
    // Started before the last byte came: the parse request has not been sent yet.
    expect(InProcessWorker.started[0]!.requests).toEqual([]);
    finish();
    const loaded = await loading;
    expect(downloading).toBe(true);
    expect(datasetOf(loaded).entities).toHaveLength(bundled().entities.length);
    expect(InProcessWorker.started).toHaveLength(1);
    expect(InProcessWorker.started[0]!.requests).toEqual(['parse']);
  });

  it('is not started for a small file', async () => {
    vi.stubGlobal('Worker', InProcessWorker);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(fixture('good.json'), { headers: { 'content-length': String(fixture('good.json').length) } })));
    expect((await load()).result.ok).toBe(true);
    expect(InProcessWorker.started).toHaveLength(0);
  });

  it('one that failed to start is not used: a new one parses the file', async () => {
    /** The first of these fails to start, as a Worker whose script cannot be loaded. */
    class FirstFails extends InProcessWorker {
      protected override start(scope: Parameters<InProcessWorker['start']>[0]): void {
        if (InProcessWorker.started.length > 0) return super.start(scope);
        setTimeout(() => this.onerror?.({ preventDefault() {} } as ErrorEvent), 0);
      }
    }
    vi.stubGlobal('Worker', FirstFails);
    const { response, finish } = slowResponse(bundledText + '\n'.repeat(WORKER_THRESHOLD));
    vi.stubGlobal('fetch', vi.fn(async () => response));
    const loading = load();
    await vi.waitFor(() => expect(InProcessWorker.started).toHaveLength(1), { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 10)); // its error arrives while the file still downloads
    finish();
    const loaded = await loading;
    expect(datasetOf(loaded).entities).toHaveLength(bundled().entities.length);
    expect(InProcessWorker.started).toHaveLength(2);
    expect(InProcessWorker.started[0]!.terminated).toBe(true);
    expect(InProcessWorker.started[0]!.requests).toEqual([]);
    expect(InProcessWorker.started[1]!.requests).toEqual(['parse']);
  });
});
