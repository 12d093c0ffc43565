/**
 * A stand-in for `Worker` that runs src/io/parse.worker.ts in this process:
 * messages are structured-cloned and delivered in later tasks, as between
 * threads, and nothing is delivered once it is terminated.
 */
import { serve } from '../../../src/io/parse.worker.ts';
import type { WorkerScope } from '../../../src/io/parse.worker.ts';
import type { WorkerRequest, WorkerResponse } from '../../../src/io/parse-client.ts';

export class InProcessWorker {
  /** Every one started since the last `reset`. */
  static started: InProcessWorker[] = [];
  static reset(): void {
    InProcessWorker.started = [];
  }

  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  /** What the client asked, in order. */
  readonly requests: WorkerRequest['type'][] = [];
  readonly #scope: WorkerScope;

  constructor(readonly url: URL | string, readonly options?: WorkerOptions) {
    this.#scope = { onmessage: null, postMessage: (m) => this.#later(() => this.onmessage?.({ data: structuredClone(m) } as MessageEvent<WorkerResponse>)) };
    this.start(this.#scope);
    InProcessWorker.started.push(this);
  }

  /** Installs the Worker's code on its scope (a subclass may put something else there). */
  protected start(scope: WorkerScope): void {
    serve(scope);
  }

  postMessage(m: WorkerRequest): void {
    this.requests.push(m.type);
    const copy = structuredClone(m);
    this.#later(() => this.#scope.onmessage?.({ data: copy } as MessageEvent<WorkerRequest>));
  }

  terminate(): void {
    this.terminated = true;
  }

  #later(fn: () => void): void {
    setTimeout(() => {
      if (!this.terminated) fn();
    }, 0);
  }
}
