/**
 * `npm run bench [-- --sizes bundled,1000,10000,50000 --runs 3 --runs-large 1 --seed 1]`
 *
 * Builds the app and the two baseline pages, generates the datasets, serves
 * everything on 127.0.0.1, and measures each size in headless Chromium: the app,
 * then a bare Cytoscape page drawing the same elements at the same positions,
 * then MiniSearch alone answering the same keystrokes. Prints medians and the
 * app's overhead as ratios, and saves every number to bench/results/.
 * Definitions: bench/README.md. `--profile` instead records a CPU profile of one
 * load of an unminified build and prints where the time goes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { writeDataset, defaultPath } from './generate.ts';
import { elementsFromDataset } from './bench/elements.ts';
import { measureApp } from './bench/app.ts';
import { measureBareCytoscape, measureBareMiniSearch } from './bench/baselines.ts';
import { withTimeout } from './bench/page.ts';
import type { Elements } from './bench/page.ts';
import { profileApp } from './bench/profile.ts';
import { compare } from './bench/compare.ts';
import { report } from './bench/report.ts';
import type { SizeResult } from './bench/report.ts';
import { serveStatic } from './bench/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Typed letter by letter; they match names and descriptions in the bundled and the generated data. */
export const QUERIES = ['victim referral', 'bangkok', 'มูลนิธิ'] as const;

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'bundled,1000,10000,50000' },
    runs: { type: 'string', default: '3' },
    'runs-large': { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    budget: { type: 'string', default: '540' },
    'limit-scale': { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    compare: { type: 'string' },
    'no-save': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('Usage: npm run bench -- [--sizes bundled,1000,10000,50000] [--runs 3] [--runs-large 1] [--seed 1] [--budget 540] [--limit-scale 1] [--profile] [--no-save] | --compare A.json,B.json');
  process.exit(0);
}

if (args.compare) {
  const [a, b] = args.compare.split(',');
  if (!a || !b) throw new Error('--compare needs two result files: --compare A.json,B.json');
  console.log(compare(a, b));
  process.exit(0);
}

const sizes = args.sizes.split(',').map((s) => s.trim()).filter(Boolean);
for (const s of sizes) if (s !== 'bundled' && !(Number(s) >= 20)) throw new Error(`--sizes: "${s}" is neither "bundled" nor a number ≥ 20`);
const seed = Number(args.seed);
const t0 = Date.now();
/** The machine's load when the bench started: other work skews every absolute time. */
const loadAtStart = loadavg().map((v) => Math.round(v * 10) / 10);
const log = (msg: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

/** Navigation → interactive time limit, by number of entities. */
const scale = Number(args['limit-scale']);
const timeoutFor = (n: number) => scale * (n <= 100 ? 30_000 : n <= 1000 ? 45_000 : n <= 10_000 ? 60_000 : 90_000);
/** Time for typing all the queries, and for the five selections. */
const typingFor = (n: number) => scale * (n <= 1000 ? 30_000 : n <= 10_000 ? 45_000 : 60_000);
const selectingFor = (n: number) => scale * (n <= 1000 ? 20_000 : n <= 10_000 ? 30_000 : 40_000);

function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
}

/** Chromium as a server process we can kill: closing a page whose main thread is blocked can take minutes. */
async function launch(): Promise<{ browser: Browser; kill: () => Promise<void> }> {
  const server = await chromium.launchServer({
    executablePath: chromiumPath(),
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost', '--enable-precise-memory-info'],
  });
  const browser = await chromium.connect(server.wsEndpoint());
  return {
    browser,
    kill: async () => {
      await withTimeout(browser.close(), 5000, 'closing Chromium').catch(() => undefined);
      await server.kill();
    },
  };
}

function vite(args: string[]): void {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn', ...args], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

/** A hash of the generator's source, to know when a generated file is stale. */
function generatorHash(): string {
  const dir = join(ROOT, 'src/core/generate');
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.update(readFileSync(join(ROOT, 'scripts/generate.ts'))).digest('hex').slice(0, 16);
}

function git(...a: string[]): string {
  try {
    return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'ct-bench-'));
  const appDir = join(tmp, 'app');
  const elementsDir = join(tmp, 'elements');
  mkdirSync(elementsDir);
  log(`building the app${args.profile ? ' (unminified, for profiling)' : ''} and the baseline pages into ${tmp}`);
  vite(['--outDir', appDir, '--emptyOutDir', ...(args.profile ? ['--minify', 'false'] : [])]);
  vite(['--config', 'bench/vite.config.ts', '--outDir', join(tmp, 'baseline'), '--emptyOutDir']);

  const datasets = sizes.map((s) => {
    if (s === 'bundled') return { label: 'bundled', entities: 0, file: join(ROOT, 'data/october-2016.json'), appPath: '/', dataPath: '/bundled/october-2016.json' };
    const n = Number(s);
    const file = join(ROOT, defaultPath(n, seed));
    // Regenerate only when the generator changed: 50,000 entities take a while to write.
    const key = `${generatorHash()}:${n}:${seed}`;
    const keyFile = `${file}.key`;
    if (existsSync(file) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) log(`reusing ${defaultPath(n, seed)}`);
    else {
      log(`generating ${writeDataset(n, seed, file, { check: false })}`);
      writeFileSync(keyFile, key);
    }
    return { label: String(n), entities: n, file, appPath: `/?data=/data/generated-${n}-${seed}.json`, dataPath: `/data/generated-${n}-${seed}.json` };
  });

  const server = await serveStatic({ '/': appDir, '/baseline/': join(tmp, 'baseline'), '/data/': join(ROOT, 'bench/data'), '/bundled/': join(ROOT, 'data'), '/elements/': elementsDir });
  let chrome = await launch();
  let browser = chrome.browser;
  const relaunch = async () => {
    await chrome.kill();
    chrome = await launch();
    browser = chrome.browser;
  };
  log(`serving on ${server.origin}; Chromium ${browser.version()}`);

  try {
    if (args.profile) {
      for (const d of datasets) {
        const n = d.entities || 51;
        await profileApp(browser, `${server.origin}${d.appPath}`, timeoutFor(n), join(ROOT, 'bench/results'), d.label, log);
        await relaunch();
      }
      return;
    }
    const budgetMs = Number(args.budget) * 1000;
    let canvas = { w: 660, h: 700 };
    interface State {
      d: (typeof datasets)[number];
      n: number;
      runs: number;
      result: SizeResult;
      elements?: Elements;
      appGaveUp: boolean;
      stopped: boolean;
      /** How long this size's last run took: a repeat starts only if one more fits in the budget. */
      lastRunMs: number;
    }
    const states: State[] = datasets.map((d) => {
      const n = d.entities || 51;
      return {
        d, n, runs: n >= 50_000 ? Number(args['runs-large']) : Number(args.runs), appGaveUp: false, stopped: false, lastRunMs: 0,
        result: { label: d.label, file: d.file.replace(`${ROOT}/`, ''), timeoutMs: timeoutFor(n), positions: 'app', app: [], bareCytoscape: [], bareMiniSearch: [], notes: [] },
      };
    });
    // Round robin: every size gets its first run before any size gets a second, so a
    // spent budget costs repeats, never a whole size.
    const passes = Math.max(...states.map((st) => st.runs));
    for (let pass = 0; pass < passes; pass++) {
      for (const st of states) {
        if (st.stopped || pass >= st.runs) continue;
        const { d, n, result } = st;
        if (pass > 0 && Date.now() - t0 + st.lastRunMs > budgetMs) {
          result.notes.push(`${pass} of ${st.runs} runs: another would not fit in the ${args.budget} s budget`);
          st.stopped = true;
          continue;
        }
        const runStart = Date.now();
        if (!st.appGaveUp) {
          log(`${d.label}: app run ${pass + 1}/${st.runs}`);
          const r = await measureApp(browser, {
            url: `${server.origin}${d.appPath}`, timeoutMs: timeoutFor(n), typingMs: typingFor(n), selectingMs: selectingFor(n),
            queries: QUERIES, dumpElements: !st.elements,
          });
          result.app.push(r.run);
          log(`${d.label}: app ${r.run.ok ? `interactive at ${Math.round(r.run.interactiveMs ?? NaN)} ms` : r.run.failure}`);
          if (r.elements) {
            st.elements = r.elements;
            canvas = { w: r.elements.w, h: r.elements.h };
          }
          if (!r.run.ok) {
            st.appGaveUp = true; // the same wall would be hit again: measure the baselines once, then stop
            result.notes.push(`app: ${r.run.failure}; no further runs of this size`);
          }
          if (r.hung) await relaunch();
        }
        if (!st.elements) {
          st.elements = elementsFromDataset(d.file, canvas.w, canvas.h);
          result.positions = 'stand-in';
        }
        const el = st.elements;
        result.entities = el.nodes.length;
        result.edges = el.edges.length;
        writeFileSync(join(elementsDir, `${d.label}.json`), JSON.stringify(el));
        log(`${d.label}: bare Cytoscape run ${pass + 1}/${st.runs}`);
        const cy = await measureBareCytoscape(browser, `${server.origin}/baseline/cytoscape.html?elements=/elements/${d.label}.json&w=${el.w}&h=${el.h}`, timeoutFor(n));
        result.bareCytoscape.push(cy.run);
        log(`${d.label}: bare Cytoscape ${cy.run.ok ? `drawn at ${Math.round(cy.run.paintedMs ?? NaN)} ms` : cy.run.failure}`);
        if (cy.hung) await relaunch();
        log(`${d.label}: bare MiniSearch run ${pass + 1}/${st.runs}`);
        const msr = await measureBareMiniSearch(browser, `${server.origin}/baseline/minisearch.html?data=${d.dataPath}`, QUERIES, timeoutFor(n) + typingFor(n));
        result.bareMiniSearch.push(msr.run);
        log(`${d.label}: bare MiniSearch ${msr.run.ok ? `indexed in ${Math.round(msr.run.indexMs ?? NaN)} ms, key p95 ${Math.round(msr.run.keys?.p95 ?? NaN)} ms` : msr.run.failure}`);
        if (msr.hung) await relaunch();
        if (st.appGaveUp) st.stopped = true;
        st.lastRunMs = Date.now() - runStart;
      }
    }
    const results = states.map((st) => st.result);
    const meta = {
      date: new Date().toISOString(), commit: git('rev-parse', '--short', 'HEAD') || 'unknown', dirty: git('status', '--porcelain') !== '',
      node: process.version, chromium: browser.version(), cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '',
      loadAverage: { start: loadAtStart, end: loadavg().map((v) => Math.round(v * 10) / 10) },
      args: { sizes, runs: Number(args.runs), runsLarge: Number(args['runs-large']), seed }, queries: QUERIES, durationS: 0,
    };
    meta.durationS = Math.round((Date.now() - t0) / 1000);
    const text = report(results);
    console.log(`\n${text}`);
    if (!args['no-save']) {
      const dir = join(ROOT, 'bench/results');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${meta.date.replace(/[:.]/g, '-')}-${meta.commit}.json`);
      writeFileSync(file, `${JSON.stringify({ meta, results }, null, 2)}\n`);
      console.log(`\nSaved ${file.replace(`${ROOT}/`, '')} (whole run: ${meta.durationS} s; load average ${loadAtStart[0]} at the start, ${meta.loadAverage.end[0]} at the end, on ${meta.cpus} cores).`);
    }
  } finally {
    await chrome.kill();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
