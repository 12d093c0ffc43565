/**
 * `npm run bench -- --profile --sizes 10000`: one load of an unminified build
 * under the V8 sampling profiler, from navigation to the first layout done (or
 * the time limit). Prints the functions with the most self time and the most
 * inclusive time, and saves the .cpuprofile (open it in Chrome DevTools'
 * Performance panel) under bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { closeQuietly, openPage, withTimeout } from './page.ts';
import { ms, table } from './stats.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

function key(n: ProfileNode): string {
  const f = n.callFrame;
  const file = f.url ? f.url.replace(/^.*\//, '').replace(/\?.*$/, '') : '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
}

/** Self and inclusive time per function, in ms. */
export function summariseProfile(p: Profile): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const k = key(byId.get(id)!);
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = key(byId.get(cur)!);
      if (seen.has(kk)) continue;
      seen.add(kk);
      total.set(kk, (total.get(kk) ?? 0) + dt);
    }
  });
  return { self, total };
}

export async function profileApp(browser: Browser, url: string, timeoutMs: number, outDir: string, label: string, log: (m: string) => void): Promise<void> {
  const { context, page } = await openPage(browser);
  const marks: Record<string, number> = {};
  page.on('console', (msg) => {
    const [tag, name, t] = msg.text().split(' ');
    if (tag === '__bench' && name) marks[name] = Number(t);
  });
  try {
    // Same origin first, so the profiled navigation stays in the renderer we attach to.
    await page.goto(new URL('/bench-blank', url).href);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    log(`${label}: profiling ${url}`);
    await page.goto(url, { waitUntil: 'commit' });
    let outcome = 'layout done';
    try {
      await page.waitForSelector('.canvas[data-layout-done]', { state: 'attached', timeout: timeoutMs });
      await page.waitForTimeout(500);
    } catch {
      outcome = `not done within ${timeoutMs / 1000} s`;
    }
    const { profile } = (await withTimeout(cdp.send('Profiler.stop'), 120_000, 'stopping the profiler')) as { profile: Profile };
    log(`${label}: ${outcome} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `profile-${label}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const { self, total } = summariseProfile(profile);
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => [k, ms(v)]);
    console.log(`\nProfile of ${label} (${outcome}); saved ${file}`);
    console.log(`Milestones (ms since navigation): ${Object.entries(marks).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
    console.log('\nMost self time');
    console.log(table(['function', 'self'], top(self, 25)));
    console.log('\nMost inclusive time (each function counted once per sample)');
    console.log(table(['function', 'total'], top(total, 40)));
  } finally {
    await closeQuietly(context);
  }
}
