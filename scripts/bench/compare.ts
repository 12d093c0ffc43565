/**
 * `npm run bench -- --compare bench/results/A.json,bench/results/B.json`:
 * the medians of two saved runs side by side, with B ÷ A.
 */
import { readFileSync } from 'node:fs';
import type { SizeResult, Summary } from './report.ts';
import { ms, ratio, table, times } from './stats.ts';

interface Saved { meta: { date: string; commit: string; dirty: boolean }; results: SizeResult[] }

const METRICS: [keyof Summary, string, 'ms' | 'MB' | 'kB' | 'x'][] = [
  ['interactiveMs', 'interactive', 'ms'], ['layoutMs', 'layout', 'ms'], ['indexMs', 'index build', 'ms'],
  ['keyP50', 'key p50', 'ms'], ['keyP95', 'key p95', 'ms'], ['selectMs', 'select→details', 'ms'],
  ['heapMB', 'heap', 'MB'], ['jsGzipKB', 'first-view JS gz', 'kB'], ['longestTaskAfterMs', 'longest task after', 'ms'],
  ['bareCyPaintedMs', 'bare Cytoscape drawn', 'ms'], ['bareKeyP95', 'bare key p95', 'ms'],
  ['ratioInteractiveToBareCy', 'interactive ÷ bare Cytoscape', 'x'], ['ratioKeyP95ToBare', 'key p95 ÷ bare MiniSearch', 'x'],
];

function fmt(v: unknown, unit: string): string {
  if (typeof v !== 'number') return '–';
  if (unit === 'ms') return ms(v);
  if (unit === 'x') return times(v);
  return `${v.toFixed(0)} ${unit}`;
}

export function compare(fileA: string, fileB: string): string {
  const [a, b] = [fileA, fileB].map((f) => JSON.parse(readFileSync(f, 'utf8')) as Saved);
  const name = (s: Saved) => `${s.meta.commit}${s.meta.dirty ? '+' : ''} ${s.meta.date.slice(0, 16)}`;
  const out: string[] = [`A = ${name(a!)}   B = ${name(b!)}`];
  for (const rb of b!.results) {
    const ra = a!.results.find((r) => r.label === rb.label);
    if (!ra?.summary || !rb.summary) continue;
    out.push('', `${rb.label}`);
    out.push(table(['metric', 'A', 'B', 'B ÷ A'], METRICS.map(([k, label, unit]) => {
      const va = ra.summary![k];
      const vb = rb.summary![k];
      return [label, fmt(va, unit), fmt(vb, unit), times(ratio(typeof vb === 'number' ? vb : undefined, typeof va === 'number' ? va : undefined))];
    })));
  }
  return out.join('\n');
}
