/**
 * Accessibility: axe-core finds no violations on each main view; the main
 * tasks work with the keyboard alone; colour is never the only signal; reduced
 * motion is respected.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openApp, waitForGraph } from './helpers.ts';

/**
 * Runs axe (WCAG 2.x A and AA, and best practice) on the page, or only on the
 * part that changed (`include`, a CSS selector: scans take seconds), and fails
 * with a readable list.
 */
async function expectNoViolations(page: Page, what: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const report = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`).join('\n')}`);
  expect(report, `axe violations on ${what}`).toEqual([]);
}

const heading = (page: Page) => page.locator('#details-heading');
const searchBox = (page: Page) => page.getByRole('combobox', { name: /search/i }).or(page.getByRole('searchbox', { name: /search/i })).first();

test.describe('axe finds no violations', () => {
  // An axe scan takes several seconds on a slow machine.
  test.beforeEach(() => test.setTimeout(90_000));
  test('graph view, with the filters and legend', async ({ page }) => {
    await openApp(page);
    await expectNoViolations(page, 'the graph view');
  });

  test('details panel of an entity, and of a relation', async ({ page }) => {
    await openApp(page, '?sel=org-un-act');
    await expect(heading(page)).toHaveText('UN-ACT');
    await expectNoViolations(page, 'the details of an entity', 'aside.right');
    await page.getByRole('button', { name: /^Evidence: / }).first().click();
    await expect(heading(page)).toContainText(/./);
    await expectNoViolations(page, 'the details of a relation', 'aside.right');
  });

  test('search results', async ({ page }) => {
    await openApp(page);
    await searchBox(page).fill('commit');
    await expect(page.getByRole('option').or(page.locator('.search li')).first()).toBeVisible();
    await expectNoViolations(page, 'search results', 'header');
  });

  test('filters applied, fade mode and a date error', async ({ page }) => {
    await openApp(page);
    const filters = page.getByRole('complementary', { name: 'Filters and legend' });
    await filters.getByRole('button', { name: /^Topics: / }).click();
    await filters.getByRole('radio', { name: 'Fade' }).check();
    await filters.getByRole('textbox', { name: 'From', exact: true }).fill('2016-13');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await expect(filters.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, 'the filters', 'aside.left');
  });

  test('list view', async ({ page }) => {
    await page.goto('/?view=list&sel=org-un-act');
    await expect(page.getByRole('region', { name: 'List view' })).toBeVisible();
    await expect(page.locator('#details-heading')).toHaveText('UN-ACT');
    await expectNoViolations(page, 'the list view');
  });

  test('load errors and notices', async ({ page }) => {
    await page.route((url) => url.pathname === '/broken.json', (route) => route.fulfill({ body: '{"format": 1}', contentType: 'application/json' }));
    await page.goto('/?data=/broken.json&sel=ghost');
    await expect(page.getByRole('alert')).toContainText('could not be opened');
    await expectNoViolations(page, 'the load errors');
    await openApp(page, '?sel=no-such-thing');
    await expect(page.getByRole('status').filter({ hasText: 'no-such-thing' })).toBeVisible();
    await expectNoViolations(page, 'a notice about a missing entity', '.notices');
  });

  test('the data menu dialog', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: /^Data\b/ }).click();
    await expect(page.getByRole('dialog').or(page.getByRole('menu')).first()).toBeVisible();
    await expectNoViolations(page, 'the data menu', 'dialog');
  });
});

test('keyboard alone: search, open a result, focus its neighbourhood, filter, and back to the whole graph', async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page);
  // The first Tab lands in the page, and every control on the way has a visible focus ring.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  expect(focused).not.toBe('BODY');

  await searchBox(page).focus();
  await page.keyboard.type('UN-ACT');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('UN-ACT');

  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('button', { name: '1 step' }).focus();
  await page.keyboard.press('Enter');
  await expect(details.getByRole('button', { name: '1 step' })).toHaveAttribute('aria-pressed', 'true');
  await waitForGraph(page);

  const topics = page.getByRole('button', { name: /^Topics: / });
  await topics.focus();
  await page.keyboard.press('Space');
  await expect(topics).toHaveAttribute('aria-pressed', 'false');

  await details.getByRole('button', { name: 'Whole graph' }).focus();
  await page.keyboard.press('Enter');
  await expect(details.getByRole('button', { name: 'Whole graph' })).toHaveAttribute('aria-pressed', 'true');
});

test('keyboard focus is always visible', async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page);
  // Tab through the first controls: each focused element draws an outline (or box shadow).
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'none';
      const s = getComputedStyle(el);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 'outline' : s.boxShadow !== 'none' ? 'shadow' : `none on ${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30)}`;
    });
    expect(ring).toMatch(/^(outline|shadow)$/);
  }
});

test('colour is never the only signal: types differ by shape, and the legend has text', async ({ page }) => {
  await openApp(page);
  const shapes = await page.evaluate(() => {
    const cy = (window as unknown as { __cy: { nodes(): { map(f: (n: { data(k: string): string; style(k: string): string }) => [string, string]): [string, string][] } } }).__cy;
    return cy.nodes().map((n) => [n.data('type'), n.style('shape')]);
  });
  const byType = new Map<string, Set<string>>();
  for (const [t, s] of shapes) byType.set(t, (byType.get(t) ?? new Set()).add(s));
  // One shape per type, and no two types share a shape.
  for (const set of byType.values()) expect(set.size).toBe(1);
  const all = [...byType.values()].map((s) => [...s][0]);
  expect(new Set(all).size).toBe(byType.size);
  const legend = page.getByRole('complementary', { name: 'Filters and legend' });
  for (const name of ['Organizations', 'Events', 'Publications', 'Countries', 'People', 'Topics']) {
    await expect(legend.getByRole('button', { name: new RegExp(`^${name}: \\d+ of \\d+ shown`) })).toContainText(name);
  }
  // Non-collaborative relations differ by line style too, not only by colour.
  const styles = await page.evaluate(() => {
    const cy = (window as unknown as { __cy: { edges(s: string): { first(): { style(k: string): string } } } }).__cy;
    return [cy.edges('.collab').first().style('line-style'), cy.edges('.weak').first().style('line-style')];
  });
  expect(styles[0]).not.toBe(styles[1]);
});

/** Counts, frame by frame for `ms`, the most elements Cytoscape was animating at once. */
async function maxAnimated(page: Page, action: () => Promise<void>, ms = 1200): Promise<number> {
  await page.evaluate((duration) => {
    const w = window as unknown as { __maxAnimated: number; __cy: { elements(): { filter(f: (e: { animated(): boolean }) => boolean): unknown[] }; animated(): boolean } };
    w.__maxAnimated = 0;
    const end = performance.now() + duration;
    const tick = () => {
      const n = w.__cy.elements().filter((e) => e.animated()).length + (w.__cy.animated() ? 1 : 0);
      w.__maxAnimated = Math.max(w.__maxAnimated, n);
      if (performance.now() < end) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, ms);
  await action();
  await page.waitForTimeout(ms);
  return page.evaluate(() => (window as unknown as { __maxAnimated: number }).__maxAnimated);
}

async function layoutAndSelect(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
  await waitForGraph(page);
  await page.getByRole('tab', { name: 'List' }).click();
  await page.getByRole('region', { name: 'List view' }).getByRole('button', { name: 'Love Frankie', exact: true }).first().click();
  await page.getByRole('tab', { name: 'Graph' }).click();
}

test('reduced motion: layouts and selection jump instead of animating, and CSS transitions are off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  expect(await maxAnimated(page, () => layoutAndSelect(page))).toBe(0);
  await expect(page.locator('.canvas')).toHaveAttribute('data-layout', 'concentric');
  const transition = await page.getByRole('button', { name: 'Re-layout' }).evaluate((b) => getComputedStyle(b).transitionDuration);
  expect(transition).toMatch(/^0s/);
});

test('without reduced motion the same steps animate (so the check above can see animation)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openApp(page);
  expect(await maxAnimated(page, () => layoutAndSelect(page))).toBeGreaterThan(0);
});
