import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import AxeBuilder from '@axe-core/playwright';
import { validateDataset } from '../../src/core/model/validate.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
const BUNDLED = /October 2016/;
const SHOTS = process.env.DATA_SHOTS;
/** Loading and laying out a dataset can take a while on a busy two-core machine. */
const LOAD = { timeout: 30_000 };

test.describe.configure({ timeout: 90_000 });

async function openMenu(page: Page) {
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Data' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function openFiles(page: Page, names: string[]) {
  await openMenu(page);
  await page.locator('#data-file-input').setInputFiles(names.map(fixture));
}

async function bundledCounts(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('dataset-title')).toHaveText(BUNDLED, LOAD);
}

async function readDownload(d: Download): Promise<string> {
  const path = await d.path();
  return readFileSync(path, 'utf8');
}

test.describe('opening data', () => {
  test('opens a good file from the picker and remembers it across a reload', async ({ page }) => {
    await bundledCounts(page);
    await openFiles(page, ['good.json']);
    await expect(page.getByTestId('dataset-title')).toHaveText('Example: one workshop in Bangkok', LOAD);
    await expect(page.getByRole('list', { name: 'Entities by type' })).toContainText('1 relations');
    await expect(page).not.toHaveURL(/data=/);

    await page.reload();
    await expect(page.getByTestId('dataset-title')).toHaveText('Example: one workshop in Bangkok', LOAD);

    // A new visit without any view in the address comes back to the same dataset, and to its view.
    await page.getByRole('tab', { name: 'List' }).click();
    await expect(page).toHaveURL(/view=list/);
    // The view is saved after a short pause: wait until it is in IndexedDB.
    await expect.poll(() => page.evaluate(() => new Promise<unknown>((resolve) => {
      const req = indexedDB.open('ct-explorer');
      req.onsuccess = () => {
        const get = req.result.transaction('state').objectStore('state').get('view');
        get.onsuccess = () => resolve(get.result);
      };
    })), LOAD).toContain('view=list');
    await page.goto('/');
    await expect(page.getByTestId('dataset-title')).toHaveText('Example: one workshop in Bangkok', LOAD);
    await expect(page.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true');

    await page.getByRole('button', { name: 'Return to bundled dataset' }).first().click();
    await expect(page.getByTestId('dataset-title')).toHaveText(BUNDLED, LOAD);
    await page.reload();
    await expect(page.getByTestId('dataset-title')).toHaveText(BUNDLED, LOAD);
  });

  test('a broken file lists every problem and keeps the dataset that was open', async ({ page }) => {
    await bundledCounts(page);
    await openFiles(page, ['broken.json']);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect(alert).toContainText('broken.json could not be opened: 6 problems');
    await expect(alert).toContainText('$.entities[0].type');
    await expect(alert).toContainText('Unknown entity type "organisation"');
    await expect(alert).toContainText('$.entities[1].start');
    await expect(alert).toContainText('there is no month 13');
    await expect(alert).toContainText('Relation target "event-missing" is not an entity');
    await expect(alert).toContainText('is still loaded');
    await expect(page.getByTestId('dataset-title')).toHaveText(BUNDLED, LOAD);
    // Still usable: switching to the list view works.
    await page.getByRole('tab', { name: 'List' }).click();
    await expect(page.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true');
  });

  test('opens a dataset from an address given in the page link, and from the menu', async ({ page }) => {
    const body = readFileSync(fixture('good.json'), 'utf8');
    await page.route((url) => url.pathname === '/remote/good.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto('/?data=/remote/good.json');
    await expect(page.getByTestId('dataset-title')).toHaveText('Example: one workshop in Bangkok', LOAD);

    await page.goto('/');
    const dialog = await openMenu(page);
    await dialog.getByLabel('Open from an address').fill('ftp://example.org/x.json');
    await dialog.getByRole('button', { name: 'Open address' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Only http and https');
    const url = new URL('/remote/good.json', page.url()).href;
    await dialog.getByLabel('Open from an address').fill(url);
    await dialog.getByRole('button', { name: 'Open address' }).click();
    await expect(page.getByTestId('dataset-title')).toHaveText('Example: one workshop in Bangkok', LOAD);
    await expect(page).toHaveURL(/data=http/);
  });

  test('opens a CSV pair, with a remark about an undeclared relation type', async ({ page }) => {
    await bundledCounts(page);
    await openFiles(page, ['entities.csv', 'relations.csv']);
    await expect(page.getByTestId('dataset-title')).toHaveText('Spreadsheet import: entities.csv + relations.csv', LOAD);
    const counts = page.getByRole('list', { name: 'Entities by type' });
    await expect(counts).toContainText('2 organizations');
    await expect(counts).toContainText('4 relations');
    const remarks = page.getByRole('status').filter({ hasText: 'remark' });
    await expect(remarks).toContainText('relations.csv line 5, column C ("type")');
    await expect(remarks).toContainText('Relation type "advises" is not declared');
    // It comes back after a reload, although its citations borrow the bundled dataset's sources.
    await page.reload();
    await expect(page.getByTestId('dataset-title')).toHaveText('Spreadsheet import: entities.csv + relations.csv', LOAD);
  });

  test('opens a Cytoscape.js JSON file, mapping its types', async ({ page }) => {
    await bundledCounts(page);
    await openFiles(page, ['cytoscape.json']);
    await expect(page.getByTestId('dataset-title')).toHaveText('Example Cytoscape network', LOAD);
    const counts = page.getByRole('list', { name: 'Entities by type' });
    await expect(counts).toContainText('2 organizations');
    await expect(counts).toContainText('1 event');
    await expect(counts).toContainText('3 relations');
    await expect(page.getByRole('status').filter({ hasText: 'remark' })).toContainText('1 node has no entity type');
  });

  test('drag and drop anywhere opens the dropped file', async ({ page }) => {
    await bundledCounts(page);
    const text = readFileSync(fixture('good.json'), 'utf8');
    const transfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, text);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByTestId('drop-overlay')).toBeVisible();
    await expect(page.getByTestId('drop-overlay')).toContainText('Drop to open');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/drop-overlay.png` });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByTestId('drop-overlay')).toBeHidden();
    await expect(page.getByTestId('dataset-title')).toHaveText('Example: one workshop in Bangkok', LOAD);
  });

  test('a big file is parsed off the main thread with visible progress', async ({ page }) => {
    await page.addInitScript(() => {
      const Native = window.Worker;
      const w = window as unknown as { __workers: string[] };
      w.__workers = [];
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          w.__workers.push(String(options?.name));
        }
      };
    });
    await page.goto('/?view=list');
    await expect(page.getByTestId('dataset-title')).toHaveText(BUNDLED, LOAD);
    const phases = await page.evaluateHandle(() => {
      const seen: string[] = [];
      const app = (window as unknown as { __app: { progress: { phase: string } | null } }).__app;
      const tick = () => {
        const p = app.progress?.phase;
        if (p && seen[seen.length - 1] !== p) seen.push(p);
        requestAnimationFrame(tick);
      };
      tick();
      return seen;
    });
    const big = bigDataset(3000);
    await openMenu(page);
    await page.locator('#data-file-input').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) });
    await expect(page.getByTestId('dataset-title')).toHaveText('Generated: 3000 organizations', { timeout: 60_000 });
    const seen = await phases.jsonValue();
    expect(await page.evaluate(() => (window as unknown as { __workers: string[] }).__workers)).toContain('parse');
    expect(seen).toContain('indexing');
    expect(seen.some((p) => p === 'reading' || p === 'parsing' || p === 'validating')).toBe(true);
  });

  test('a storage failure is reported, not silent', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window.indexedDB, 'open', { value: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } });
    });
    await bundledCounts(page);
    await openFiles(page, ['good.json']);
    await expect(page.getByTestId('dataset-title')).toHaveText('Example: one workshop in Bangkok', LOAD);
    await expect(page.getByRole('status').filter({ hasText: 'does not let the page keep data' })).toBeVisible();
  });
});

test.describe('exporting', () => {
  async function exportAs(page: Page, format: RegExp, button: RegExp | string, scope?: RegExp): Promise<{ name: string; text: string }> {
    const dialog = await openMenu(page);
    await dialog.getByRole('radio', { name: format }).check();
    if (scope) await dialog.getByRole('radio', { name: scope }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: button }).click()]);
    const text = await readDownload(download);
    await dialog.getByRole('button', { name: 'Close' }).click();
    return { name: download.suggestedFilename(), text };
  }

  test('project JSON of the whole dataset validates and has every entity', async ({ page }) => {
    await bundledCounts(page);
    if (SHOTS) {
      await openMenu(page);
      await page.screenshot({ path: `${SHOTS}/data-dialog.png` });
      await page.getByRole('button', { name: 'Close' }).click();
    }
    const { name, text } = await exportAs(page, /^Project JSON/, /Download Project JSON/);
    expect(name).toMatch(/\.json$/);
    const r = validateDataset(JSON.parse(text));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.dataset.entities.length).toBe(51);
      expect(r.dataset.relations.length).toBe(74);
    }
  });

  test('CSV files parse and have one row per entity and relation', async ({ page }) => {
    await bundledCounts(page);
    const entities = await exportAs(page, /^CSV/, 'Download entities CSV');
    const relations = await exportAs(page, /^CSV/, 'Download relations CSV');
    expect(entities.name).toMatch(/-entities\.csv$/);
    const e = Papa.parse<Record<string, string>>(entities.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const r = Papa.parse<Record<string, string>>(relations.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(e.errors).toEqual([]);
    expect(e.data.length).toBe(51);
    expect(r.data.length).toBe(74);
    expect(e.meta.fields).toEqual(expect.arrayContaining(['id', 'type', 'name', 'start', 'citations']));
    expect(r.data[0]?.citations).toMatch(/^post-[\w-]+#\d+/);
  });

  test('GEXF and GraphML are well-formed with the right counts, for the whole dataset and the filtered view', async ({ page }) => {
    await bundledCounts(page);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, isArray: (n, _p, _l, isAttribute) => !isAttribute && ['node', 'edge', 'attvalue', 'data', 'key', 'attribute', 'attributes'].includes(n) });
    const gexf = await exportAs(page, /^GEXF/, /Download GEXF/);
    expect(gexf.name).toMatch(/\.gexf$/);
    expect(XMLValidator.validate(gexf.text)).toBe(true);
    const g = parser.parse(gexf.text);
    expect(g.gexf.version).toBe('1.3');
    expect(g.gexf.graph.nodes.node).toHaveLength(51);
    expect(g.gexf.graph.edges.edge).toHaveLength(74);

    const graphml = await exportAs(page, /^GraphML/, /Download GraphML/);
    expect(XMLValidator.validate(graphml.text)).toBe(true);
    const m = parser.parse(graphml.text);
    expect(m.graphml.graph[0] ?? m.graphml.graph).toBeTruthy();
    const graph = m.graphml.graph;
    expect(graph.node).toHaveLength(51);
    expect(graph.edge).toHaveLength(74);

    // Filter out events (through the link, as a shared view would): the view export has fewer nodes.
    await page.goto('/?xt=event');
    await expect(page.getByTestId('dataset-title')).toHaveText(BUNDLED, LOAD);
    const view = await exportAs(page, /^GraphML/, /Download GraphML/, /current filtered view/);
    const v = parser.parse(view.text).graphml.graph;
    expect(v.node.length).toBeLessThan(51);
    expect(v.node.length).toBeGreaterThan(0);
    expect(v.node.every((n: { data: { key: string; '#text': string }[] }) => n.data.some((d) => d['#text'] !== 'event'))).toBe(true);
  });

  test('Cytoscape.js JSON export opens again as the same dataset', async ({ page }) => {
    await bundledCounts(page);
    const cy = await exportAs(page, /^Cytoscape/, /Download Cytoscape/);
    const json = JSON.parse(cy.text) as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect(json.elements.nodes).toHaveLength(51);
    expect(json.elements.edges).toHaveLength(74);
    await openMenu(page);
    await page.locator('#data-file-input').setInputFiles({ name: cy.name, mimeType: 'application/json', buffer: Buffer.from(cy.text) });
    await expect(page.getByTestId('dataset-title')).toHaveText(BUNDLED, LOAD);
    await expect(page.getByRole('list', { name: 'Entities by type' })).toContainText('74 relations');
  });
});

test('the Data dialog, its controls and the remarks have no accessibility violations', async ({ page }) => {
  await bundledCounts(page);
  await openFiles(page, ['entities.csv', 'relations.csv']);
  await expect(page.getByRole('status').filter({ hasText: 'remark' })).toBeVisible();
  const dialog = await openMenu(page);
  await dialog.getByRole('radio', { name: /^CSV/ }).check();
  const results = await new AxeBuilder({ page })
    .include('.data-dialog').include('.data-status').include('.data-menu')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the Data dialog fits a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await bundledCounts(page);
  const dialog = await openMenu(page);
  const box = await dialog.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(390);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/data-dialog-390.png` });
  await expect(dialog.getByRole('button', { name: 'Open files…' })).toBeVisible();
});

/** A valid dataset with `n` organizations in a chain, a few megabytes of JSON. */
function bigDataset(n: number): string {
  const cite = [{ source: 's', paragraph: 1, note: 'generated for the test of big files; '.repeat(20) }];
  const entities = Array.from({ length: n }, (_, i) => ({ id: `org-${i}`, type: 'organization', name: `Organization ${i}`, description: 'x'.repeat(400), citations: cite }));
  const relations = Array.from({ length: n - 1 }, (_, i) => ({ source: `org-${i}`, target: `org-${i + 1}`, type: 'member-of', citations: cite }));
  return JSON.stringify({
    format: 'ct-explorer-dataset', version: 1, title: `Generated: ${n} organizations`,
    sources: [{ id: 's', title: 'Generated', publisher: 'Test', date: '2020' }],
    relationTypes: [{ id: 'member-of', label: 'member of', inverseLabel: 'has member', collaborative: false }],
    entities, relations,
  });
}
