/**
 * Parses files in the background: a module Worker for anything bigger than a
 * few hundred kilobytes, so that the page never freezes; small files (and
 * browsers or tests without Workers) are parsed right here.
 *
 * A Worker that parsed a dataset is kept for a while: the Data controller asks
 * it for the dataset's saved form (`takeSavedForm`), so that a big dataset is
 * serialised for storage off the main thread, or lets it go (`letWorkersGo`).
 */
import type { ImportResult } from '../core/formats/types.ts';
import type { Dataset } from '../core/model/dataset.ts';
import type { NamedBlob, ParseOptions } from './read.ts';
import type { LoadProgress } from './progress.ts';

/** Above this many bytes the Worker is used. */
export const WORKER_THRESHOLD = 256 * 1024;

/** How long a Worker keeps a parsed dataset if nobody asks for its saved form (a load that was overtaken). */
const KEEP_MS = 60_000;

export type WorkerRequest =
  | { type: 'parse'; files: NamedBlob[]; options: ParseOptions }
  /** The saved form of the dataset parsed (see `savedForm` in persist.ts). */
  | { type: 'saved-form' };

export type WorkerResponse =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; message: string }
  /** A converter could not be loaded into the Worker (offline): the files are parsed here instead. */
  | { type: 'unavailable'; message: string }
  /** `null` when it could not be built: the client builds it. */
  | { type: 'saved-form'; blob: Blob | null };

export interface BackgroundOptions extends ParseOptions {
  onProgress: (p: LoadProgress) => void;
  signal?: AbortSignal;
}

interface Kept {
  worker: Worker;
  timer: ReturnType<typeof setTimeout>;
}

/** Workers holding the dataset they parsed, by that dataset (as the main thread received it). */
const kept = new Map<Dataset, Kept>();

function keep(dataset: Dataset, worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = null;
  kept.set(dataset, { worker, timer: setTimeout(() => letGo(dataset), KEEP_MS) });
}

function letGo(dataset: Dataset): void {
  const k = kept.get(dataset);
  if (!k) return;
  kept.delete(dataset);
  clearTimeout(k.timer);
  k.worker.terminate();
}

/** Ends every Worker kept after a parse (the dataset is not to be saved, or another one is open). */
export function letWorkersGo(): void {
  for (const d of [...kept.keys()]) letGo(d);
}

/**
 * The saved form of `dataset`, built by the Worker that parsed it, which then ends; every other
 * kept Worker is let go. Null when no Worker has it (parsed here, or let go); the promise gives null
 * when the Worker could not build it. Either way the caller builds it itself.
 */
export function takeSavedForm(dataset: Dataset): Promise<Blob | null> | null {
  const k = kept.get(dataset);
  if (k) {
    kept.delete(dataset);
    clearTimeout(k.timer);
  }
  letWorkersGo();
  if (!k) return null;
  const w = k.worker;
  return new Promise<Blob | null>((resolve) => {
    const end = (blob: Blob | null) => {
      w.terminate();
      resolve(blob);
    };
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      if (e.data.type === 'saved-form') end(e.data.blob);
    };
    w.onerror = (e) => {
      e.preventDefault();
      end(null);
    };
    const request: WorkerRequest = { type: 'saved-form' };
    w.postMessage(request);
  });
}

/** Parses on this thread; the converters are loaded on first use, not with the page. */
async function parseHere(files: NamedBlob[], options: ParseOptions, onProgress: (p: LoadProgress) => void): Promise<ImportResult> {
  const { parseFiles } = await import('./parse-files.ts');
  return parseFiles(files, options, onProgress);
}

function newWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'parse' });
  } catch {
    return null;
  }
}

/** A Worker started before its file was there, and whether it failed to start meanwhile. */
interface Spare {
  worker: Worker;
  failed: boolean;
  timer: ReturnType<typeof setTimeout>;
}
let spare: Spare | null = null;
/** How long a Worker started ahead waits for its file (a download that failed or was cancelled). */
const SPARE_MS = 120_000;

/**
 * Starts a parse Worker ahead of a big file, while it downloads: a Worker
 * takes a while to start (half a second at 10,000 entities here, with its
 * code to fetch and compile), and that need not wait for the last byte.
 * The next `parseInBackground` of a big file takes it.
 */
export function prepareParseWorker(): void {
  if (spare) return;
  const worker = newWorker();
  if (!worker) return;
  const s: Spare = {
    worker,
    failed: false,
    timer: setTimeout(() => {
      if (spare !== s) return;
      spare = null;
      worker.terminate();
    }, SPARE_MS),
  };
  // A Worker that cannot start is not used: the file is parsed by a new one, or here.
  worker.onerror = (e) => {
    e.preventDefault();
    s.failed = true;
  };
  spare = s;
}

/** The Worker started ahead if it is still good, else a new one (null where there are none). */
function takeWorker(): Worker | null {
  const s = spare;
  spare = null;
  if (s) {
    clearTimeout(s.timer);
    if (!s.failed) return s.worker;
    s.worker.terminate();
  }
  return newWorker();
}

export async function parseInBackground(files: NamedBlob[], opt: BackgroundOptions): Promise<ImportResult> {
  const { onProgress, signal, ...options } = opt;
  const size = files.reduce((n, f) => n + f.blob.size, 0);
  const worker = size >= WORKER_THRESHOLD ? takeWorker() : null;
  if (!worker) return parseHere(files, options, onProgress);
  const w = worker;
  return new Promise<ImportResult>((resolve) => {
    const stop = () => {
      w.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const finish = (r: ImportResult) => {
      stop();
      resolve(r);
    };
    // The Worker cannot do it (it cannot start, or a converter cannot be loaded into it): parse here instead.
    const here = () => {
      stop();
      resolve(parseHere(files, options, onProgress));
    };
    const abort = () => finish({ ok: false, errors: [{ path: options.origin, message: 'Loading was cancelled.' }], format: null });
    signal?.addEventListener('abort', abort);
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'done') {
        signal?.removeEventListener('abort', abort);
        if (m.result.ok) keep(m.result.dataset, w);
        else w.terminate();
        resolve(m.result);
      } else if (m.type === 'unavailable') here();
      else if (m.type === 'failed') finish({ ok: false, errors: [{ path: options.origin, message: `The file could not be read (${m.message}).` }], format: null });
    };
    w.onerror = (e) => {
      e.preventDefault();
      here();
    };
    const request: WorkerRequest = { type: 'parse', files, options: { ...options, base: options.base ? { sources: [...options.base.sources], relationTypes: [...options.base.relationTypes] } : null } };
    w.postMessage(request);
  });
}
