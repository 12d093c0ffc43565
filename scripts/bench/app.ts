/**
 * One measured load of the app: navigation → interactive, then heap, index build,
 * typing, selecting, long tasks and first-view JS. Definitions: bench/README.md.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Locator, Page } from '@playwright/test';
import type { NodeSingular } from 'cytoscape';
import { closeQuietly, heapMB, openPage, typeQueries, withTimeout } from './page.ts';
import type { Elements, KeyStats, TaskStats, W } from './page.ts';

export interface AppRun {
  ok: boolean;
  failure?: string;
  /** Milestones in ms since navigation start. */
  marks: Record<string, number>;
  interactiveMs?: number;
  graphDrawnMs?: number;
  layoutMs?: number;
  layouts: { name: string; ms?: number }[];
  clickFallback?: boolean;
  dataFetchedMs?: number;
  domContentLoadedMs?: number;
  indexMs?: number;
  indexMethod?: string;
  keys?: KeyStats;
  selectMs: number[];
  heapMB?: number;
  js?: { files: number; rawKB: number; gzipKB: number; list: { path: string; rawKB: number; gzipKB: number }[] };
  longTasks?: { before: TaskStats; after: TaskStats };
  notes: string[];
}

export interface AppOptions {
  url: string;
  /** Navigation → interactive must happen within this. */
  timeoutMs: number;
  /** Time allowed for typing all the queries (the keys typed by then are kept). */
  typingMs: number;
  /** Time allowed for the five selections. */
  selectingMs: number;
  queries: readonly string[];
  /** Read node positions and edges after the layout (for the bare Cytoscape page). */
  dumpElements: boolean;
}

function taskStats(tasks: { start: number; duration: number }[]): TaskStats {
  return {
    count: tasks.length,
    max: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    total: tasks.reduce((s, t) => s + t.duration, 0),
  };
}

/** Finds the search box: a combobox or searchbox named "Search". */
function searchBox(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Search' }).or(page.getByRole('searchbox', { name: 'Search' })).first();
}

/** Navigation → graph drawn → a click on a node opens details. Returns false (with run.failure) if not in time. */
async function loadUntilInteractive(page: Page, opts: AppOptions, run: AppRun, liveMarks: Record<string, number>): Promise<boolean> {
  const deadline = Date.now() + opts.timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  const notInTime = () => {
    const reached = Object.entries(liveMarks).sort((a, b) => a[1] - b[1]).map(([k]) => k);
    run.failure = `did not become interactive within ${Math.round(opts.timeoutMs / 1000)} s (last milestone: ${reached.at(-1) ?? 'none'})`;
    return false;
  };
  try {
    await page.goto(opts.url, { waitUntil: 'commit', timeout: left() });
    // Playwright's own timeout may wait for a blocked page; withTimeout does not.
    await withTimeout(page.waitForSelector('.canvas[data-layout-done]', { state: 'attached', timeout: left() }), left() + 1000, 'waiting for the layout');
    // Click the most connected node where it is drawn; any details heading counts.
    const target = await withTimeout(page.evaluate(() => {
      const cy = (window as unknown as W).__cy!;
      let best: NodeSingular | undefined;
      cy.nodes(':visible').forEach((n) => {
        if (!best || n.degree(false) > best.degree(false)) best = n;
      });
      if (!best) return null;
      const p = best.renderedPosition();
      const r = cy.container()!.getBoundingClientRect();
      return { id: best.id(), x: r.left + p.x, y: r.top + p.y };
    }), left(), 'finding a node to click');
    if (!target) {
      run.failure = 'the graph has no visible node to click';
      return false;
    }
    await page.mouse.click(target.x, target.y);
    // Wait for the details; if the page has been responsive for a second (50 timer turns)
    // and nothing opened, the click missed (overlap, edge, background).
    const outcome = await withTimeout(page.evaluate(() => new Promise<'opened' | 'missed'>((resolve) => {
      const b = (window as unknown as W).__bench;
      const start = performance.now();
      let turns = 0;
      const check = () => {
        if (b.marks.detailsPainted !== undefined) resolve('opened');
        else if (++turns >= 50 && performance.now() - start > 1000) resolve('missed');
        else setTimeout(check, 20);
      };
      check();
    })), left(), 'waiting for details');
    if (outcome === 'missed') {
      run.clickFallback = true;
      await withTimeout(page.evaluate((id) => {
        const w = window as unknown as W;
        w.__bench.marks.firstClick ??= performance.now();
        w.__cy!.getElementById(id).emit('tap');
      }, target.id), left(), 'tapping a node');
      await withTimeout(page.waitForFunction(() => (window as unknown as W).__bench.marks.detailsPainted !== undefined, null, { timeout: left(), polling: 50 }), left() + 1000, 'waiting for details');
    }
    return true;
  } catch (e) {
    if (e instanceof Error && e.name === 'TimeoutError') return notInTime();
    run.failure = e instanceof Error ? e.message : String(e);
    return false;
  }
}

export async function measureApp(browser: Browser, opts: AppOptions): Promise<{ run: AppRun; elements?: Elements; hung: boolean }> {
  const run: AppRun = { ok: false, marks: {}, layouts: [], selectMs: [], notes: [] };
  const { context, page } = await openPage(browser);
  const liveMarks: Record<string, number> = {};
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'debug' && text.startsWith('__bench ')) {
      const [, name, t] = text.split(' ');
      if (name) liveMarks[name] = Number(t);
    }
  });
  let interactive = false;
  const scripts: Promise<{ path: string; raw: number; gz: number } | null>[] = [];
  page.on('response', (r) => {
    if (interactive) return;
    if (r.request().resourceType() !== 'script' && !/\.m?js(\?|$)/.test(r.url())) return;
    const path = new URL(r.url()).pathname;
    scripts.push(r.body().then((b) => ({ path, raw: b.length, gz: gzipSync(b, { level: 9 }).length })).catch(() => null));
  });
  let elements: Elements | undefined;
  let hung = false;
  try {
    if (!(await loadUntilInteractive(page, opts, run, liveMarks))) {
      run.marks = { ...liveMarks };
      hung = true;
      return { run, hung };
    }
    interactive = true;
    run.ok = true;
    // Each step has its own time limit, so that a slow one does not starve the others.
    /** When each step began, on the page's clock (for naming what the long tasks after interactive fell in). */
    const began: [string, number][] = [];
    const step = async (what: string, limitMs: number, fn: () => Promise<void>) => {
      try {
        const at = await withTimeout(page.evaluate(() => performance.now()), 30_000, 'reading the clock').catch(() => undefined);
        if (at !== undefined) began.push([what, at]);
        await withTimeout(fn(), limitMs, what);
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        run.notes.push(msg.startsWith(what) ? msg : `${what}: ${msg}`);
      }
    };
    const excluded: [number, number][] = [];
    const pageNow = () => withTimeout(page.evaluate(() => performance.now()), 30_000, 'reading the clock');

    // Work the app defers to idle time (an index, a cache) runs now and counts as long tasks after interactive.
    await step('settling after load', 35_000, () => page.evaluate(() => (window as unknown as W).__bench.quiet(1000, 30_000)));
    await step('heap', 60_000, async () => {
      const t0 = await pageNow();
      run.heapMB = await heapMB(page, context);
      excluded.push([t0, await pageNow()]);
    });
    if (opts.dumpElements) {
      await step('reading positions', 60_000, async () => {
        elements = await page.evaluate(() => {
          const cy = (window as unknown as W).__cy!;
          const round = (v: number) => Math.round(v * 10) / 10;
          const nodes = cy.nodes(':visible').map((n) => ({ id: n.id(), x: round(n.position('x')), y: round(n.position('y')) }));
          const edges = cy.edges(':visible').map((e) => [e.source().id(), e.target().id()] as [string, string]);
          const r = cy.container()!.getBoundingClientRect();
          return { nodes, edges, w: Math.round(r.width), h: Math.round(r.height), zoom: cy.zoom(), pan: cy.pan() };
        });
      });
    }
    // Index build: the app's own measure if it reports one, else the app's index class rebuilt on its graph.
    await step('search index', 90_000, async () => {
      const t0 = await pageNow();
      const idx = await page.evaluate(async () => {
        // An app that indexes in a Worker reports it when done: wait for it (up to a minute).
        const measured = () => performance.getEntriesByType('measure').find((e) => /search|index/i.test(e.name));
        const app = (window as unknown as W).__app;
        for (let i = 0; i < 600 && !measured() && app?.search && 'ready' in app.search && !app.search.ready; i++) {
          await new Promise((r) => setTimeout(r, 100));
        }
        const m = measured();
        if (m) return { ms: m.duration, method: `performance.measure("${m.name}")` };
        const S = app?.search?.constructor;
        if (typeof S === 'function' && app?.graph) {
          // A first query, because an index may be built lazily (on first use, or in idle slices).
          const t = performance.now();
          const index = new S(app.graph) as { search?: (q: string) => unknown };
          index.search?.('zq');
          return { ms: performance.now() - t, method: "rebuilt: new (__app.search.constructor)(__app.graph), then .search('zq')" };
        }
        return null;
      });
      excluded.push([t0, await pageNow()]);
      if (idx) {
        run.indexMs = idx.ms;
        run.indexMethod = idx.method;
      } else run.notes.push('search index time not measurable (no performance.measure named *search*/*index*, no window.__app.search)');
    });
    await step('typing', opts.typingMs + 5000, async () => {
      const box = searchBox(page);
      if (await box.count()) run.keys = await typeQueries(page, box, opts.queries, Date.now() + opts.typingMs);
      else run.notes.push('no search box (role combobox or searchbox named "Search")');
    });
    await step('selecting', opts.selectingMs, async () => {
      // Picked from what is drawn at the time of each tap: in an overview, a selection brings its
      // neighbours into the drawing and the next one takes them out again.
      const tapped = new Set<string>();
      for (const at of [-1, 100, 10, 3, 2]) {
        const id = await page.evaluate(([at, done]) => {
          const nodes = (window as unknown as W).__cy!.nodes(':visible').toArray().sort((a, b) => b.degree(false) - a.degree(false));
          const n = nodes.length;
          const i = at < 0 ? 1 : Math.floor(n / at);
          const pick = nodes.slice(Math.min(i, n - 1)).find((x) => !done.includes(x.id())) ?? null;
          return pick ? pick.id() : null;
        }, [at, [...tapped]] as const);
        if (id === null) continue;
        tapped.add(id);
        const r = await page.evaluate(([id, max]) => (window as unknown as W).__bench.tapSelect(id, max), [id, 10_000] as const);
        if (r) run.selectMs.push(r.ms);
        else run.notes.push(`selecting ${id} did not change the details heading within 10 s`);
        await page.waitForTimeout(400); // let the centring animation finish
      }
    });
    await step('collecting', 60_000, async () => {
      const r = await page.evaluate(() => {
        const b = (window as unknown as W).__bench;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const data = performance.getEntriesByType('resource').find((e) => /\/data\/|october-2016[^/]*\.json/.test(e.name)) as PerformanceResourceTiming | undefined;
        return { tasks: b.longTasks, layouts: b.layouts, marks: b.marks, dcl: nav?.domContentLoadedEventEnd, data: data?.responseEnd };
      });
      run.marks = r.marks;
      run.interactiveMs = r.marks.detailsPainted;
      run.graphDrawnMs = r.marks.renderAfterLayout;
      run.domContentLoadedMs = r.dcl;
      run.dataFetchedMs = r.data;
      const before = run.interactiveMs ?? Infinity;
      run.layouts = r.layouts.map((l) => ({ name: l.name, ms: l.stop !== undefined ? l.stop - l.run : undefined }));
      // From the first Cytoscape layout's run() (or, if none ran, the first element added) to data-layout-done.
      const layoutStart = r.marks.layoutRun ?? r.marks.elementsAdded;
      if (layoutStart !== undefined && r.marks.layoutDoneAttr !== undefined) run.layoutMs = r.marks.layoutDoneAttr - layoutStart;
      const overlaps = (t: { start: number; duration: number }) => excluded.some(([a, b]) => t.start < b && t.start + t.duration > a);
      run.longTasks = {
        before: taskStats(r.tasks.filter((t) => t.start < before)),
        after: taskStats(r.tasks.filter((t) => t.start >= before && !overlaps(t))),
      };
      const longest = r.tasks.filter((t) => t.start >= before && !overlaps(t)).sort((a, b) => b.duration - a.duration)[0];
      if (longest) {
        // The last step begun by then; before the first, the click's own aftermath.
        run.longTasks.after.maxDuring = began.filter(([, t]) => t <= longest.start).pop()?.[0] ?? 'the first click (its highlight)';
      }
    });
    if (run.interactiveMs === undefined) {
      run.marks = { ...liveMarks, ...run.marks };
      run.interactiveMs = run.marks.detailsPainted;
      run.graphDrawnMs = run.marks.renderAfterLayout;
    }
    const files = (await Promise.all(scripts)).filter((x): x is { path: string; raw: number; gz: number } => x !== null);
    run.js = {
      files: files.length, rawKB: files.reduce((s, f) => s + f.raw, 0) / 1024, gzipKB: files.reduce((s, f) => s + f.gz, 0) / 1024,
      list: files.map((f) => ({ path: f.path, rawKB: Math.round(f.raw / 102.4) / 10, gzipKB: Math.round(f.gz / 102.4) / 10 })),
    };
    if (run.notes.some((n) => n.includes('no answer within'))) hung = true;
  } finally {
    // A page whose main thread is still blocked can take minutes to close: leave it to the browser restart.
    if (!hung && !(await closeQuietly(context))) hung = true;
  }
  return { run, elements, hung };
}
