import { describe, expect, it } from 'vitest';
import { classify, DatasetStore, StorageProblem, UNAVAILABLE_MESSAGE } from '../../../src/io/persist.ts';
import type { SavedDataset } from '../../../src/io/persist.ts';
import { domError, fakeIndexedDB } from './fake-idb.ts';

const record = (): SavedDataset => ({
  origin: 'entities.csv + relations.csv',
  files: [{ name: 'entities.csv', blob: new Blob(['id,type\n']) }, { name: 'relations.csv', blob: new Blob(['x'.repeat(3 * 1024 * 1024)]) }],
  title: 'Spreadsheet import',
  savedAt: 1,
});

async function problem(p: Promise<unknown>): Promise<StorageProblem> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(StorageProblem);
    return e as StorageProblem;
  }
  throw new Error('expected a storage problem');
}

describe('DatasetStore', () => {
  it('remembers a dataset and its view, and forgets both', async () => {
    const { factory } = fakeIndexedDB();
    const store = new DatasetStore(factory);
    expect(await store.load()).toBeNull();
    await store.save(record());
    expect((await store.load())?.title).toBe('Spreadsheet import');
    await store.saveView('sel=a&view=list');
    expect(await store.loadView()).toBe('sel=a&view=list');
    await store.save({ ...record(), title: 'Another' });
    expect(await store.loadView()).toBeNull();
    await store.clear();
    expect(await store.load()).toBeNull();
  });

  it('reports a browser without IndexedDB', async () => {
    const p = await problem(new DatasetStore(undefined).save(record()));
    expect(p.kind).toBe('unavailable');
    expect(p.message).toBe(UNAVAILABLE_MESSAGE);
    expect(UNAVAILABLE_MESSAGE).toBe('This browser does not let the page keep data (private browsing, or site data is turned off), so the dataset you open will not come back after a reload.');
  });

  it('reports private mode: open throws or fails', async () => {
    const thrown = await problem(new DatasetStore(fakeIndexedDB({ openThrows: domError('SecurityError', 'denied') }).factory).load());
    expect(thrown).toMatchObject({ kind: 'unavailable', message: `${UNAVAILABLE_MESSAGE} (denied)` });
    const failed = await problem(new DatasetStore(fakeIndexedDB({ openFails: domError('InvalidStateError', 'private') }).factory).load());
    expect(failed).toMatchObject({ kind: 'unavailable', message: `${UNAVAILABLE_MESSAGE} (private)` });
  });

  it('reports a full disk, naming the dataset and its size', async () => {
    const p = await problem(new DatasetStore(fakeIndexedDB({ writeFails: domError('QuotaExceededError') }).factory).save(record()));
    expect(p.kind).toBe('quota');
    expect(p.message).toBe("The browser's storage for this page is full, so “Spreadsheet import” (3.0 MB) could not be kept and will not come back after a reload. Free some space in the browser's site settings, or open a smaller file.");
  });

  it('reports other failures and a storage blocked by another tab', async () => {
    const p = await problem(new DatasetStore(fakeIndexedDB({ writeFails: domError('DataCloneError', 'cannot clone') }).factory).save(record()));
    expect(p).toMatchObject({ kind: 'failed', message: "The dataset could not be kept in the browser's storage (cannot clone); it will not come back after a reload." });
    const b = await problem(new DatasetStore(fakeIndexedDB({ openBlocked: true }).factory).load());
    expect(b).toMatchObject({ kind: 'failed', message: "The browser's storage is in use by another tab of this page; close it and reload." });
  });

  it('tries again after a failed open', async () => {
    let fail = true;
    const ok = fakeIndexedDB().factory;
    const flaky = { open: (...a: Parameters<IDBFactory['open']>) => (fail ? (() => { throw domError('UnknownError'); })() : ok.open(...a)) } as unknown as IDBFactory;
    const store = new DatasetStore(flaky);
    await problem(store.load());
    fail = false;
    await store.save(record());
    expect((await store.load())?.origin).toBe('entities.csv + relations.csv');
  });
});

describe('classify', () => {
  it('recognises quota errors by name or message', () => {
    expect(classify(domError('UnknownError', 'Quota exceeded')).kind).toBe('quota');
    expect(classify(domError('QuotaExceededError')).message).toContain('the dataset could not be kept');
    expect(classify(domError('NotAllowedError')).kind).toBe('unavailable');
    expect(classify('weird').message).toBe("The dataset could not be kept in the browser's storage (weird); it will not come back after a reload.");
  });
});
