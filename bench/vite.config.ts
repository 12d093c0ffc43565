/**
 * Builds the two baseline pages of the benchmark (bare Cytoscape, bare
 * MiniSearch). `scripts/bench.ts` runs it with `--outDir` pointing at a
 * temporary folder; the pages are served next to the app by the bench's server.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./baseline'),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    emptyOutDir: true,
    rollupOptions: {
      input: { cytoscape: here('./baseline/cytoscape.html'), minisearch: here('./baseline/minisearch.html') },
    },
  },
});
