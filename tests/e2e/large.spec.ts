/**
 * A dataset too big to draw whole: the overview draws the most connected
 * entities and the links between the most connected, says so, and can draw
 * everything; a selection brings its neighbours and links; measures are
 * computed in the background and then shown.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { generateDataset } from '../../src/core/generate/generate.ts';
import { clickNode, drawnNodeCount } from './helpers.ts';

const ENTITIES = 2000;

/** Opens a generated dataset by address (served at `path`) and waits for its first drawing. */
async function openGenerated(page: Page, entities: number, seed: number, path: string): Promise<void> {
  const body = JSON.stringify(generateDataset({ entities, seed }));
  await page.route((url) => url.pathname === path, (route) => route.fulfill({ body, contentType: 'application/json' }));
  await page.goto(`/?data=${path}`);
  await expect(page.locator('.canvas[data-layout-done]')).toHaveCount(1, { timeout: 90_000 });
}

test('a large dataset opens as an overview that can draw everything; a selection brings its links and measures', async ({ page }) => {
  test.setTimeout(180_000);
  await openGenerated(page, ENTITIES, 7, '/big.json');
  // Laid out by ForceAtlas2 in its Worker (the app times the layout it receives).
  expect(await page.evaluate(() => performance.getEntriesByName('force layout (in a Worker)').length)).toBe(1);

  const note = page.getByRole('status').filter({ hasText: 'Overview' });
  await expect(note).toContainText(/the 1,000 most connected of 2,0\d\d entities, 1,500 of [\d,]+ links/);
  await expect(note).toContainText('Selecting an entity draws its neighbours around it.');
  expect(await drawnNodeCount(page)).toBe(1000);
  const drawnEdges = () => page.evaluate(() => (window as unknown as { __cy: { edges(): { length: number } } }).__cy.edges().length);
  expect(await drawnEdges()).toBe(1500);

  // The pointer over an entity names it above the canvas (restyling the drawing would redraw all of it).
  const canvas = (await page.locator('.canvas').boundingBox())!;
  const over = await page.evaluate(() => {
    const cy = (window as unknown as { __cy: { nodes(s: string): { sort(f: (a: CyNode, b: CyNode) => number): CyNode[] } } }).__cy;
    type CyNode = { degree(): number; data(k: string): string; renderedPosition(): { x: number; y: number } };
    const n = cy.nodes(':visible').sort((a, b) => b.degree() - a.degree())[0]!;
    return { name: n.data('name'), ...n.renderedPosition() };
  });
  await page.mouse.move(canvas.x + over.x, canvas.y + over.y);
  const label = page.locator('.hover-label');
  await expect(label).toHaveText(over.name);
  const at = (await label.boundingBox())!;
  expect(Math.abs(at.x + at.width / 2 - (canvas.x + over.x))).toBeLessThan(2);
  expect(at.y).toBeGreaterThan(canvas.y + over.y);
  expect(at.y).toBeLessThan(canvas.y + over.y + 40);
  await page.mouse.move(canvas.x + 3, canvas.y + 3);
  await expect(label).toHaveCount(0);

  // Select an entity through the list path (the first by name, likely outside the overview): it comes with all its links.
  await page.getByRole('tab', { name: 'List' }).click();
  const first = page.getByRole('region', { name: 'List view' }).locator('button.name').first();
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page.locator('#details-heading')).toHaveText(name);
  // Measures of 2,000 entities are computed in the background, then shown.
  const panel = page.locator('.entity-measures');
  await expect(panel.getByRole('table', { name: 'Knowledge graph' })).toBeVisible({ timeout: 90_000 });
  await expect(panel.getByRole('table', { name: 'Knowledge graph' }).getByRole('row', { name: /^PageRank/ })).toContainText(/\d\.\d\d(\d|e-\d)[\d,]*(st|nd|rd|th) of 2,0\d\d/);

  // Betweenness is not computed on 2,000 entities: the Measures table opens sorted by PageRank, highest first.
  await page.getByRole('tab', { name: 'Measures' }).click();
  const measures = page.getByRole('region', { name: 'Who is central, who bridges' });
  await expect(measures.getByText(/^Sorted by PageRank, highest first\.$/)).toBeVisible({ timeout: 90_000 });
  await expect(measures.getByRole('columnheader', { name: /^PageRank/ })).toHaveAttribute('aria-sort', 'descending');
  const pageRanks = await measures.locator('tbody tr').evaluateAll((rows) => rows.slice(0, 20).map((r) => Number(r.querySelectorAll('td')[4]?.textContent?.split('#')[0])));
  expect(pageRanks.length).toBe(20);
  expect([...pageRanks].sort((a, b) => b - a)).toEqual(pageRanks);

  await page.getByRole('tab', { name: 'Graph' }).click();
  const id = await page.evaluate((n) => {
    const cy = (window as unknown as { __cy: { nodes(): { filter(f: (x: { data(k: string): unknown }) => boolean): { id(): string; connectedEdges(): { length: number } }[] } } }).__cy;
    return cy.nodes().filter((x) => x.data('name') === n)[0]?.id() ?? null;
  }, name);
  expect(id).not.toBeNull();
  // Every link of the selection is drawn, though only 1,500 of all links are.
  const links = await page.evaluate((i) => {
    const w = window as unknown as { __cy: { getElementById(x: string): { connectedEdges(): { length: number } } }; __app: { graph: { incident: Map<string, unknown[]> } } };
    return { drawn: w.__cy.getElementById(i).connectedEdges().length, all: w.__app.graph.incident.get(i)!.length };
  }, id!);
  expect(links.drawn).toBe(links.all);

  // The most connected entity has more neighbours than an overview draws around a selection:
  // the most connected of them are drawn, and the note says how many.
  const hub = await page.evaluate(() => {
    const g = (window as unknown as { __app: { graph: { entities: { id: string; name: string }[]; incident: Map<string, unknown[]> } } }).__app.graph;
    const deg = (id: string) => g.incident.get(id)?.length ?? 0;
    const top = g.entities.reduce((a, b) => (deg(b.id) > deg(a.id) ? b : a));
    return { name: top.name, degree: deg(top.id) };
  });
  expect(hub.degree).toBeGreaterThan(60);
  const canvasBefore = await page.locator('.canvas').boundingBox();
  await clickNode(page, hub.name);
  await expect(page.locator('#details-heading')).toHaveText(hub.name);
  const said = /Selection: ([\d,]+) of its ([\d,]+) neighbours are drawn \(the most connected\); the details list all\./;
  await expect(note).toContainText(said);
  const [, shown, total] = said.exec((await note.textContent())!)!.map((x) => Number(x.replaceAll(',', '')));
  expect(shown).toBeLessThan(total!);
  const drawnAround = await page.evaluate((n) => {
    const cy = (window as unknown as { __cy: { nodes(): { filter(f: (x: { data(k: string): unknown }) => boolean): { neighborhood(s: string): { length: number } }[] } } }).__cy;
    return cy.nodes().filter((x) => x.data('name') === n)[0]!.neighborhood('node').length;
  }, hub.name);
  expect(drawnAround).toBe(shown);
  // The note keeps its height: the drawing did not move or shrink under the pointer.
  expect(await page.locator('.canvas').boundingBox()).toEqual(canvasBefore);

  // Its details list the first neighbours of each kind of relation, and all of them on request.
  const details = page.locator('.details');
  const more = details.getByRole('button', { name: /^Show all [\d,]+ \([\d,]+ more\)$/ }).first();
  await expect(more).toBeVisible();
  const [, whole, hidden] = /^Show all ([\d,]+) \(([\d,]+) more\)$/.exec((await more.textContent())!.trim())!.map((x) => Number(x.replaceAll(',', '')));
  const group = (await more.locator('xpath=..').elementHandle())!;
  const listed = () => group.evaluate((dd) => dd.querySelectorAll('li').length);
  expect(await listed()).toBe(whole! - hidden!);
  await more.click();
  await expect.poll(listed).toBe(whole!);
  expect(await group.evaluate((dd) => dd.querySelector('button.more'))).toBeNull();

  await note.getByRole('button', { name: 'Draw all' }).click();
  await expect(note).toHaveCount(0, { timeout: 60_000 });
  await expect.poll(() => drawnNodeCount(page), { timeout: 60_000 }).toBeGreaterThan(1900);
});

test('a dataset of thousands is searched in a Worker: typing finds an entity, Enter opens it', async ({ page }) => {
  test.setTimeout(180_000);
  await openGenerated(page, 3500, 11, '/bigger.json');
  await expect.poll(() => page.workers().some((w) => /search\.worker/.test(w.url())), { timeout: 30_000 }).toBe(true);

  // An entity far down the dataset, with a name of its own.
  const name = await page.evaluate(() => {
    const g = (window as unknown as { __app: { graph: { entities: { name: string }[] } } }).__app.graph;
    const names = g.entities.map((e) => e.name);
    return names.slice(3000).find((n) => names.filter((m) => m === n).length === 1 && n.length > 12)!;
  });
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.pressSequentially(name, { delay: 20 });
  const first = page.getByRole('option').first();
  await expect(first).toContainText(name, { timeout: 60_000 });
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.locator('#details-heading')).toHaveText(name);
  // The matches become the graph (the answer comes from the Worker).
  await box.click();
  const all = page.getByRole('button', { name: /^All \d+/ });
  const count = Number((await all.textContent())!.replace(/\D+/g, ''));
  await page.getByLabel('Graph shows').selectOption('matches');
  const drawn = () => page.evaluate(() => (window as unknown as { __cy: { nodes(): { length: number } } }).__cy.nodes().length);
  await expect.poll(drawn, { timeout: 30_000 }).toBe(Math.min(count, 1000));

  // The entity pickers search the same way: "Connect A to B" finds it by name.
  await box.press('Escape'); // closes the results
  await page.getByRole('button', { name: 'Connect A to B' }).click();
  const connect = page.getByRole('complementary').filter({ has: page.getByRole('heading', { name: 'How is it connected?' }) });
  await connect.getByRole('combobox', { name: 'From', exact: true }).fill(name);
  await expect(connect.getByRole('option').first()).toContainText(name, { timeout: 30_000 });

  // The query is in the address; opened again, it shows the same first result.
  await page.reload();
  await expect(page.getByRole('option').first()).toContainText(name, { timeout: 90_000 });
});

test('a large dataset counts what each country keeps in the background: the count appears, and choosing the country keeps that many', async ({ page }) => {
  test.setTimeout(180_000);
  await openGenerated(page, 3500, 5, '/countries.json');
  const countries = page.getByRole('group', { name: 'Countries' });
  const first = countries.getByRole('listitem').first();
  // A number once counted (an ellipsis until then).
  await expect(first.locator('.count')).toHaveText(/^\d+$/, { timeout: 60_000 });
  const kept = Number(await first.locator('.count').textContent());
  expect(kept).toBeGreaterThan(1);
  await first.getByRole('checkbox').check();
  // The entity-type buttons say how many of each the filter keeps: together, the country's count.
  const types = page.getByRole('group', { name: /Entity types/ }).locator('.count');
  await expect.poll(async () => (await types.allTextContents()).reduce((n, t) => n + Number(t.split('/')[0]), 0), { timeout: 30_000 }).toBe(kept);
});

for (const [what, reply] of [
  ['never answers', { body: 'self.onmessage = () => {};', contentType: 'text/javascript' }],
  ['cannot be loaded', { status: 404, body: 'not here' }],
] as const) {
  test(`a large drawing still appears when its layout Worker ${what}: on its starting spiral, and the page says it was arranging meanwhile`, async ({ page }) => {
    test.setTimeout(120_000);
    const body = JSON.stringify(generateDataset({ entities: ENTITIES, seed: 11 }));
    await page.route((url) => url.pathname === '/big.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.route((url) => /\/layout\.worker[^/]*\.js$/.test(url.pathname), (route) => route.fulfill(reply));
    await page.goto('/?data=/big.json');
    await expect(page.getByRole('status').filter({ hasText: /^Arranging 1,000 entities…$/ })).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.canvas[data-layout-done]')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.getByText(/^Arranging/)).toHaveCount(0);
    // No layout came (the app times each one that does).
    expect(await page.evaluate(() => performance.getEntriesByName('force layout (in a Worker)').length)).toBe(0);
    // Every drawn entity has a place of its own, within the canvas.
    const placed = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: { width(): number; height(): number; nodes(): { map<T>(f: (n: { renderedPosition(): { x: number; y: number } }) => T): T[] } } }).__cy;
      const at = cy.nodes().map((n) => n.renderedPosition());
      const inside = at.filter((p) => p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height()).length;
      return { count: at.length, distinct: new Set(at.map((p) => `${Math.round(p.x * 10)},${Math.round(p.y * 10)}`)).size, inside };
    });
    expect(placed.count).toBe(1000);
    expect(placed.distinct).toBe(1000);
    expect(placed.inside).toBe(1000);
    // And it can be used: a click opens the details.
    const name = await page.evaluate(() => (window as unknown as { __cy: { nodes(): { data(k: string): string }[] } }).__cy.nodes()[0]!.data('name'));
    await clickNode(page, name);
    await expect(page.locator('#details-heading')).toHaveText(name);
  });
}
