/**
 * Remembering a big dataset, parsed in the Worker: what is kept is built by
 * that Worker, is what the main thread would have kept (nothing withheld as
 * sensitive), and comes back in the next session.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { AppState } from '../../../src/state/app.svelte.ts';
import { DataController } from '../../../src/components/data/controller.svelte.ts';
import { DatasetStore } from '../../../src/io/persist.ts';
import type { SavedDataset } from '../../../src/io/persist.ts';
import { WORKER_THRESHOLD } from '../../../src/io/parse-client.ts';
import { toProjectInput } from '../../../src/core/formats/project.ts';
import { fakeIndexedDB } from './fake-idb.ts';
import { InProcessWorker } from './in-process-worker.ts';

const bundledText = readFileSync(new URL('../../../data/october-2016.json', import.meta.url), 'utf8');
const good = readFileSync(new URL('../../fixtures/import/good.json', import.meta.url), 'utf8');
const SECRET = 'Example Org';
/** good.json with one entity marked sensitive, padded past the Worker threshold. */
const bigSecret = `${good.replace(`"name": "${SECRET}",`, `"name": "${SECRET}", "sensitive": true,`)}${' '.repeat(WORKER_THRESHOLD)}`;

function session(factory: IDBFactory) {
  const app = new AppState();
  const data = new DataController(app, new DatasetStore(factory));
  return { app, data };
}

async function saved(data: Map<string, unknown>): Promise<SavedDataset> {
  for (let i = 0; i < 100 && !data.has('dataset'); i++) await new Promise((r) => setTimeout(r, 10));
  return data.get('dataset') as SavedDataset;
}

beforeEach(() => {
  InProcessWorker.reset();
  vi.stubGlobal('Worker', InProcessWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('remembering a dataset parsed in the Worker', () => {
  it('keeps what the Worker built, without what was withheld, and it comes back in the next session', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(bundledText)));
    const idb = fakeIndexedDB();
    const first = session(idb.factory);
    await first.app.load({ kind: 'bundled' });
    expect(await first.data.openFiles([new File([bigSecret], 'secret.json')])).toBe(true);
    const rec = await saved(idb.data);
    expect(rec.origin).toBe('secret.json');
    expect(rec.title).toBe('Example: one workshop in Bangkok');
    expect(rec.files.map((f) => f.name)).toEqual(['dataset.json']);
    const json = await rec.files[0]!.blob.text();
    expect(json).toBe(JSON.stringify(toProjectInput(first.app.dataset!)));
    expect(json).not.toContain(SECRET);
    const [worker] = InProcessWorker.started;
    expect(worker?.requests).toEqual(['parse', 'saved-form']);
    expect(worker?.terminated).toBe(true);

    const second = session(idb.factory);
    expect(await second.app.load({ kind: 'bundled' })).toBe(true);
    expect(second.app.dataset?.title).toBe('Example: one workshop in Bangkok');
    expect(second.app.dataset?.entities.map((e) => e.name)).not.toContain(SECRET);
    expect(second.data.current).toEqual({ kind: 'file', origin: 'secret.json' });
  });

  it('keeps a big dataset opened from an address, with its address', async () => {
    const url = 'https://example.org/big.json';
    vi.stubGlobal('fetch', vi.fn(async (u: string) => new Response(u === url ? bigSecret : bundledText)));
    const idb = fakeIndexedDB();
    const s = session(idb.factory);
    await s.app.load({ kind: 'bundled' });
    expect(await s.data.openUrl(url)).toBe(true);
    const rec = await saved(idb.data);
    expect(rec.url).toBe(url);
    expect(await rec.files[0]!.blob.text()).toBe(JSON.stringify(toProjectInput(s.app.dataset!)));
    expect(InProcessWorker.started.every((w) => w.terminated)).toBe(true);
  });

  it('a big bundled dataset is not kept, and its Worker ends', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(`${bundledText}${' '.repeat(WORKER_THRESHOLD)}`)));
    const idb = fakeIndexedDB();
    const s = session(idb.factory);
    expect(await s.app.load({ kind: 'bundled' })).toBe(true);
    expect(s.app.dataset?.title).toMatch(/October 2016/);
    expect(InProcessWorker.started).toHaveLength(1);
    expect(InProcessWorker.started[0]?.terminated).toBe(true);
    expect(InProcessWorker.started[0]?.requests).toEqual(['parse']);
    expect(idb.data.has('dataset')).toBe(false);
  });
});
