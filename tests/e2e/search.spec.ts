import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// These tests type letter by letter and wait for the graph; on a busy shared machine that can pass 30 s.
test.describe.configure({ timeout: 60_000 });

/** Ids of the nodes Cytoscape draws, and of its selected node. */
async function graphState(page: Page): Promise<{ nodes: string[]; selected: string[] }> {
  return page.evaluate(() => {
    type Coll = { map: (f: (n: { id: () => string }) => string) => string[] };
    const cy = (window as unknown as { __cy?: { nodes: (s?: string) => Coll } }).__cy;
    if (!cy) return { nodes: [], selected: [] };
    return { nodes: cy.nodes().map((n) => n.id()), selected: cy.nodes(':selected').map((n) => n.id()) };
  });
}

async function open(page: Page, url = '/') {
  await page.goto(url);
  const box = page.getByRole('combobox', { name: 'Search' });
  // The box appears once the dataset has loaded.
  await expect(box).toBeVisible({ timeout: 20_000 });
  return box;
}

test('typing lists results by type with the words highlighted; the keyboard picks one; graph and details follow', async ({ page }) => {
  const box = await open(page);
  await box.click();
  await box.pressSequentially('rapid asia');
  const list = page.getByRole('listbox');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const options = list.getByRole('option');
  await expect(options.first()).toContainText('Rapid Asia');
  await expect(options.first().locator('mark').first()).toHaveText('Rapid');
  await expect(list.getByRole('group', { name: /^Organizations/ })).toBeVisible();
  await expect(list.getByRole('group', { name: /^Events/ })).toContainText('Panel discussion');
  await expect(page.getByRole('status').filter({ hasText: /results?/ })).toHaveText(/\d+ results?/);

  await box.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');

  await expect(page.locator('#details-heading')).toHaveText('Rapid Asia');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(/[?&]sel=org-rapid-asia/);
  await expect(page).toHaveURL(/[?&]q=rapid%20asia/);
  await expect.poll(async () => (await graphState(page)).selected).toEqual(['org-rapid-asia']);
});

test('Enter without moving picks the best match: an abbreviation, a typo, a name without its diacritics', async ({ page }) => {
  const box = await open(page);
  for (const [query, name] of [['SOM11', 'COMMIT Senior Officials Meeting 11'], ['thailnd', 'Thailand'], ['việt nam', 'Viet Nam'], ['ไทย', 'Thailand']] as const) {
    await box.fill('');
    await box.pressSequentially(query);
    await expect(page.getByRole('option').first()).toContainText(name);
    await box.press('Enter');
    await expect(page.locator('#details-heading')).toHaveText(name);
  }
});

test('/ focuses the search box from anywhere outside a text field; Escape closes, then clears', async ({ page }) => {
  const box = await open(page);
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('ilo');
  await expect(page.getByRole('option').first()).toContainText('ILO');
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toHaveValue('ilo');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]q=/);

  // In a text field, "/" is a character, not a shortcut.
  const from = page.getByRole('textbox', { name: 'From' });
  await from.click();
  await page.keyboard.press('/');
  await expect(from).toBeFocused();
  await expect(from).toHaveValue('/');
});

test('a shared link with a query restores the query and its results', async ({ page }) => {
  let box = await open(page);
  await box.click();
  await box.pressSequentially('laos');
  await expect(page).toHaveURL(/[?&]q=laos/);

  await page.reload();
  box = page.getByRole('combobox', { name: 'Search' });
  await expect(box).toHaveValue('laos', { timeout: 20_000 });
  const first = page.getByRole('option').first();
  await expect(first).toContainText('Lao PDR');
  await expect(first).toContainText('also Laos');

  await open(page, '/?q=commit&sort=date');
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue('commit');
  // Sorted by date: the plan covering 2015–2018, then the December 2015 workshop.
  await expect(page.getByRole('option').nth(0)).toContainText('COMMIT Sub-regional Plan of Action IV');
  await expect(page.getByRole('option').nth(1)).toContainText('ASEAN-COMMIT workshop');
  await expect(page.getByLabel('Sort')).toHaveValue('date');
});

test('the matches become the graph, with or without their neighbours', async ({ page }) => {
  const box = await open(page);
  await box.click();
  await box.pressSequentially('commit');
  const all = page.getByRole('button', { name: /^All \d+/ });
  const count = Number((await all.textContent())!.replace(/\D+/g, ''));
  await page.getByLabel('Graph shows').selectOption('matches');
  await expect(page).toHaveURL(/[?&]sg=matches/);
  await expect.poll(async () => (await graphState(page)).nodes.length).toBe(count);
  await page.getByLabel('Graph shows').selectOption('neighbours');
  await expect.poll(async () => (await graphState(page)).nodes.length).toBeGreaterThan(count);
});

test('narrowing: a type facet, a country and years set the view filters; an empty result explains itself', async ({ page }) => {
  const box = await open(page);
  await box.click();
  await box.pressSequentially('workshop');
  await page.getByRole('button', { name: /^Events \d+/ }).click();
  await expect(page).toHaveURL(/[?&]xt=/);
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('Event');
  for (const text of await options.allTextContents()) expect(text).toContain('Event ·');

  await page.getByLabel('Country').selectOption({ label: 'Malaysia' });
  await expect(page).toHaveURL(/[?&]c=country-malaysia/);
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('ASEAN-COMMIT workshop');

  await page.getByLabel('From year').selectOption('2016');
  await expect(page.getByText('No match within your filters')).toBeVisible();
  await expect(page.getByRole('group', { name: /^Outside your filters/ }).getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters', exact: true }).first().click();
  await expect(options.first()).toBeVisible();
  await expect(page).not.toHaveURL(/[?&](c|from|xt)=/);
});

test('nothing found: says which word matches nothing, and offers the closest matches', async ({ page }) => {
  const box = await open(page);
  await box.click();
  await box.pressSequentially('Mlaysa');
  await expect(page.getByText(/Nothing matches “Mlaysa”/)).toBeVisible();
  await expect(page.getByRole('group', { name: /^Closest matches/ }).getByRole('option').first()).toContainText('Malaysia');
  await box.press('Enter');
  await expect(page.locator('#details-heading')).toHaveText('Malaysia');
});

test('the open search has no accessibility violations', async ({ page }) => {
  const box = await open(page);
  await box.click();
  await box.pressSequentially('commit');
  await box.press('ArrowDown');
  const results = await new AxeBuilder({ page }).include('.search').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('on a phone the results stay on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const box = await open(page);
  await box.click();
  await box.pressSequentially('commit');
  const popup = page.locator('.search .popup');
  await expect(popup).toBeVisible();
  const r = (await popup.boundingBox())!;
  expect(r.x).toBeGreaterThanOrEqual(0);
  expect(r.x + r.width).toBeLessThanOrEqual(390);
  expect(r.y + r.height).toBeLessThanOrEqual(844);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
