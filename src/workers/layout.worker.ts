/// <reference lib="webworker" />
/** Computes force-directed positions off the main thread. */
import { forcePositions } from '../core/layout/force.ts';
import type { ForceInput } from '../core/layout/force.ts';

self.onmessage = (ev: MessageEvent<ForceInput & { job: number }>) => {
  const { job, ...input } = ev.data;
  const positions = forcePositions(input);
  (self as unknown as Worker).postMessage({ job, positions }, [positions.buffer]);
};
