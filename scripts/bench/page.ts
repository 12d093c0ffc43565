/**
 * What the bench's page measurements share: a fresh page with the in-page
 * harness, hard time limits, the heap, and typing with per-key latency.
 * Definitions of every number are in bench/README.md.
 */
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { installHarness } from './harness.ts';
import type { BenchState } from './harness.ts';
import { quantile } from './stats.ts';

export const VIEWPORT = { width: 1280, height: 800 };

/** What the page exposes, seen from page.evaluate callbacks. */
export interface W {
  __bench: BenchState;
  __cy?: Core;
  __app?: { search?: { constructor: new (g: unknown) => unknown; ready?: boolean } | null; graph?: unknown };
  __bare?: Record<string, number>;
}

export interface Elements {
  nodes: { id: string; x: number; y: number }[];
  edges: [string, string][];
  /** Size of the app's canvas. */
  w: number;
  h: number;
  /** The app's viewport after its layout. */
  zoom?: number;
  pan?: { x: number; y: number };
}

export interface TaskStats {
  count: number; max: number; total: number;
  /** After interactive: what the bench was doing when the longest task started (settling, typing, selecting…). */
  maxDuring?: string;
}

export interface KeyStats { p50?: number; p95?: number; n: number; unchanged: number; timedOut: number; samples: number[]; incomplete?: string }

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer within ${Math.round(ms / 1000)} s`)), Math.max(1, ms));
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** A fresh context (no cache) with the harness installed. */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  // tsx names functions with __name(); serialised into the page, that helper must exist there.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  await context.addInitScript(installHarness);
  const page = await context.newPage();
  return { context, page };
}

export async function closeQuietly(context: BrowserContext): Promise<boolean> {
  try {
    await withTimeout(context.close(), 20_000, 'closing the page');
    return true;
  } catch {
    return false;
  }
}

export async function heapMB(page: Page, context: BrowserContext): Promise<number | undefined> {
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const m = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach();
    return m.usedSize / 1048576;
  } catch {
    return undefined;
  }
}

/**
 * Types each query letter by letter; after each key, waits for the page to be
 * quiet (no DOM change for 150 ms) and records input event → paint after the
 * last DOM change it caused. Stops early, keeping what it has, at `deadline`.
 */
export async function typeQueries(page: Page, box: Locator, queries: readonly string[], deadline: number): Promise<KeyStats> {
  const samples: number[] = [];
  let unchanged = 0;
  let timedOut = 0;
  let incomplete: string | undefined;
  const within = <T>(p: Promise<T>, what: string) => withTimeout(p, deadline - Date.now(), what);
  const settle = (quiet: number, max: number) => page.evaluate(([q, m]) => (window as unknown as W).__bench.settle(q, m), [quiet, max] as const);
  try {
    await within(box.focus(), 'focusing the search box');
    for (const q of queries) {
      await within(box.fill(''), 'clearing the search box');
      await within(settle(300, 10_000), 'waiting after clearing');
      for (const ch of q) {
        await within(page.keyboard.type(ch), 'typing');
        const r = await within(settle(150, 5000), 'waiting for results');
        samples.push(r.latency);
        if (!r.changed) unchanged++;
        if (r.timedOut) timedOut++;
      }
    }
    await within(box.fill(''), 'clearing the search box');
    await within(settle(300, 10_000), 'waiting after clearing');
  } catch (e) {
    incomplete = e instanceof Error ? e.message : String(e);
  }
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), n: samples.length, unchanged, timedOut, samples, ...(incomplete ? { incomplete } : {}) };
}
