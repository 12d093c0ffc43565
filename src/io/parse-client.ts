/**
 * Parses files in the background: a module Worker for anything bigger than a
 * few hundred kilobytes, so that the page never freezes; small files (and
 * browsers or tests without Workers) are parsed right here.
 */
import type { ImportResult } from '../core/formats/index.ts';
import type { NamedBlob, ParseOptions } from './parse-files.ts';
import type { LoadProgress } from './progress.ts';

/** Above this many bytes the Worker is used. */
export const WORKER_THRESHOLD = 256 * 1024;

export interface WorkerRequest {
  files: NamedBlob[];
  options: ParseOptions;
}

export type WorkerResponse =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; message: string };

export interface BackgroundOptions extends ParseOptions {
  onProgress: (p: LoadProgress) => void;
  signal?: AbortSignal;
}

/** Parses on this thread; the converters are loaded on first use, not with the page. */
async function parseHere(files: NamedBlob[], options: ParseOptions, onProgress: (p: LoadProgress) => void): Promise<ImportResult> {
  const { parseFiles } = await import('./parse-files.ts');
  return parseFiles(files, options, onProgress);
}

export async function parseInBackground(files: NamedBlob[], opt: BackgroundOptions): Promise<ImportResult> {
  const { onProgress, signal, ...options } = opt;
  const size = files.reduce((n, f) => n + f.blob.size, 0);
  let worker: Worker | null = null;
  if (size >= WORKER_THRESHOLD && typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'parse' });
    } catch {
      worker = null;
    }
  }
  if (!worker) return parseHere(files, options, onProgress);
  const w = worker;
  return new Promise<ImportResult>((resolve) => {
    const finish = (r: ImportResult) => {
      w.terminate();
      signal?.removeEventListener('abort', abort);
      resolve(r);
    };
    const abort = () => finish({ ok: false, errors: [{ path: options.origin, message: 'Loading was cancelled.' }], format: null });
    signal?.addEventListener('abort', abort);
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'done') finish(m.result);
      else finish({ ok: false, errors: [{ path: options.origin, message: `The file could not be read (${m.message}).` }], format: null });
    };
    // A Worker that cannot start (blocked, unsupported): parse here instead.
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      signal?.removeEventListener('abort', abort);
      resolve(parseHere(files, options, onProgress));
    };
    const request: WorkerRequest = { files, options: { ...options, base: options.base ? { sources: [...options.base.sources], relationTypes: [...options.base.relationTypes] } : null } };
    w.postMessage(request);
  });
}
