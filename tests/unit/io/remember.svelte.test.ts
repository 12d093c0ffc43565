/**
 * The app with the Data menu's controller: a dataset opened from a file is
 * remembered and comes back in a new session; a storage failure is reported;
 * a failed load keeps the dataset that was open.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { AppState } from '../../../src/state/app.svelte.ts';
import { DataController, withDataParam } from '../../../src/components/data/controller.svelte.ts';
import { DatasetStore, UNAVAILABLE_MESSAGE } from '../../../src/io/persist.ts';
import { domError, fakeIndexedDB } from './fake-idb.ts';

const text = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
const bundledText = readFileSync(new URL('../../../data/october-2016.json', import.meta.url), 'utf8');
const file = (name: string) => new File([text(name)], name);
const settle = () => new Promise((r) => setTimeout(r, 20));

/**
 * One page visit: an app and its Data controller over the given storage.
 * (Under Node, Svelte runs its server build, where effects never run; the app
 * and the controller need none.)
 */
function session(factory: IDBFactory) {
  const app = new AppState();
  const data = new DataController(app, new DatasetStore(factory));
  return { app, data, cleanup: () => {} };
}

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(bundledText)));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('remembering the last dataset', () => {
  it('a file opened in one session comes back in the next; returning to the bundled dataset forgets it', async () => {
    const idb = fakeIndexedDB();
    const first = session(idb.factory);
    expect(await first.app.load({ kind: 'bundled' })).toBe(true);
    expect(first.app.dataset?.title).toMatch(/October 2016/);
    expect(first.data.current?.kind).toBe('bundled');
    expect(await first.data.openFiles([file('good.json')])).toBe(true);
    await settle();
    expect(idb.data.has('dataset')).toBe(true);
    first.cleanup();

    const second = session(idb.factory);
    expect(await second.app.load({ kind: 'bundled' })).toBe(true);
    expect(second.app.dataset?.title).toBe('Example: one workshop in Bangkok');
    expect(second.data.current).toEqual({ kind: 'file', origin: 'good.json' });
    await second.data.returnToBundled();
    await settle();
    expect(second.app.dataset?.title).toMatch(/October 2016/);
    expect(idb.data.has('dataset')).toBe(false);
    second.cleanup();
  });

  it('a CSV pair is remembered with its remark-free second opening', async () => {
    const idb = fakeIndexedDB();
    const first = session(idb.factory);
    await first.app.load({ kind: 'bundled' });
    await first.data.openFiles([file('entities.csv'), file('relations.csv')]);
    expect(first.app.warnings.map((w) => w.path)).toEqual(['relations.csv line 5, column C ("type")']);
    await settle();
    first.cleanup();
    const second = session(idb.factory);
    await second.app.load({ kind: 'bundled' });
    expect(second.app.dataset?.title).toBe('Spreadsheet import: entities.csv + relations.csv');
    second.cleanup();
  });

  it('keeps the dataset as opened, never what was withheld as sensitive', async () => {
    const idb = fakeIndexedDB();
    const s = session(idb.factory);
    await s.app.load({ kind: 'bundled' });
    const secret = text('good.json').replace('"name": "Example Org",', '"name": "Example Org", "sensitive": true,');
    await s.data.openFiles([new File([secret], 'secret.json')]);
    await settle();
    const saved = idb.data.get('dataset') as { files: { blob: Blob }[]; origin: string };
    expect(saved.origin).toBe('secret.json');
    const json = await saved.files[0]!.blob.text();
    expect(json).not.toContain('Example Org');
    expect(JSON.parse(json).entities).toHaveLength(2);
  });

  it('reports a storage failure in the notices, and the dataset stays open', async () => {
    const { factory } = fakeIndexedDB({ openThrows: domError('SecurityError', 'denied') });
    const s = session(factory);
    await s.app.load({ kind: 'bundled' });
    expect(s.app.notices).toEqual([]);
    await s.data.openFiles([file('good.json')]);
    await settle();
    expect(s.app.dataset?.title).toBe('Example: one workshop in Bangkok');
    expect(s.app.notices).toEqual([`${UNAVAILABLE_MESSAGE} (denied)`]);
    expect(s.data.storageProblem).toBe(`${UNAVAILABLE_MESSAGE} (denied)`);
    s.cleanup();
  });

  it('a broken file keeps the dataset that was open and lists every problem', async () => {
    const s = session(fakeIndexedDB().factory);
    await s.app.load({ kind: 'bundled' });
    expect(await s.data.openFiles([file('broken.json')])).toBe(false);
    expect(s.app.dataset?.title).toMatch(/October 2016/);
    expect(s.app.failure?.origin).toBe('broken.json');
    expect(s.app.failure?.errors).toHaveLength(6);
    expect(s.app.progress).toBeNull();
    s.cleanup();
  });

  it('a remembered dataset that no longer opens falls back to the bundled one, with a notice', async () => {
    const idb = fakeIndexedDB();
    idb.data.set('dataset', { origin: 'gone.json', files: [{ name: 'gone.json', blob: new Blob(['{"format": 1}']) }], title: 'Gone', savedAt: 1 });
    const s = session(idb.factory);
    expect(await s.app.load({ kind: 'bundled' })).toBe(true);
    expect(s.app.dataset?.title).toMatch(/October 2016/);
    expect(s.app.notices).toContain('The dataset you opened last time could not be opened again, so the bundled dataset is shown.');
    s.cleanup();
  });
});

describe('the data= parameter', () => {
  it('is set or removed without touching the view parameters', () => {
    expect(withDataParam('?sel=a%2Cb&xt=event,topic', 'https://x.org/d.json')).toBe('?data=https%3A%2F%2Fx.org%2Fd.json&sel=a%2Cb&xt=event,topic');
    expect(withDataParam('?data=old&view=list', null)).toBe('?view=list');
    expect(withDataParam('?data=old', null)).toBe('');
  });
});
