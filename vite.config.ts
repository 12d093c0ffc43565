/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { defineConfig } from 'vite';
import { finishDataset } from './src/core/model/dataset.ts';
import type { DatasetInput } from './src/core/model/schema.ts';
import { parseDatasetText } from './src/core/model/validate.ts';

/**
 * The SHA-256 of the bundled dataset as validated here, at build time: a page
 * that downloads exactly these bytes need not load the validator and validate
 * them again (src/io/load.ts). Empty (always validate) if the file has
 * problems or warnings, or if validating changes anything in it.
 */
function validatedBundle(): string {
  const bytes = readFileSync(new URL('./data/october-2016.json', import.meta.url));
  const text = bytes.toString('utf8');
  const r = parseDatasetText(text);
  if (!r.ok || r.warnings.length > 0) return '';
  if (!isDeepStrictEqual(r.dataset, finishDataset(JSON.parse(text) as DatasetInput))) return '';
  return createHash('sha256').update(bytes).digest('hex');
}
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  define: { __BUNDLED_SHA256__: JSON.stringify(validatedBundle()) },
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // Data files stay files (fetched, cached, replaceable in tests), however small.
    assetsInlineLimit: (file: string) => (file.endsWith('.json') ? false : undefined),
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a busy 2-core machine 5 s is not enough.
    // Tests never assert a time: this is only the point at which a hung test is stopped.
    testTimeout: 120_000,
  },
});
