/**
 * The parse Worker: reads, parses and validates big files off the main thread
 * and posts progress as it goes. One request per Worker; the client ends it.
 */
import { parseFiles } from './parse-files.ts';
import type { WorkerRequest, WorkerResponse } from './parse-client.ts';

const post = (msg: WorkerResponse) => (self as unknown as { postMessage(m: WorkerResponse): void }).postMessage(msg);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const { files, options } = e.data;
  try {
    const result = await parseFiles(files, options, (progress) => post({ type: 'progress', progress }));
    post({ type: 'done', result });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
