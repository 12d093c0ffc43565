/**
 * The layout of large drawings: ForceAtlas2 in a Web Worker, with the
 * drawing's frames held back (a Cytoscape batch) until the positions arrive.
 * In software rendering a frame of a thousand nodes takes about a second, and
 * drawing the starting positions first meant drawing everything twice before
 * the graph could be used. If the layout takes longer than LAYOUT_WAIT_MS the
 * starting positions are shown, and the nodes move when it is done.
 */
import type { Core } from 'cytoscape';

/** Longest a large drawing is held back waiting for its layout. */
const LAYOUT_WAIT_MS = 4000;

/** One layout to run: the nodes' starting positions (x, y for each, in order) and their links as index pairs. */
export interface LargeLayoutJob {
  job: number;
  start: Float64Array;
  pairs: readonly number[];
  /** Puts positions (x, y for each node, in the same order) on the drawing. */
  place(positions: ArrayLike<number>): void;
  /** False once a newer layout has taken over. */
  current(): boolean;
}

export class LargeLayout {
  readonly #cy: Core;
  #worker: Worker | null = null;
  /** Whether frames are held back until a layout arrives. */
  #held = false;

  constructor(cy: Core) {
    this.#cy = cy;
  }

  /**
   * Lays the nodes out in the Worker; resolves once the graph is shown (laid
   * out, or on its starting positions after the wait, or if the Worker fails).
   */
  run(l: LargeLayoutJob): Promise<void> {
    this.#hold();
    try {
      this.#worker ??= new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
    } catch {
      l.place(l.start);
      this.release();
      return Promise.resolve(); // no workers: the starting positions stay
    }
    const worker = this.#worker;
    const n = l.start.length / 2;
    // Bounded work: fewer iterations the bigger the graph. With Barnes–Hut an iteration costs
    // mostly by nodes (about 8 ms per thousand here, links add little): about half a second.
    const iterations = Math.max(15, Math.min(200, Math.round(8e4 / (n + l.pairs.length / 16))));
    const began = performance.now();
    return new Promise<void>((resolve) => {
      let placed = false;
      const show = () => {
        if (!l.current()) return; // a newer layout has taken over
        clearTimeout(timer);
        if (!placed) l.place(l.start);
        placed = true;
        this.release();
        resolve();
      };
      const timer = setTimeout(show, LAYOUT_WAIT_MS);
      worker.onmessage = (ev: MessageEvent<{ job: number; positions: Float64Array }>) => {
        if (ev.data.job !== l.job || !l.current() || this.#cy.destroyed()) return;
        // For the benchmark and the Performance panel.
        performance.measure('force layout (in a Worker)', { start: began, duration: performance.now() - began });
        l.place(ev.data.positions);
        placed = true;
        show();
      };
      worker.onerror = (e) => {
        e.preventDefault();
        // The starting positions stay; a later layout starts a new Worker (its code may load by then).
        if (this.#worker === worker) this.#worker = null;
        worker.terminate();
        show();
      };
      const start = l.start.slice(); // handed over to the Worker; the original stays here in case it is shown
      worker.postMessage({ job: l.job, positions: start, edges: new Uint32Array(l.pairs), iterations, spacing: 60 }, [start.buffer]);
    });
  }

  #hold(): void {
    if (this.#held) return;
    this.#held = true;
    this.#cy.startBatch();
  }

  /** Draws again (a newer layout of another kind, or the one awaited has arrived). */
  release(): void {
    if (!this.#held) return;
    this.#held = false;
    if (!this.#cy.destroyed()) this.#cy.endBatch();
  }

  destroy(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }
}

/**
 * Fits the view to node positions only. Cytoscape's fit measures every label,
 * which takes seconds on thousands of nodes.
 */
export function fitToPositions(cy: Core, padding = 30): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  cy.nodes().forEach((n) => {
    const p = n.position();
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  });
  if (!Number.isFinite(x1)) return;
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / Math.max(1, x2 - x1), h / Math.max(1, y2 - y1))));
  cy.viewport({ zoom, pan: { x: padding + (w - zoom * (x2 - x1)) / 2 - zoom * x1, y: padding + (h - zoom * (y2 - y1)) / 2 - zoom * y1 } });
}
