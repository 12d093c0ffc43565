// `npm test`: lint, type-check (Svelte too), unit tests, build, browser tests.
// Prints one closing line "N passed, N failed" from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'ct-tests-'));
const vitestJson = join(tmp, 'vitest.json');
const pwJson = join(tmp, 'playwright.json');
const bin = (name) => join('node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const failures = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  if (!ok) failures.push(name);
  return ok;
}

function check(name, cmd, args) {
  // Each static check counts as one test.
  if (step(name, cmd, args)) passed++;
  else failed++;
}

check('lint (eslint)', bin('eslint'), ['.']);
check('types (svelte-check)', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']);
check('core has no DOM (tsc)', bin('tsc'), ['-p', 'tsconfig.core.json']);

step('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0);
} else failed++;

if (step('build (vite)', bin('vite'), ['build', '--logLevel', 'warn'])) {
  step('browser tests (playwright)', bin('playwright'), ['test'], { PW_JSON: pwJson });
  if (existsSync(pwJson)) {
    const r = JSON.parse(readFileSync(pwJson, 'utf8'));
    passed += r.stats?.expected ?? 0;
    passed += r.stats?.flaky ?? 0;
    failed += (r.stats?.unexpected ?? 0);
  } else failed++;
} else failed++;

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);
