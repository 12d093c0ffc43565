/**
 * `npm run generate -- --entities 10000 --seed 1 [--out path.json] [--pretty]`
 *
 * Writes a deterministic, valid dataset of realistic shape (see
 * src/core/generate/generate.ts) to `--out`, by default
 * bench/data/generated-<entities>-<seed>.json. Same options, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateDataset } from '../src/core/generate/generate.ts';
import { validateDataset } from '../src/core/model/validate.ts';

export function defaultPath(entities: number, seed: number): string {
  return `bench/data/generated-${entities}-${seed}.json`;
}

/** Generates, checks and writes one dataset; returns the path and a one-line summary. */
export function writeDataset(entities: number, seed: number, out = defaultPath(entities, seed), opts: { pretty?: boolean; check?: boolean } = {}): string {
  const t0 = performance.now();
  const data = generateDataset({ entities, seed });
  const text = JSON.stringify(data, null, opts.pretty ? 2 : undefined);
  if (opts.check !== false) {
    const result = validateDataset(JSON.parse(text));
    if (!result.ok) {
      throw new Error(`generated dataset is invalid (a bug in the generator):\n${result.errors.slice(0, 10).map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
    }
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const ms = performance.now() - t0;
  return `${relative(process.cwd(), out)}: ${data.entities.length} entities, ${data.relations.length} relations, ${data.sources.length} sources, ${(text.length / 1e6).toFixed(1)} MB (${(ms / 1000).toFixed(1)} s)`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', short: 'n', default: '1000' },
      seed: { type: 'string', short: 's', default: '1' },
      out: { type: 'string', short: 'o' },
      pretty: { type: 'boolean', default: false },
      'no-check': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: npm run generate -- --entities N [--seed S] [--out file.json] [--pretty] [--no-check]');
    return;
  }
  const entities = Number(values.entities);
  const seed = Number(values.seed);
  if (!Number.isInteger(entities) || entities < 20) throw new Error(`--entities must be an integer ≥ 20, not "${values.entities}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not "${values.seed}"`);
  console.log(writeDataset(entities, seed, values.out ?? defaultPath(entities, seed), { pretty: values.pretty, check: !values['no-check'] }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
