/**
 * Summaries (medians over runs), ratios to the baselines, the printed tables
 * and the target check.
 */
import type { AppRun } from './app.ts';
import type { BareCyRun, BareSearchRun } from './baselines.ts';
import { median, ms, ratio, table, times } from './stats.ts';

export interface SizeResult {
  label: string;
  entities?: number;
  edges?: number;
  file: string;
  timeoutMs: number;
  /** Where the bare Cytoscape page's positions came from. */
  positions: 'app' | 'stand-in';
  app: AppRun[];
  bareCytoscape: BareCyRun[];
  bareMiniSearch: BareSearchRun[];
  notes: string[];
  summary?: Summary;
}

export interface Summary {
  appRuns: number;
  appOk: number;
  interactiveMs?: number;
  /** Lower bound when the app did not become interactive: the time limit. */
  interactiveAtLeastMs?: number;
  graphDrawnMs?: number;
  layoutMs?: number;
  indexMs?: number;
  keyP50?: number;
  keyP95?: number;
  selectMs?: number;
  heapMB?: number;
  jsGzipKB?: number;
  longestTaskBeforeMs?: number;
  longestTaskAfterMs?: number;
  stages: Record<string, number | undefined>;
  bareCyPaintedMs?: number;
  bareCyHeapMB?: number;
  bareIndexMs?: number;
  bareKeyP50?: number;
  bareKeyP95?: number;
  ratioInteractiveToBareCy?: number;
  ratioInteractiveToBareCyIsLowerBound?: boolean;
  ratioIndexToBare?: number;
  ratioKeyP95ToBare?: number;
  ratioKeyP50ToBare?: number;
}

/** Milestones, in order, for the breakdown of navigation → interactive. */
const STAGES: [string, string][] = [
  ['domContentLoaded', 'JS loaded (DOMContentLoaded)'],
  ['dataFetched', 'dataset downloaded'],
  ['cySet', 'parsed, validated: graph view created'],
  ['elementsAdded', 'elements added to Cytoscape'],
  ['layoutRun', 'Cytoscape layout started'],
  ['layoutStop', 'Cytoscape layout finished'],
  ['layoutDoneAttr', 'layout done (data-layout-done)'],
  ['renderAfterLayout', 'first frame drawn after it'],
  ['firstClick', 'click on a node sent'],
  ['detailsPainted', 'details painted (interactive)'],
];

function stageValue(r: AppRun, key: string): number | undefined {
  return r.marks[key] ?? (key === 'domContentLoaded' ? r.domContentLoadedMs : key === 'dataFetched' ? r.dataFetchedMs : undefined);
}

export function summarise(s: SizeResult): Summary {
  const ok = s.app.filter((r) => r.ok);
  const m = (f: (r: AppRun) => number | undefined) => median(ok.map(f));
  const cy = s.bareCytoscape.filter((r) => r.ok);
  const msr = s.bareMiniSearch.filter((r) => r.ok);
  const interactiveMs = m((r) => r.interactiveMs);
  const sum: Summary = {
    appRuns: s.app.length,
    appOk: ok.length,
    interactiveMs,
    interactiveAtLeastMs: interactiveMs === undefined && s.app.length ? s.timeoutMs : undefined,
    graphDrawnMs: m((r) => r.graphDrawnMs),
    layoutMs: m((r) => r.layoutMs),
    indexMs: m((r) => r.indexMs),
    keyP50: m((r) => r.keys?.p50),
    keyP95: m((r) => r.keys?.p95),
    selectMs: m((r) => median(r.selectMs)),
    heapMB: m((r) => r.heapMB),
    jsGzipKB: m((r) => r.js?.gzipKB),
    longestTaskBeforeMs: m((r) => r.longTasks?.before.max),
    longestTaskAfterMs: m((r) => r.longTasks?.after.max),
    stages: Object.fromEntries(STAGES.map(([k]) => [k, median((ok.length ? ok : s.app).map((r) => stageValue(r, k)))])),
    bareCyPaintedMs: median(cy.map((r) => r.paintedMs)),
    bareCyHeapMB: median(cy.map((r) => r.heapMB)),
    bareIndexMs: median(msr.map((r) => r.indexMs)),
    bareKeyP50: median(msr.map((r) => r.keys?.p50)),
    bareKeyP95: median(msr.map((r) => r.keys?.p95)),
  };
  sum.ratioInteractiveToBareCy = ratio(sum.interactiveMs ?? sum.interactiveAtLeastMs, sum.bareCyPaintedMs);
  sum.ratioInteractiveToBareCyIsLowerBound = sum.interactiveMs === undefined && sum.interactiveAtLeastMs !== undefined;
  sum.ratioIndexToBare = ratio(sum.indexMs, sum.bareIndexMs);
  sum.ratioKeyP95ToBare = ratio(sum.keyP95, sum.bareKeyP95);
  sum.ratioKeyP50ToBare = ratio(sum.keyP50, sum.bareKeyP50);
  return sum;
}

const kb = (v: number | undefined) => (v === undefined ? '–' : `${v.toFixed(0)} kB`);
const mb = (v: number | undefined) => (v === undefined ? '–' : `${v.toFixed(0)} MB`);
const label = (s: SizeResult) => (s.label === 'bundled' ? `bundled (${s.entities ?? '?'})` : Number(s.label).toLocaleString('en-US'));

function check(ok: boolean | undefined, text: string): string {
  return `${ok === undefined ? '?' : ok ? '✓' : '✗'} ${text}`;
}

export function report(results: SizeResult[]): string {
  for (const r of results) r.summary = summarise(r);
  const S = (r: SizeResult) => r.summary!;
  const out: string[] = [];
  out.push('App (medians over runs; times from navigation start unless stated)');
  out.push(table(
    ['entities', 'runs ok', 'interactive', 'layout', 'index build', 'key p50', 'key p95', 'select→details', 'heap', 'first-view JS gz', 'longest task after'],
    results.map((r) => {
      const s = S(r);
      return [
        label(r), `${s.appOk}/${s.appRuns}`,
        s.interactiveMs !== undefined ? ms(s.interactiveMs) : s.interactiveAtLeastMs !== undefined
          ? `> ${ms(s.interactiveAtLeastMs)}${s.stages.renderAfterLayout !== undefined ? ` (drawn ${ms(s.stages.renderAfterLayout)})` : ''}` : '–',
        ms(s.layoutMs), ms(s.indexMs), ms(s.keyP50), ms(s.keyP95), ms(s.selectMs), mb(s.heapMB), kb(s.jsGzipKB), ms(s.longestTaskAfterMs),
      ];
    }),
  ));
  out.push('');
  out.push('Baselines, same data, same run (ratio = app ÷ baseline; lower is better)');
  out.push(table(
    ['entities', 'bare Cytoscape drawn', 'app interactive ÷ it', 'bare MiniSearch index', 'index ÷ it', 'bare key p50', 'bare key p95', 'key p95 ÷ it', 'positions'],
    results.map((r) => {
      const s = S(r);
      return [
        label(r), ms(s.bareCyPaintedMs), times(s.ratioInteractiveToBareCy, s.ratioInteractiveToBareCyIsLowerBound),
        ms(s.bareIndexMs), times(s.ratioIndexToBare), ms(s.bareKeyP50), ms(s.bareKeyP95), times(s.ratioKeyP95ToBare),
        r.positions === 'app' ? "app's layout" : 'stand-in',
      ];
    }),
  ));
  out.push('');
  out.push('Where navigation → interactive goes (median milestone, ms since navigation start)');
  out.push(table(['milestone', ...results.map(label)], STAGES.map(([k, name]) => [name, ...results.map((r) => ms(S(r).stages[k]))])));

  const by = (l: string) => results.find((r) => r.label === l)?.summary;
  const lines: string[] = [];
  const b = by('bundled');
  if (b) {
    lines.push(check(b.interactiveMs !== undefined ? b.interactiveMs < 1000 : false, `bundled interactive < 1 s: ${ms(b.interactiveMs ?? b.interactiveAtLeastMs)}`));
    lines.push(check(b.longestTaskAfterMs !== undefined ? b.longestTaskAfterMs <= 50 : undefined, `bundled: no task > 50 ms after interactive: longest ${ms(b.longestTaskAfterMs)}`));
  }
  const t = by('10000');
  if (t) {
    lines.push(check(t.interactiveMs !== undefined ? t.interactiveMs < 3000 : false, `10,000 interactive < 3 s: ${t.interactiveMs !== undefined ? ms(t.interactiveMs) : `> ${ms(t.interactiveAtLeastMs)}`}`));
    lines.push(check(t.keyP95 !== undefined ? t.keyP95 < 50 : undefined, `10,000 keystroke → results painted p95 < 50 ms: ${ms(t.keyP95)}`));
    lines.push(check(t.selectMs !== undefined ? t.selectMs < 100 : undefined, `10,000 select → details < 100 ms: ${ms(t.selectMs)}`));
  }
  const f = by('50000');
  if (f) {
    lines.push(check(f.longestTaskAfterMs !== undefined ? f.longestTaskAfterMs <= 200 : f.interactiveMs === undefined ? false : undefined,
      `50,000: interactive, then no task > 200 ms: ${f.interactiveMs === undefined ? `not interactive within ${ms(f.interactiveAtLeastMs)}` : `longest ${ms(f.longestTaskAfterMs)}`}`));
  }
  for (const r of results) {
    const s = S(r);
    lines.push(check(s.ratioInteractiveToBareCy !== undefined ? s.ratioInteractiveToBareCy <= 1.3 && !s.ratioInteractiveToBareCyIsLowerBound : undefined,
      `${label(r)}: overhead vs bare Cytoscape ≤ 1.3×: ${times(s.ratioInteractiveToBareCy, s.ratioInteractiveToBareCyIsLowerBound)}`));
    lines.push(check(s.ratioKeyP95ToBare !== undefined ? s.ratioKeyP95ToBare <= 1.2 : undefined,
      `${label(r)}: overhead vs bare MiniSearch (key p95) ≤ 1.2×: ${times(s.ratioKeyP95ToBare)}`));
  }
  const js = median(results.map((r) => S(r).jsGzipKB));
  lines.push(check(js !== undefined ? js < 250 : undefined, `first-view JS < 250 kB gzip: ${kb(js)}`));
  out.push('');
  out.push('Targets (issue, part 3)');
  out.push(lines.join('\n'));
  const notes = results.flatMap((r) => [
    ...r.notes.map((n) => `${label(r)}: ${n}`),
    ...r.app.flatMap((a, i) => [
      ...a.notes.map((n) => `${label(r)} run ${i + 1}: ${n}`),
      ...(a.clickFallback ? [`${label(r)} run ${i + 1}: the click missed; details opened by tapping the node`] : []),
      ...(a.keys?.incomplete ? [`${label(r)} run ${i + 1}: typing stopped early (${a.keys.n} keys): ${a.keys.incomplete}`] : []),
      ...(a.indexMethod && i === 0 ? [`${label(r)}: index build time ${a.indexMethod}`] : []),
      ...(a.longTasks?.after.maxDuring ? [`${label(r)} run ${i + 1}: longest task after interactive (${Math.round(a.longTasks.after.max)} ms) began during: ${a.longTasks.after.maxDuring}`] : []),
    ]),
    ...r.bareCytoscape.flatMap((c, i) => (c.ok ? [] : [`${label(r)} bare Cytoscape run ${i + 1}: ${c.failure}`])),
    ...r.bareMiniSearch.flatMap((c, i) => (c.ok ? [] : [`${label(r)} bare MiniSearch run ${i + 1}: ${c.failure}`])),
  ]);
  if (notes.length) {
    out.push('');
    out.push('Notes');
    out.push(notes.map((n) => `- ${n}`).join('\n'));
  }
  return out.join('\n');
}
