/** What a load is doing, for the progress display. */
export type LoadPhase = 'downloading' | 'reading' | 'parsing' | 'validating' | 'indexing';

export interface LoadProgress {
  phase: LoadPhase;
  /** What is being opened: a file name, an address. */
  origin: string;
  /** Bytes done and expected, while downloading or reading. */
  loaded?: number;
  total?: number;
}

export const PHASE_TEXT: Record<LoadPhase, string> = {
  downloading: 'Downloading',
  reading: 'Reading',
  parsing: 'Parsing',
  validating: 'Checking',
  indexing: 'Building the graph and search index for',
};

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} kB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Resolves once the browser has had a chance to paint, so that a status line
 * shows before heavy synchronous work. Falls back to a timer in hidden tabs,
 * where animation frames do not run.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    setTimeout(done, 100);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(done, 0));
  });
}

/**
 * Runs `fn` once the browser has painted the current frame (the cancellable
 * form of `nextPaint`, for effects); returns the cancel.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

let together: (() => void)[] = [];
let cancelTogether: (() => void) | null = null;

/**
 * `afterPaint` for work that must share one task: everything asked for before the frame paints
 * runs after it, in the order asked. (A selection in a large overview changes what is drawn and
 * the highlight; in two tasks, the canvas was restyled and redrawn twice.) Returns the cancel.
 */
export function afterPaintTogether(fn: () => void): () => void {
  together.push(fn);
  cancelTogether ??= afterPaint(() => {
    const run = together;
    together = [];
    cancelTogether = null;
    for (const f of run) f();
  });
  return () => {
    together = together.filter((f) => f !== fn);
    if (together.length === 0) {
      cancelTogether?.();
      cancelTogether = null;
    }
  };
}

/** Runs `fn` when the page is idle, at the latest after `timeoutMs`; in a task of its own where idle callbacks are missing. */
export function whenIdle(fn: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: timeoutMs });
  else setTimeout(fn, 0);
}

let viewWaiters: (() => void)[] = [];

/** A drawing of the graph has been laid out and painted (GraphView calls this). */
export function viewShown(): void {
  const waiting = viewWaiters;
  viewWaiters = [];
  for (const resolve of waiting) resolve();
}

/** How long the user must have paused (no key, pointer press or wheel) before background work starts. */
export const PAUSE_MS = 1000;
let lastInput = -Infinity;
let listening = false;

function listenForInput(): void {
  if (listening || typeof addEventListener !== 'function') return;
  listening = true;
  const seen = () => {
    lastInput = performance.now();
  };
  for (const type of ['keydown', 'pointerdown', 'wheel']) addEventListener(type, seen, { capture: true, passive: true });
}

/**
 * Resolves once the user has not typed, pressed or scrolled for `PAUSE_MS`: background work
 * (copies to Workers, loading code ahead of time) started between two keystrokes delayed the
 * second one's results by its whole length.
 */
export function userPaused(): Promise<void> {
  listenForInput();
  return new Promise((resolve) => {
    const check = () => {
      const wait = lastInput + PAUSE_MS - performance.now();
      if (wait > 0) setTimeout(check, wait);
      else resolve();
    };
    check();
  });
}

/**
 * Resolves `delayMs` after the next drawing is shown, or after `latestMs` if
 * none is (the page opened on another tab). Background work that would share
 * the two cores of an ordinary laptop with a large dataset's first view (its
 * layout, its first frame) waits for it.
 */
export function afterNextView(delayMs: number, latestMs: number): Promise<void> {
  listenForInput(); // from now on: what the user does before the work is due counts
  const shown = new Promise<void>((resolve) => viewWaiters.push(resolve));
  const latest = new Promise<void>((resolve) => setTimeout(resolve, latestMs));
  return Promise.race([shown, latest]).then(() => new Promise<void>((resolve) => setTimeout(resolve, delayMs)));
}

/**
 * When background work is due: `delayMs` after the next drawing is painted (or `latestMs` after
 * now without one), once the user has paused.
 */
export function backgroundDue(delayMs: number, latestMs: number): Promise<void> {
  return afterNextView(delayMs, latestMs).then(userPaused);
}
