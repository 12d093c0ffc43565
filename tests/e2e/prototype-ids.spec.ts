/**
 * Entities whose ids are the names of Object.prototype's members ("__proto__",
 * "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"), and
 * relation types called "__proto__" and "constructor", work like any other:
 * the graph draws them, a click shows their details, search finds them, and
 * the address keeps them through a reload and the back button.
 * Fixture: tests/fixtures/broken/valid/prototype-names.json (name = id).
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { clickNode, drawnNodeCount, waitForGraph } from './helpers.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/broken/valid/prototype-names.json', import.meta.url));
const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const TITLE = 'Fixture with prototype names';

async function open(page: Page, view = ''): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route((url) => url.pathname === '/proto.json', (route) => route.fulfill({ path: FIXTURE, contentType: 'application/json' }));
  await page.goto(`/?data=/proto.json${view}`);
  await expect(page.getByTestId('dataset-title')).toHaveText(TITLE);
  await waitForGraph(page);
  return errors;
}

/** The selection as the address says it, decoded. */
const selectedInUrl = (page: Page) => new URL(page.url()).searchParams.get('sel');

const notInDataset = (page: Page) => page.getByText(/not in this dataset/);

/** An entity's name button in the List view (not the buttons of its neighbours). */
const inList = (page: Page, name: string) => page.getByRole('region', { name: 'List view' }).locator('button.name').filter({ hasText: new RegExp(`^${name}$`) });

test.describe('ids named like Object.prototype\'s members', () => {
  test('selected from the List view, each shows its details and its relations, and the address names it', async ({ page }) => {
    const errors = await open(page);
    expect(await drawnNodeCount(page)).toBe(IDS.length);
    await page.getByRole('tab', { name: 'List' }).click();
    for (const id of IDS) {
      await inList(page, id).click();
      await expect(page.locator('#details-heading')).toHaveText(id);
      await expect.poll(() => selectedInUrl(page)).toBe(id);
    }
    // Relations of the types "__proto__" (reads "hasOwnProperty" / "valueOf") and "constructor" (reads "constructor" / "prototype").
    const details = page.getByRole('complementary', { name: 'Details' });
    await inList(page, 'constructor').click();
    await expect(details.locator('dl.neighbours')).toContainText('valueOf');
    await expect(details.locator('dl.neighbours')).toContainText('__proto__');
    await details.getByRole('button', { name: 'Evidence: constructor constructor toString' }).click();
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('constructor constructor toString');
    await expect.poll(() => new URL(page.url()).searchParams.get('edge')).toBe('constructor>constructor>toString');
    await details.getByRole('button', { name: 'toString', exact: true }).click();
    await expect(page.locator('#details-heading')).toHaveText('toString');
    await expect(notInDataset(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('search finds each by its name, and picking it selects it', async ({ page }) => {
    const errors = await open(page);
    const box = page.getByRole('combobox', { name: 'Search' });
    for (const id of IDS) {
      await box.fill('');
      await box.pressSequentially(id);
      await expect(page.getByRole('option').first()).toContainText(id);
      await box.press('Enter');
      await expect(page.locator('#details-heading')).toHaveText(id);
      await expect.poll(() => selectedInUrl(page)).toBe(id);
    }
    expect(errors).toEqual([]);
  });

  test('an address naming them opens that view, survives a reload, and the back button returns to it', async ({ page }) => {
    const view = '&sel=__proto__&depth=1&focus=constructor&hide=prototype&exp=toString&pa=__proto__&pb=valueOf';
    const errors = await open(page, view);
    // The path between two of them is found (the side panel shows it), and none of the ids is reported missing.
    await expect(page.getByRole('region', { name: 'How is it connected?' }).getByRole('status')).toHaveText('One shortest path of 4 steps.');
    await expect(notInDataset(page)).toHaveCount(0);
    const params = () => Object.fromEntries(['sel', 'focus', 'hide', 'exp', 'pa', 'pb'].map((k) => [k, new URL(page.url()).searchParams.get(k)]));
    const expected = { sel: '__proto__', focus: 'constructor', hide: 'prototype', exp: 'toString', pa: '__proto__', pb: 'valueOf' };
    await expect.poll(params).toEqual(expected);
    await expect(page.getByRole('status').filter({ hasText: 'Focus: constructor, 1 step' })).toBeVisible();
    // "prototype" is hidden by the link.
    expect(await drawnNodeCount(page)).toBeLessThan(IDS.length);
    await page.getByRole('button', { name: 'Details', exact: true }).click();
    await expect(page.locator('#details-heading')).toHaveText('__proto__');

    await page.reload();
    await expect(page.getByTestId('dataset-title')).toHaveText(TITLE);
    await waitForGraph(page);
    await expect.poll(params).toEqual(expected);
    await expect(notInDataset(page)).toHaveCount(0);

    await page.getByRole('button', { name: 'Details', exact: true }).click();
    await page.getByRole('tab', { name: 'List' }).click();
    await inList(page, 'hasOwnProperty').click();
    await expect(page.locator('#details-heading')).toHaveText('hasOwnProperty');
    await page.goBack();
    await expect.poll(() => selectedInUrl(page)).toBe('__proto__');
    await page.goForward();
    await expect.poll(() => selectedInUrl(page)).toBe('hasOwnProperty');
    await expect(page.locator('#details-heading')).toHaveText('hasOwnProperty');
    expect(errors).toEqual([]);
  });

  test('every layout places them apart, and a click on each shows its details', async ({ page }) => {
    // Cytoscape caches layout positions in a plain object keyed by node id: without the id mapping of
    // src/adapters/cytoscape/ids.ts these nodes kept their seed positions on top of each other.
    const failed: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /layout failed/.test(m.text())) failed.push(m.text().split('\n')[0]!);
    });
    await open(page);
    for (const layout of ['force', 'concentric', 'hierarchy', 'country', 'time']) {
      await page.getByRole('combobox', { name: 'Layout' }).selectOption(layout);
      await waitForGraph(page);
      const boxes = await page.evaluate(() => {
        type N = { renderedBoundingBox(o: object): { x1: number; x2: number; y1: number; y2: number } };
        const cy = (window as unknown as { __cy: { nodes(): N[] } }).__cy;
        return cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
      });
      const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).map(() => i));
      expect(overlaps, `${layout}: nodes drawn on top of each other`).toEqual([]);
    }
    expect(failed).toEqual([]);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await waitForGraph(page);
    for (const id of IDS) {
      await clickNode(page, id);
      await expect(page.locator('#details-heading')).toHaveText(id, { timeout: 3000 });
    }
  });

  test('the measures table gives each a number', async ({ page }) => {
    // Cytoscape's betweenness keys a plain object by node id: without toCyId "__proto__" got NaN.
    await open(page);
    await page.getByRole('tab', { name: 'Measures' }).click();
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).not.toHaveCount(0);
    await expect(table).not.toContainText('NaN', { timeout: 3000 });
    await page.getByRole('radio', { name: 'Whole knowledge graph' }).check();
    // The table lists stakeholders (the organization, the country, the person).
    for (const id of ['__proto__', 'hasOwnProperty', 'valueOf']) {
      await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: id, exact: true }) })).toContainText(/\d/);
    }
    await expect(table).not.toContainText('NaN', { timeout: 3000 });
    // Every entity, the event "constructor" too, has its measures in its details.
    await page.getByRole('tab', { name: 'List' }).click();
    await inList(page, 'constructor').click();
    const measures = page.locator('.entity-measures').getByRole('table', { name: 'Knowledge graph' });
    await expect(measures.getByRole('row', { name: /^Betweenness/ })).toContainText(/\d(st|nd|rd|th) of 6/);
    await expect(measures).not.toContainText('NaN');
  });
});
