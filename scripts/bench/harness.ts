/**
 * In-page instrumentation, installed with `context.addInitScript` before any
 * page script runs (the app and the baseline pages alike). It records, on the
 * page's own clock (ms since navigation start):
 *
 * - long tasks (PerformanceObserver 'longtask');
 * - milestones: when `window.__app` and `window.__cy` are assigned, the first
 *   element added to Cytoscape, each layout's run() and 'layoutstop', the
 *   `data-layout-done` attribute, the first frame rendered after a layout;
 * - DOM mutations outside the graph canvas and the text inputs, and the first
 *   paint after them (requestAnimationFrame, then a message: the frame is done);
 * - the text of `#details-heading` and when a change of it was painted; the first
 *   such change after the first mouse press is the `detailsPainted` milestone.
 *
 * Milestones are also logged with console.debug('__bench', …) so that the bench
 * sees them even while the page's main thread is blocked.
 *
 * This function is serialised into the page: it must not use anything from its
 * module scope. (tsx wraps named functions in `__name(...)`; the bench defines
 * a no-op `__name` in the page first.)
 */

export interface LayoutRecord { name: string; run: number; stop?: number }

export interface BenchState {
  marks: Record<string, number>;
  longTasks: { start: number; duration: number }[];
  layouts: LayoutRecord[];
  renders: number;
  lastMutation: number;
  lastMutationPaint: number;
  mutations: number;
  lastInput: number;
  lastInputPaint: number;
  heading: string | null;
  headingChangedAt: number;
  headingPaintedAt: number;
  /** Resolves after quiet: the latency of the last input, from its event to the paint after its last DOM change. */
  settle(quietMs: number, maxMs: number): Promise<{ latency: number; changed: boolean; timedOut: boolean }>;
  /** Taps a node through Cytoscape and resolves when the details heading changed and was painted. */
  tapSelect(id: string, maxMs: number): Promise<{ ms: number; heading: string | null } | null>;
  afterPaint(cb: (t: number) => void): void;
  /** Resolves once no long task has ended for `ms` (or after `maxMs`). */
  quiet(ms: number, maxMs: number): Promise<void>;
}

export function installHarness(): void {
  type AnyFn = (...args: unknown[]) => unknown;
  type Cy = {
    on(ev: string, cb: AnyFn): void; one(ev: string, cb: AnyFn): void; collection(): object;
    getElementById(id: string): { emit(ev: string): void; nonempty(): boolean };
  } & Record<string, unknown>;
  const w = window as unknown as Record<string, unknown>;
  if (w.__bench) return;
  const now = () => performance.now();
  const afterPaint = (cb: (t: number) => void) => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(now());
      ch.port2.postMessage(0);
    });
  };
  const h: BenchState = {
    marks: {}, longTasks: [], layouts: [], renders: 0,
    lastMutation: 0, lastMutationPaint: 0, mutations: 0, lastInput: 0, lastInputPaint: 0,
    heading: null, headingChangedAt: 0, headingPaintedAt: 0,
    settle: (quietMs, maxMs) => new Promise((resolve) => {
      const t0 = h.lastInput;
      const check = () => {
        const t = now();
        const changed = h.lastMutation > t0;
        const last = changed ? h.lastMutation : t0;
        const painted = changed ? h.lastMutationPaint >= h.lastMutation : h.lastInputPaint >= t0;
        const timedOut = t - t0 > maxMs;
        if ((painted && t - last >= quietMs) || timedOut) {
          resolve({ latency: (changed ? h.lastMutationPaint : h.lastInputPaint) - t0, changed, timedOut });
        } else setTimeout(check, 10);
      };
      setTimeout(check, 0);
    }),
    tapSelect: (id, maxMs) => new Promise((resolve) => {
      const cy = w.__cy as Cy | undefined;
      if (!cy) return resolve(null);
      const before = h.headingChangedAt;
      const start = now();
      cy.getElementById(id).emit('tap');
      const check = () => {
        if (h.headingChangedAt > before && h.headingPaintedAt >= h.headingChangedAt) {
          resolve({ ms: h.headingPaintedAt - start, heading: h.heading });
        } else if (now() - start > maxMs) resolve(null);
        else setTimeout(check, 5);
      };
      check();
    }),
    afterPaint,
    quiet: (ms, maxMs) => new Promise((resolve) => {
      const start = now();
      const check = () => {
        const last = h.longTasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
        if (now() - Math.max(last, start) >= ms || now() - start > maxMs) resolve();
        else setTimeout(check, 50);
      };
      check();
    }),
  };
  w.__bench = h;
  const mark = (name: string, at = now()) => {
    if (h.marks[name] !== undefined) return;
    h.marks[name] = at;
    console.debug('__bench', name, at);
  };
  document.addEventListener('DOMContentLoaded', () => mark('domContentLoaded'));
  try {
    // The first JSON download is the dataset (the app fetches nothing else as JSON before it).
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceResourceTiming[]) {
        if (/\.json(\?|$)/.test(e.name)) mark('dataFetched', e.responseEnd);
      }
    }).observe({ type: 'resource', buffered: true });
  } catch {
    // no resource timing: the milestone stays unknown
  }

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) h.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task support: the list stays empty
  }

  const hookCy = (cy: Cy) => {
    if (!cy || cy.__benchHooked) return;
    cy.__benchHooked = true;
    cy.one('add', () => mark('elementsAdded'));
    cy.on('layoutstop', () => {
      const open = h.layouts.find((l) => l.stop === undefined);
      if (open) open.stop = now();
      mark('layoutStop');
    });
    cy.on('render', () => {
      h.renders++;
      if (h.marks.layoutStop !== undefined || h.marks.layoutDoneAttr !== undefined) mark('renderAfterLayout');
    });
    // fcose emits 'layoutstart' only when it applies its result, so time layouts from run().
    const wrap = (obj: Record<string, unknown>) => {
      const orig = obj.layout as AnyFn & { __bench?: boolean };
      if (typeof orig !== 'function' || orig.__bench) return;
      const wrapped = function (this: unknown, ...args: unknown[]) {
        const layout = orig.apply(this, args) as Record<string, AnyFn>;
        const opts = args[0] as { name?: string } | undefined;
        const rec: LayoutRecord = { name: opts?.name ?? '?', run: 0 };
        const run = layout.run!;
        layout.run = function (this: unknown, ...a: unknown[]) {
          rec.run = now();
          h.layouts.push(rec);
          mark('layoutRun');
          return run.apply(this, a);
        };
        return layout;
      } as AnyFn & { __bench?: boolean };
      wrapped.__bench = true;
      obj.layout = wrapped;
    };
    wrap(cy);
    wrap(Object.getPrototypeOf(cy.collection()) as Record<string, unknown>);
  };

  for (const name of ['__cy', '__app']) {
    let value: unknown;
    Object.defineProperty(w, name, {
      configurable: true,
      get: () => value,
      set: (v: unknown) => {
        value = v;
        mark(`${name.slice(2)}Set`);
        if (name === '__cy') hookCy(v as Cy);
      },
    });
  }

  // Where a search box's results live: its widget, else the whole page.
  const SEARCH_ROOT = '[role=search], search, form, .search, [data-bench-search]';
  let searchRoot: Element | null = null;
  const ignored = (n: Node | null): boolean => {
    const el = n && (n.nodeType === 1 ? (n as Element) : n.parentElement);
    if (!el) return false;
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return true;
    // The graph canvas, and live regions (announcements are deliberately delayed, they are not results).
    if (el.closest('.canvas, [data-bench-ignore], [aria-live], [role=status], [role=alert], [role=log]')) return true;
    return searchRoot !== null && !searchRoot.contains(el);
  };
  let mutationPaintPending = false;
  let headingPaintPending = false;
  new MutationObserver((records) => {
    let relevant = false;
    for (const r of records) {
      if (r.type === 'attributes' && r.attributeName === 'data-layout-done') mark('layoutDoneAttr');
      if (!relevant && !ignored(r.target)) relevant = true;
    }
    if (relevant) {
      h.lastMutation = now();
      h.mutations++;
      if (!mutationPaintPending) {
        mutationPaintPending = true;
        afterPaint((t) => {
          mutationPaintPending = false;
          h.lastMutationPaint = t;
        });
      }
    }
    const text = document.getElementById('details-heading')?.textContent ?? null;
    if (text !== h.heading) {
      h.heading = text;
      h.headingChangedAt = now();
      if (!headingPaintPending) {
        headingPaintPending = true;
        afterPaint((t) => {
          headingPaintPending = false;
          h.headingPaintedAt = t;
          // Only a change the bench's first click caused counts (the panel may show a placeholder heading before).
          const click = h.marks.firstClick;
          if (h.heading !== null && click !== undefined && h.headingChangedAt > click) mark('detailsPainted', t);
        });
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

  document.addEventListener('mousedown', (e) => mark('firstClick', Math.min(e.timeStamp, now())), true);
  document.addEventListener('input', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    searchRoot = target?.closest(SEARCH_ROOT) ?? null;
    h.lastInput = Math.min(e.timeStamp, now());
    afterPaint((t) => {
      h.lastInputPaint = t;
    });
  }, true);
}
