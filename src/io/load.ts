/**
 * The one function that takes a dataset from anywhere (the bundled file, a URL,
 * a file's text, files the user picked or dropped) and gives back a validated
 * dataset or every problem with it. Never throws: network and parse failures
 * come back as issues.
 *
 * The format is recognised by content: the project's JSON, Cytoscape.js JSON,
 * GEXF, GraphML, or the CSV files of a spreadsheet (see src/core/formats).
 * Big files are parsed in a Worker with progress reports.
 */
import type { LoadResult } from '../core/model/validate.ts';
import type { ImportBase, ImportFormat } from '../core/formats/index.ts';
import bundledUrl from '../../data/october-2016.json?url';
import bundledLayoutUrl from '../../data/october-2016.layout.json?url';
import { readSavedLayout } from '../core/layout/saved.ts';
import type { SavedLayout } from '../core/layout/saved.ts';
import { finishDataset } from '../core/model/dataset.ts';
import type { DatasetInput } from '../core/model/schema.ts';
import { parseInBackground, prepareParseWorker, WORKER_THRESHOLD } from './parse-client.ts';
import type { NamedBlob } from './parse-files.ts';
import type { LoadProgress } from './progress.ts';

export type DatasetSource =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string }
  | { kind: 'text'; text: string; name: string }
  /** A file the user picked or dropped. */
  | { kind: 'file'; file: File }
  /** Several files of one dataset (a spreadsheet's CSV files); `origin` names them in messages. */
  | { kind: 'files'; files: File[]; origin?: string };

export interface Loaded {
  result: LoadResult;
  /** What to call the origin in messages: a file name, an address, "the bundled dataset". */
  origin: string;
  /** What was read (files, or the downloaded body), so that it can be remembered. Absent for the bundled dataset. */
  files?: NamedBlob[];
  format?: ImportFormat | null;
}

export interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (p: LoadProgress) => void;
  /** The dataset open now: its sources and relation types serve files that cite without declaring. */
  base?: ImportBase | null;
}

export const BUNDLED_URL: string = bundledUrl;

export function describeSource(src: DatasetSource): string {
  switch (src.kind) {
    case 'bundled':
      return 'the bundled dataset';
    case 'url':
      return src.url;
    case 'text':
      return src.name;
    case 'file':
      return src.file.name;
    case 'files':
      return src.origin ?? src.files.map((f) => f.name).join(' + ');
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The last segment of an address, as a file name: `https://x.org/data/net.gexf?v=2` → `net.gexf`. */
export function nameFromUrl(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : url.host;
  } catch {
    return last ?? url.host;
  }
}

export async function loadDataset(src: DatasetSource, options: AbortSignal | LoadOptions = {}): Promise<Loaded> {
  const opt: LoadOptions = options instanceof AbortSignal ? { signal: options } : options;
  const origin = describeSource(src);
  const progress = opt.onProgress ?? (() => {});
  if (src.kind === 'bundled') return loadBundled(origin, progress, opt.signal);
  let files: NamedBlob[];
  if (src.kind === 'url') {
    const got = await download(src.url, origin, progress, opt.signal);
    if ('failure' in got) return got.failure;
    files = [got.file];
  } else if (src.kind === 'text') {
    files = [{ name: src.name, blob: new Blob([src.text], { type: 'text/plain' }) }];
  } else if (src.kind === 'file') {
    files = [{ name: src.file.name, blob: src.file }];
  } else {
    files = src.files.map((f) => ({ name: f.name, blob: f }));
  }
  let result: Awaited<ReturnType<typeof parseInBackground>>;
  try {
    result = await parseInBackground(files, { base: opt.base ?? null, today: today(), origin, onProgress: progress, signal: opt.signal });
  } catch (e) {
    // For instance the file reader, loaded on first use, could not be fetched (offline).
    return fail(origin, `The file could not be read (${e instanceof Error ? e.message : String(e)}).`);
  }
  const { format, ...rest } = result;
  return { result: rest as LoadResult, origin, files, format };
}

let early: Promise<Response> | null = null;
let earlyLayout: Promise<SavedLayout | null> | null = null;

/** Starts downloading the bundled dataset (and its layout) at once, before the app asks for it (the first load takes it). */
export function prefetchBundled(): void {
  early ??= fetch(BUNDLED_URL, { credentials: 'omit' });
  early.catch(() => {}); // the load that takes it reports failures
  earlyLayout ??= fetchLayout();
}

/** A saved layout is a few kB per hundred entities; anything much bigger in its place is not one. */
const LAYOUT_MAX_BYTES = 2 * 1024 * 1024;

async function fetchLayout(): Promise<SavedLayout | null> {
  try {
    const res = await fetch(bundledLayoutUrl, { credentials: 'omit' });
    if (!res.ok) return null;
    // Read off the main thread as a Blob, and parsed only if small: parsing a big body here would freeze the page.
    const blob = await res.blob();
    return blob.size <= LAYOUT_MAX_BYTES ? readSavedLayout(JSON.parse(await blob.text())) : null;
  } catch {
    return null; // laid out in the page instead
  }
}

/**
 * The bundled dataset's first view, laid out beforehand (`npm run layout`), or
 * null if it is missing or damaged, or slow to arrive: the page lays it out then.
 */
export function bundledLayout(waitMs = 500): Promise<SavedLayout | null> {
  const p = earlyLayout ?? fetchLayout();
  earlyLayout = null;
  return Promise.race([p, new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs))]);
}

async function loadBundled(origin: string, progress: (p: LoadProgress) => void, signal?: AbortSignal): Promise<Loaded> {
  try {
    const started = early;
    early = null;
    const res = await (started ?? fetch(BUNDLED_URL, { signal, credentials: 'omit' }));
    if (!res.ok) return fail(origin, `The server answered ${res.status} ${res.statusText || ''}`.trim() + ' when asked for the dataset.');
    const blob = await res.blob();
    // A big file in its place is parsed in the background, like any other.
    if (blob.size >= WORKER_THRESHOLD) {
      const { format, ...rest } = await parseInBackground([{ name: 'the bundled dataset', blob }], { base: null, today: today(), origin, onProgress: progress, signal });
      return { result: rest as LoadResult, origin, format };
    }
    // The very file validated when the app was built needs no second check (nor the validator's code).
    const asBuilt = await validatedAtBuild(blob);
    if (asBuilt) return { result: { ok: true, dataset: finishDataset(asBuilt), warnings: [] }, origin, format: 'project' };
    // Any other: the validator (with zod) is loaded with the dataset, not with the page.
    const [{ parseDatasetText }, text] = await Promise.all([import('../core/model/validate.ts'), blob.text()]);
    return { result: parseDatasetText(text), origin, format: 'project' };
  } catch (e) {
    if (signal?.aborted) return fail(origin, 'Loading was cancelled.');
    return fail(origin, `The dataset could not be downloaded (${e instanceof Error ? e.message : String(e)}).`);
  }
}

/**
 * The bundled dataset, parsed, if its bytes are those validated at build time
 * (same SHA-256); null otherwise, or where the page cannot hash (an address
 * that is not https or localhost has no Web Crypto): then it is validated.
 */
async function validatedAtBuild(blob: Blob): Promise<DatasetInput | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!__BUNDLED_SHA256__ || !subtle) return null;
  try {
    const bytes = await blob.arrayBuffer();
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    return hex === __BUNDLED_SHA256__ ? (JSON.parse(new TextDecoder().decode(bytes)) as DatasetInput) : null;
  } catch {
    return null;
  }
}

async function download(url: string, origin: string, progress: (p: LoadProgress) => void, signal?: AbortSignal): Promise<{ file: NamedBlob } | { failure: Loaded }> {
  let parsed: URL;
  try {
    parsed = new URL(url, globalThis.location?.href);
  } catch {
    return { failure: fail(origin, `"${url}" is not a web address.`) };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { failure: fail(origin, `Only http and https addresses can be opened, not "${parsed.protocol}".`) };
  }
  try {
    const res = await fetch(parsed.href, { signal, credentials: 'omit' });
    if (!res.ok) return { failure: fail(origin, `The server answered ${res.status} ${res.statusText || ''}`.trim() + ' when asked for the dataset.') };
    const total = Number(res.headers.get('content-length')) || undefined;
    // A big file (or one of unknown size) will be parsed in a Worker: it starts while the bytes come.
    if (total === undefined || total >= WORKER_THRESHOLD) prepareParseWorker();
    const chunks: BlobPart[] = [];
    let loaded = 0;
    const reader = res.body?.getReader();
    if (reader) {
      let paused = performance.now();
      let pending: BlobPart[] = [];
      let pendingBytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        pending.push(value);
        pendingBytes += value.byteLength;
        loaded += value.byteLength;
        // Copied into a Blob a few megabytes at a time, not 100 MB in one go at the end.
        if (pendingBytes > 4 * 1024 * 1024) {
          chunks.push(new Blob(pending));
          pending = [];
          pendingBytes = 0;
        }
        // Chunks already received resolve at once, one after another: let the page paint now and then,
        // and say how far it got then (a report per chunk, 170 for 11 MB, slowed the download down).
        if (performance.now() - paused > 50) {
          progress({ phase: 'downloading', origin, loaded, total });
          await new Promise((resolve) => setTimeout(resolve, 0));
          paused = performance.now();
        }
      }
      chunks.push(new Blob(pending));
      progress({ phase: 'downloading', origin, loaded, total });
    } else {
      chunks.push(await res.arrayBuffer());
    }
    return { file: { name: nameFromUrl(parsed), blob: new Blob(chunks) } };
  } catch (e) {
    if (signal?.aborted) return { failure: fail(origin, 'Loading was cancelled.') };
    return { failure: fail(origin, `The dataset could not be downloaded (${e instanceof Error ? e.message : String(e)}). Check the address and your connection; the server must allow cross-origin requests.`) };
  }
}

function fail(origin: string, message: string): Loaded {
  return { result: { ok: false, errors: [{ path: '$', message }] }, origin };
}
