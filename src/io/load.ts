/**
 * The one function that takes a dataset from anywhere (the bundled file, a URL,
 * a file's text) and gives back a validated dataset or every problem with it.
 * Never throws: network and parse failures come back as issues.
 */
import { parseDatasetText } from '../core/model/validate.ts';
import type { LoadResult } from '../core/model/validate.ts';
import bundledUrl from '../../data/october-2016.json?url';

export type DatasetSource =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string }
  | { kind: 'text'; text: string; name: string };

export interface Loaded {
  result: LoadResult;
  /** What to call the origin in messages: a file name, an address, "the bundled dataset". */
  origin: string;
}

export const BUNDLED_URL: string = bundledUrl;

export function describeSource(src: DatasetSource): string {
  if (src.kind === 'bundled') return 'the bundled dataset';
  if (src.kind === 'url') return src.url;
  return src.name;
}

export async function loadDataset(src: DatasetSource, signal?: AbortSignal): Promise<Loaded> {
  const origin = describeSource(src);
  if (src.kind === 'text') return { result: parseDatasetText(src.text), origin };
  const url = src.kind === 'bundled' ? BUNDLED_URL : src.url;
  if (src.kind === 'url') {
    let parsed: URL;
    try {
      parsed = new URL(url, globalThis.location?.href);
    } catch {
      return fail(origin, `"${url}" is not a web address.`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      return fail(origin, `Only http and https addresses can be opened, not "${parsed.protocol}".`);
    }
  }
  let text: string;
  try {
    const res = await fetch(url, { signal, credentials: 'omit' });
    if (!res.ok) return fail(origin, `The server answered ${res.status} ${res.statusText || ''}`.trim() + ' when asked for the dataset.');
    text = await res.text();
  } catch (e) {
    if (signal?.aborted) return fail(origin, 'Loading was cancelled.');
    return fail(origin, `The dataset could not be downloaded (${e instanceof Error ? e.message : String(e)}). Check the address and your connection; the server must allow cross-origin requests.`);
  }
  return { result: parseDatasetText(text), origin };
}

function fail(origin: string, message: string): Loaded {
  return { result: { ok: false, errors: [{ path: '$', message }] }, origin };
}
