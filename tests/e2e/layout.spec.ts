/**
 * The bundled dataset opens laid out beforehand (data/october-2016.layout.json):
 * no force layout runs and its code is not loaded for the first view. Without
 * the file, or with a damaged one, the explorer lays the graph out itself.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { clickNode, openApp, waitForGraph } from './helpers.ts';

const saved = JSON.parse(readFileSync(new URL('../../data/october-2016.layout.json', import.meta.url), 'utf8')) as { positions: Record<string, [number, number]> };

function positions(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: { nodes(): { id(): string; position(): { x: number; y: number } }[] } }).__cy;
    return Object.fromEntries(cy.nodes().map((n) => [n.id(), [n.position().x, n.position().y]]));
  });
}

test('the first view is drawn where the saved layout puts it, without loading the force layout', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(r.url()));
  await openApp(page);
  const drawn = await positions(page);
  expect(Object.keys(drawn).sort()).toEqual(Object.keys(saved.positions).sort());
  for (const [id, [x, y]] of Object.entries(saved.positions)) {
    expect(drawn[id]![0]).toBeCloseTo(x, 1);
    expect(drawn[id]![1]).toBeCloseTo(y, 1);
  }
  expect(scripts.filter((u) => /fcose/.test(u))).toEqual([]);
  // Still a working graph: a click selects.
  await clickNode(page, 'IOM X');
  await expect(page.locator('#details-heading')).toHaveText('IOM X');
});

for (const [what, body, status] of [['missing', 'not found', 404], ['damaged', '{"format":"ct-explorer-layout","version":1,"key":', 200]] as const) {
  test(`with the saved layout ${what}, the graph is laid out in the page`, async ({ page }) => {
    await page.route(/october-2016\.layout[^/]*\.json/, (route) => route.fulfill({ status, body, contentType: 'application/json' }));
    const fcose: string[] = [];
    page.on('request', (r) => { if (/fcose/.test(r.url())) fcose.push(r.url()); });
    await page.goto('/');
    await waitForGraph(page);
    expect(fcose.length).toBeGreaterThan(0);
    const drawn = await positions(page);
    expect(Object.keys(drawn).length).toBe(Object.keys(saved.positions).length);
    // Spread out, not piled up.
    expect(new Set(Object.values(drawn).map(([x, y]) => `${Math.round(x / 5)},${Math.round(y / 5)}`)).size).toBe(Object.keys(drawn).length);
    await clickNode(page, 'IOM X');
    await expect(page.locator('#details-heading')).toHaveText('IOM X');
  });
}
