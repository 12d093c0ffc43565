/**
 * Remembers the last dataset the user opened and the view, in IndexedDB, so that both come back after a reload or a
 * restart. Storage can be missing (private browsing, site data turned off) or
 * full: every failure becomes a `StorageProblem` with a sentence for the user,
 * never a silent loss.
 */
import type { Dataset } from '../core/model/dataset.ts';
import { toProjectInput } from '../core/formats/project.ts';
import type { NamedBlob } from './read.ts';
import { formatBytes } from './progress.ts';

export interface SavedDataset {
  /** What to call it in messages: the file names or the address. */
  origin: string;
  /** The address it was downloaded from, for `?data=` links. */
  url?: string;
  /** The dataset as opened, as files to reopen (the controller stores it in the project's JSON format). */
  files: NamedBlob[];
  title: string;
  savedAt: number;
}

/**
 * What is kept of a dataset: the dataset as opened, in the project's JSON format. It reopens on its own
 * (a spreadsheet's borrowed sources included) and holds nothing that was withheld as sensitive.
 * Built by the parse Worker for the big files it parsed; on the main thread for the others.
 */
export function savedForm(dataset: Dataset): Blob {
  return new Blob([JSON.stringify(toProjectInput(dataset))], { type: 'application/json' });
}

export type StorageProblemKind = 'unavailable' | 'quota' | 'failed';

export class StorageProblem extends Error {
  constructor(readonly kind: StorageProblemKind, message: string) {
    super(message);
    this.name = 'StorageProblem';
  }
}

const DB_NAME = 'ct-explorer';
const DB_VERSION = 1;
const STORE = 'state';
const DATASET_KEY = 'dataset';
const VIEW_KEY = 'view';

export const UNAVAILABLE_MESSAGE = 'This browser does not let the page keep data (private browsing, or site data is turned off), so the dataset you open will not come back after a reload.';

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
}

function detail(e: unknown): string {
  return e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as { message: unknown }).message) : String(e);
}

/** Turns an IndexedDB error into a sentence; `what` names the dataset when saving. */
export function classify(e: unknown, what?: { title: string; bytes: number }): StorageProblem {
  if (e instanceof StorageProblem) return e;
  const name = errorName(e);
  if (name === 'QuotaExceededError' || /quota/i.test(detail(e))) {
    const it = what ? `“${what.title}” (${formatBytes(what.bytes)})` : 'the dataset';
    return new StorageProblem('quota', `The browser's storage for this page is full, so ${it} could not be kept and will not come back after a reload. Free some space in the browser's site settings, or open a smaller file.`);
  }
  if (['SecurityError', 'InvalidStateError', 'NotAllowedError', 'UnknownError'].includes(name)) {
    return new StorageProblem('unavailable', UNAVAILABLE_MESSAGE);
  }
  return new StorageProblem('failed', `The dataset could not be kept in the browser's storage (${detail(e) || name || 'unknown error'}); it will not come back after a reload.`);
}

export class DatasetStore {
  #db: Promise<IDBDatabase> | null = null;

  constructor(private readonly factory: IDBFactory | undefined = globalThis.indexedDB) {}

  #open(): Promise<IDBDatabase> {
    this.#db ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (!this.factory) {
        reject(new StorageProblem('unavailable', UNAVAILABLE_MESSAGE));
        return;
      }
      let req: IDBOpenDBRequest;
      try {
        req = this.factory.open(DB_NAME, DB_VERSION);
      } catch (e) {
        reject(new StorageProblem('unavailable', UNAVAILABLE_MESSAGE + ` (${detail(e)})`));
        return;
      }
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new StorageProblem('unavailable', UNAVAILABLE_MESSAGE + (req.error ? ` (${detail(req.error)})` : '')));
      req.onblocked = () => reject(new StorageProblem('failed', 'The browser\'s storage is in use by another tab of this page; close it and reload.'));
    });
    // A failed open is not cached: the next call tries again.
    this.#db.catch(() => {
      this.#db = null;
    });
    return this.#db;
  }

  async #run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void, what?: { title: string; bytes: number }): Promise<T | undefined> {
    const db = await this.#open();
    return new Promise<T | undefined>((resolve, reject) => {
      let tx: IDBTransaction;
      let req: IDBRequest<T> | void;
      try {
        tx = db.transaction(STORE, mode);
        req = work(tx.objectStore(STORE));
      } catch (e) {
        reject(classify(e, what));
        return;
      }
      tx.oncomplete = () => resolve(req ? req.result : undefined);
      tx.onerror = () => reject(classify(tx.error ?? (req ? req.error : null), what));
      tx.onabort = () => reject(classify(tx.error ?? new Error('the transaction was aborted'), what));
    });
  }

  /** The remembered dataset, if any. */
  async load(): Promise<SavedDataset | null> {
    const v = await this.#run<SavedDataset | undefined>('readonly', (s) => s.get(DATASET_KEY) as IDBRequest<SavedDataset | undefined>);
    return v && Array.isArray(v.files) && v.files.length > 0 ? v : null;
  }

  /** Remembers a dataset; the view remembered for the previous one is dropped. */
  async save(rec: SavedDataset): Promise<void> {
    const bytes = rec.files.reduce((n, f) => n + f.blob.size, 0);
    await this.#run('readwrite', (s) => {
      s.put(rec, DATASET_KEY);
      s.delete(VIEW_KEY);
    }, { title: rec.title, bytes });
  }

  /** Forgets the dataset and its view (back to the bundled dataset). */
  async clear(): Promise<void> {
    await this.#run('readwrite', (s) => {
      s.delete(DATASET_KEY);
      s.delete(VIEW_KEY);
    });
  }

  /** The view (as URL parameters) last shown with the remembered dataset. */
  async loadView(): Promise<string | null> {
    const v = await this.#run<unknown>('readonly', (s) => s.get(VIEW_KEY));
    return typeof v === 'string' ? v : null;
  }

  async saveView(search: string): Promise<void> {
    await this.#run('readwrite', (s) => {
      s.put(search, VIEW_KEY);
    });
  }
}
