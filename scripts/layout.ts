/**
 * `npm run layout`: lays out the bundled dataset's first view in Chromium, as
 * the explorer does, and writes the positions next to the dataset
 * (data/october-2016.layout.json), so that the explorer opens without waiting
 * for the layout. Run it again after changing the dataset: a unit test fails
 * while the file no longer fits the dataset (the explorer then lays it out itself).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { fromCyId } from '../src/adapters/cytoscape/ids.ts';
import { drawingKey } from '../src/core/layout/saved.ts';
import type { SavedLayout } from '../src/core/layout/saved.ts';
import { serveStatic } from './bench/server.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'data/october-2016.layout.json');
const dist = join(ROOT, 'dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npx vite build` first (npm run layout does).');

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => !!p && existsSync(p));
const server = await serveStatic({ '/': dist });
const browser = await chromium.launch({ executablePath });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Laid out afresh: the page must not be given the file this writes.
  await page.route(/\.layout[^/]*\.json/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('.canvas[data-layout-done]', { state: 'attached', timeout: 120_000 });
  const drawn = await page.evaluate(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    return {
      nodes: cy.nodes().map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y') })),
      edges: cy.edges().map((e) => e.id()),
    };
  });
  const round = (v: number) => Math.round(v * 10) / 10;
  const layout: SavedLayout = {
    format: 'ct-explorer-layout',
    version: 1,
    key: drawingKey(drawn.nodes.map((n) => fromCyId(n.id)), drawn.edges.map(fromCyId)),
    positions: Object.fromEntries(drawn.nodes.map((n) => [fromCyId(n.id), [round(n.x), round(n.y)]])),
  };
  writeFileSync(OUT, `${JSON.stringify(layout, null, 1)}\n`);
  console.log(`Wrote ${OUT}: ${drawn.nodes.length} entities, ${drawn.edges.length} links (key ${layout.key}).`);
} finally {
  await browser.close();
  await server.close();
}
