/**
 * The parse Worker: reads, parses and validates big files off the main thread
 * and posts progress as it goes. One dataset per Worker; the client ends it.
 *
 * Only the project's JSON path and the validator are in this chunk: the other
 * converters (with papaparse and fast-xml-parser) are loaded when a file needs
 * them. If one cannot be loaded (offline, before it was ever fetched), the
 * client parses on the main thread instead, where src/warm.ts has fetched them.
 *
 * After a successful parse the Worker keeps the dataset until the client asks
 * for its saved form (the Blob that persist.ts stores), so that serialising a
 * big dataset never runs on the main thread, or ends the Worker.
 */
import type { Dataset } from '../core/model/dataset.ts';
import { ConverterUnavailable, importFilesLazily } from '../core/formats/lazy.ts';
import { readAndConvert } from './read.ts';
import { savedForm } from './persist.ts';
import type { WorkerRequest, WorkerResponse } from './parse-client.ts';

/** The part of a Worker's global scope that this uses (a stand-in in unit tests). */
export interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(msg: WorkerResponse): void;
}

function savedFormOrNull(d: Dataset | null): Blob | null {
  try {
    return d ? savedForm(d) : null;
  } catch {
    return null; // the client builds it itself
  }
}

/** Answers the client's requests on `scope`. */
export function serve(scope: WorkerScope): void {
  const post = (msg: WorkerResponse) => scope.postMessage(msg);
  let parsed: Dataset | null = null;
  scope.onmessage = async (e) => {
    const request = e.data;
    if (request.type === 'saved-form') {
      post({ type: 'saved-form', blob: savedFormOrNull(parsed) });
      parsed = null;
      return;
    }
    try {
      const result = await readAndConvert(request.files, request.options, (progress) => post({ type: 'progress', progress }), importFilesLazily);
      if (result.ok) parsed = result.dataset;
      post({ type: 'done', result });
    } catch (err) {
      if (err instanceof ConverterUnavailable) post({ type: 'unavailable', message: err.message });
      else post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };
}

if (typeof self !== 'undefined') serve(self as unknown as WorkerScope);
