/**
 * The two baselines, on the same data as the app: a bare Cytoscape page and a
 * bare MiniSearch page (bench/baseline/). Definitions: bench/README.md.
 */
import type { Browser } from '@playwright/test';
import { closeQuietly, heapMB, openPage, typeQueries, withTimeout } from './page.ts';
import type { KeyStats, W } from './page.ts';

export interface BareCyRun { ok: boolean; failure?: string; paintedMs?: number; createMs?: number; heapMB?: number; longestTaskMs?: number; nodes?: number; edges?: number }
export interface BareSearchRun { ok: boolean; failure?: string; indexMs?: number; keys?: KeyStats; documents?: number }

export async function measureBareCytoscape(browser: Browser, url: string, timeoutMs: number): Promise<{ run: BareCyRun; hung: boolean }> {
  const { context, page } = await openPage(browser);
  let hung = false;
  try {
    const deadline = Date.now() + timeoutMs;
    await withTimeout(page.goto(url, { waitUntil: 'commit', timeout: timeoutMs }), timeoutMs, 'opening the page');
    // Playwright's own timeout may wait for a blocked page; withTimeout does not.
    await withTimeout(page.waitForFunction(() => (window as unknown as W).__bare !== undefined, null, { timeout: deadline - Date.now(), polling: 50 }), deadline - Date.now(), 'waiting for the page');
    const r = await withTimeout(page.evaluate(() => ({ bare: (window as unknown as W).__bare!, tasks: (window as unknown as W).__bench.longTasks })), 30_000, 'reading results');
    const heap = await withTimeout(heapMB(page, context), 60_000, 'measuring the heap');
    return {
      hung,
      run: {
        ok: true, paintedMs: r.bare.painted, createMs: r.bare.created! - r.bare.start!, heapMB: heap,
        longestTaskMs: r.tasks.reduce((m, t) => Math.max(m, t.duration), 0), nodes: r.bare.nodes, edges: r.bare.edges,
      },
    };
  } catch (e) {
    hung = true;
    const timedOut = e instanceof Error && e.name === 'TimeoutError';
    return { hung, run: { ok: false, failure: timedOut ? `not drawn within ${Math.round(timeoutMs / 1000)} s` : e instanceof Error ? e.message : String(e) } };
  } finally {
    if (!hung) await closeQuietly(context);
  }
}

export async function measureBareMiniSearch(browser: Browser, url: string, queries: readonly string[], timeoutMs: number): Promise<{ run: BareSearchRun; hung: boolean }> {
  const { context, page } = await openPage(browser);
  let hung = false;
  try {
    const deadline = Date.now() + timeoutMs;
    await withTimeout(page.goto(url, { waitUntil: 'commit', timeout: timeoutMs }), timeoutMs, 'opening the page');
    // Playwright's own timeout may wait for a blocked page; withTimeout does not.
    await withTimeout(page.waitForFunction(() => (window as unknown as W).__bare !== undefined, null, { timeout: deadline - Date.now(), polling: 50 }), deadline - Date.now(), 'waiting for the page');
    const bare = await withTimeout(page.evaluate(() => (window as unknown as W).__bare!), 30_000, 'reading results');
    const keys = await typeQueries(page, page.getByRole('searchbox', { name: 'Search' }), queries, Date.now() + timeoutMs);
    if (keys.incomplete) hung = true;
    return { hung, run: { ok: true, indexMs: bare.indexMs, documents: bare.documents, keys } };
  } catch (e) {
    hung = true;
    const timedOut = e instanceof Error && e.name === 'TimeoutError';
    return { hung, run: { ok: false, failure: timedOut ? `not indexed within ${Math.round(timeoutMs / 1000)} s` : e instanceof Error ? e.message : String(e) } };
  } finally {
    if (!hung) await closeQuietly(context);
  }
}
