import { expect, test } from '@playwright/test';
import { clickNode, drawnNodeCount, idOf, openApp, waitForGraph } from './helpers.ts';

const heading = (page: import('@playwright/test').Page) => page.locator('#details-heading');

test('clicking a node opens its details: type, description, sources and grouped neighbours', async ({ page }) => {
  await openApp(page);
  await clickNode(page, 'Regional Network Meeting');
  await expect(heading(page)).toHaveText('Regional Network Meeting');
  // On a drawing this small, the entity under the pointer is named on the canvas itself, not above it.
  const hovered = () => page.evaluate(() => (window as unknown as { __cy: { nodes(s: string): { map(f: (n: { data(k: string): string }) => string): string[] } } }).__cy.nodes('.hovered').map((n) => n.data('name')));
  expect(await hovered()).toEqual(['Regional Network Meeting']);
  await expect(page.locator('.hover-label')).toHaveCount(0);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel).toContainText('Event');
  await expect(panel).toContainText('30 September 2016');
  await expect(panel).toContainText('Bangkok');
  await expect(panel).toContainText(/about 40/);
  // Neighbours grouped by how the relation reads from this side.
  const coChairedBy = panel.locator('dt', { hasText: /^co-chaired by$/ });
  await expect(coChairedBy).toBeVisible();
  await expect(panel.getByRole('button', { name: 'IOM X', exact: true })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'UN-ACT', exact: true })).toBeVisible();
  // Sources: document title and paragraph.
  await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(panel).toContainText(/paragraph \d+/);
  expect(new URL(page.url()).searchParams.get('sel')).toBe(await idOf(page, 'Regional Network Meeting'));
});

test('following a neighbour moves there, and Back returns', async ({ page }) => {
  await openApp(page);
  await clickNode(page, 'IOM X');
  await expect(heading(page)).toHaveText('IOM X');
  await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: 'Regional Network Meeting', exact: true }).click();
  await expect(heading(page)).toHaveText('Regional Network Meeting');
  await page.goBack();
  await expect(heading(page)).toHaveText('IOM X');
  await page.goForward();
  await expect(heading(page)).toHaveText('Regional Network Meeting');
});

test('a relation shows its label and its citation', async ({ page }) => {
  await openApp(page);
  await clickNode(page, 'IOM X');
  await page.getByRole('button', { name: 'Evidence: IOM X co-chaired Regional Network Meeting' }).click();
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel).toContainText('Relation · co-chaired');
  await expect(heading(page)).toContainText('IOM X co-chaired Regional Network Meeting');
  await expect(panel).toContainText(/Regional Network Meeting — .*paragraph \d+/);
});

test('focus depth shows only the neighbourhood; expand, hide and back to the whole graph', async ({ page }) => {
  await openApp(page);
  const all = await drawnNodeCount(page);
  await clickNode(page, 'IOM X');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await panel.getByRole('button', { name: '1 step' }).click();
  await waitForGraph(page);
  await expect.poll(() => drawnNodeCount(page)).toBe(3); // IOM X and the two events it worked on
  await expect(page.getByText('Showing 3 of')).toBeVisible();
  await panel.getByRole('button', { name: '2 steps' }).click();
  await expect.poll(() => drawnNodeCount(page)).toBeGreaterThan(3);
  await panel.getByRole('button', { name: '1 step' }).click();
  await expect.poll(() => drawnNodeCount(page)).toBe(3);
  // Select a neighbour while focused: the focus stays, and its hidden neighbours can be expanded.
  await panel.getByRole('button', { name: 'Regional Network Meeting', exact: true }).click();
  const focusNote = page.getByRole('status').filter({ hasText: 'Focus: IOM X, 1 step' });
  await expect(focusNote).toBeVisible();
  const expand = panel.getByRole('button', { name: /^Expand \d+ hidden neighbour/ });
  await expect(expand).toBeVisible();
  const before = await drawnNodeCount(page);
  await expand.click();
  await expect.poll(() => drawnNodeCount(page)).toBeGreaterThan(before);
  await focusNote.getByRole('button', { name: 'Whole graph' }).click();
  await expect.poll(() => drawnNodeCount(page)).toBe(all);
  await panel.getByRole('button', { name: 'Hide this entity' }).click();
  await expect.poll(() => drawnNodeCount(page)).toBe(all - 1);
  await page.getByRole('button', { name: 'Show hidden' }).click();
  await expect.poll(() => drawnNodeCount(page)).toBe(all);
});

test('type filter (the legend), relation, country and date filters apply and clear', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  const all = await drawnNodeCount(page);
  const filters = page.getByRole('complementary', { name: 'Filters and legend' });
  // Type filter through the legend.
  const topics = filters.getByRole('button', { name: /^Topics: \d+ of \d+ shown/ });
  await topics.click();
  await expect(topics).toHaveAttribute('aria-pressed', 'false');
  const afterTypes = await drawnNodeCount(page);
  expect(afterTypes).toBeLessThan(all);
  await expect(filters).toContainText(`Showing ${afterTypes} of ${all} entities`);
  await topics.click();
  await expect.poll(() => drawnNodeCount(page)).toBe(all);

  // Relation filter removes edges of that type.
  const edges = () => page.evaluate(() => (window as unknown as { __cy: { edges(): { filter(f: (e: { hasClass(c: string): boolean }) => boolean): unknown[] } } }).__cy.edges().filter((e) => !e.hasClass('gone')).length);
  const allEdges = await edges();
  await filters.getByRole('checkbox', { name: /^took part in/ }).uncheck();
  await expect.poll(edges).toBeLessThan(allEdges);
  await filters.getByRole('checkbox', { name: /^took part in/ }).check();
  await expect.poll(edges).toBe(allEdges);

  // Country filter keeps what happened there and who took part.
  await filters.getByRole('checkbox', { name: /^Malaysia/ }).check();
  await expect.poll(() => drawnNodeCount(page)).toBeLessThan(all);
  await clickNode(page, 'ASEAN-COMMIT workshop');
  await expect(heading(page)).toHaveText('ASEAN-COMMIT workshop');
  await filters.getByRole('checkbox', { name: /^Malaysia/ }).uncheck();
  await expect.poll(() => drawnNodeCount(page)).toBe(all);

  // Date range: October 2016 only.
  await filters.getByRole('textbox', { name: 'From', exact: true }).fill('2016-10');
  await filters.getByRole('textbox', { name: 'To', exact: true }).fill('2016-10');
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect.poll(() => drawnNodeCount(page)).toBeLessThan(all);
  const names = await page.evaluate(() => (window as unknown as { __cy: { nodes(): { filter(f: (n: { hasClass(c: string): boolean }) => boolean): { data(k: string): string }[] } } }).__cy.nodes().filter((n) => !n.hasClass('gone')).map((n) => n.data('name')));
  expect(names).toContain('COMMIT Victim Identification and Referral Mechanisms: Developing Common Guidelines');
  expect(names).not.toContain('Regional Network Meeting'); // 30 September
  // A bad date is explained, not applied.
  await filters.getByRole('textbox', { name: 'From', exact: true }).fill('2016-13');
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(filters.getByRole('alert')).toContainText('"2016-13" is not a date');
  await filters.getByRole('button', { name: 'Clear all filters' }).click();
  await expect.poll(() => drawnNodeCount(page)).toBe(all);
});

test('fade mode keeps filtered entities visible but faded', async ({ page }) => {
  await openApp(page);
  const all = await drawnNodeCount(page);
  const filters = page.getByRole('complementary', { name: 'Filters and legend' });
  await filters.getByRole('radio', { name: 'Fade' }).check();
  await filters.getByRole('button', { name: /^Countries: / }).click();
  await expect.poll(() => drawnNodeCount(page)).toBe(all);
  const faded = await page.evaluate(() => (window as unknown as { __cy: { nodes(s: string): { length: number } } }).__cy.nodes('.faded').length);
  expect(faded).toBeGreaterThan(0);
});

test('each layout can be chosen and changes the picture', async ({ page }) => {
  await openApp(page);
  const positions = () => page.evaluate(() => (window as unknown as { __cy: { nodes(): { map(f: (n: { position(): { x: number; y: number } }) => string): string[] } } }).__cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`).join(' '));
  const seen = new Set<string>([await positions()]);
  for (const label of ['Concentric by importance', 'Hierarchy from selection', 'By country', 'By time']) {
    await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label });
    await expect(page.locator('.canvas')).toHaveAttribute('data-layout', /./);
    await waitForGraph(page);
    await page.waitForTimeout(700); // let the animation settle
    const p = await positions();
    expect(seen.has(p)).toBe(false);
    seen.add(p);
  }
  await expect(page.locator('.axis')).toBeVisible(); // the time layout draws its axis
  expect(new URL(page.url()).searchParams.get('layout')).toBe('time');
});

test('the force layout gives the same picture each time', async ({ page }) => {
  const positions = () => page.evaluate(() => (window as unknown as { __cy: { nodes(): { map(f: (n: { position(): { x: number; y: number } }) => string): string[] } } }).__cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`).join(' '));
  await openApp(page);
  const first = await positions();
  await page.reload();
  await waitForGraph(page);
  expect(await positions()).toBe(first);
});

test('a shared link restores selection, focus, filters and layout', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await clickNode(page, 'UN-ACT');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await panel.getByRole('button', { name: '2 steps' }).click();
  await page.getByRole('complementary', { name: 'Filters and legend' }).getByRole('button', { name: /^Topics: / }).click();
  await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: 'Concentric by importance' });
  await waitForGraph(page);
  const count = await drawnNodeCount(page);
  const link = page.url();

  const other = await browser.newPage();
  await other.goto(link);
  await waitForGraph(other);
  await expect(other.locator('#details-heading')).toHaveText('UN-ACT');
  await expect(other.getByRole('combobox', { name: 'Layout' })).toHaveValue('concentric');
  await expect(other.getByRole('button', { name: /^Topics: / })).toHaveAttribute('aria-pressed', 'false');
  await expect(other.getByRole('button', { name: '2 steps' })).toHaveAttribute('aria-pressed', 'true');
  expect(await drawnNodeCount(other)).toBe(count);
  await other.close();
});

test('a link naming a missing entity says so and opens the rest of the view', async ({ page }) => {
  await openApp(page, '?sel=no-such-thing&layout=concentric');
  await expect(page.getByRole('status').filter({ hasText: 'not in this dataset' })).toContainText('"no-such-thing", which is not in this dataset');
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('concentric');
});

test('keyboard only: from the list view to a details panel, and walking the graph with arrows', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'List' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'List view' })).toBeVisible();
  const entry = page.getByRole('region', { name: 'List view' }).getByRole('button', { name: 'Love Frankie', exact: true }).first();
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Love Frankie');
  await expect(heading(page)).toBeFocused();

  await page.getByRole('tab', { name: 'Graph' }).click();
  await waitForGraph(page);
  await page.getByRole('application').focus();
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('Panel discussion'); // Love Frankie's only neighbour
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).not.toHaveText('Panel discussion');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText('Details');
});

test('Save PNG downloads a non-empty picture of the view', async ({ page }) => {
  await openApp(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save view as PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(5000);
});

test('Save SVG downloads an SVG document with the entity names', async ({ page }) => {
  await openApp(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save view as SVG' }).click(),
  ]);
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toMatch(/<svg[\s>]/);
  expect(text).toContain('COMMIT');
});

test('clicking an entity in view leaves the view where it is; one selected out of view is brought into it', async ({ page }) => {
  await openApp(page);
  const pan = () => page.evaluate(() => (window as unknown as { __cy: { pan(): { x: number; y: number } } }).__cy.pan());
  const before = await pan();
  await clickNode(page, 'IOM X');
  await expect(heading(page)).toHaveText('IOM X');
  await page.waitForTimeout(500); // a glide would take 300 ms
  expect(await pan()).toEqual(before);

  // Zoomed in on one corner, the search selects an entity far from it: the view pans to it.
  const target = 'UN-ACT';
  await page.evaluate((name) => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const nodes = cy.nodes().toArray() as import('cytoscape').NodeSingular[];
    const x = nodes.find((n) => n.data('name') === name)!.position('x');
    // The entity farthest from the target, horizontally.
    const far = nodes.reduce((a, b) => (Math.abs(b.position('x') - x) > Math.abs(a.position('x') - x) ? b : a));
    cy.zoom({ level: 3, position: far.position() });
    cy.center(far);
  }, target);
  const outside = () => page.evaluate((name) => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const p = cy.nodes().filter((n) => n.data('name') === name)[0]!.renderedPosition();
    return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
  }, target);
  expect(await outside()).toBe(true);
  const zoom = () => page.evaluate(() => (window as unknown as { __cy: { zoom(): number } }).__cy.zoom());
  const zoomed = await zoom();
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill(target);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(heading(page)).toHaveText(target);
  await expect.poll(outside).toBe(false);
  expect(await zoom()).toBe(zoomed);
});

test("a selection's neighbours are named in full once zoomed in far enough to read them, and not when zoomed out", async ({ page }) => {
  await openApp(page);
  await clickNode(page, 'IOM X');
  await expect(heading(page)).toHaveText('IOM X');
  // What the canvas draws under each of IOM X's neighbours, and each one's full and short name.
  const labels = () => page.evaluate(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const node = cy.nodes().filter((n) => n.data('name') === 'IOM X')[0]!;
    return node.neighborhood('node').map((n) => ({ drawn: String(n.style('label')), name: String(n.data('name')), short: String(n.data('short')) }));
  });
  const named = (ls: { drawn: string; name: string }[]) => ls.every((l) => l.drawn === l.name);
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 6; i++) await zoomOut.click();
  await expect.poll(async () => (await labels()).every((l) => l.drawn === l.short)).toBe(true);
  // Some names are longer than their short form, so the two states differ on screen.
  expect((await labels()).some((l) => l.name !== l.short)).toBe(true);
  for (let i = 0; i < 9; i++) await zoomIn.click();
  await expect.poll(async () => named(await labels())).toBe(true);
});
