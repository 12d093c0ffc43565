import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

interface CyNode {
  id(): string;
  data(k: string): unknown;
  renderedPosition(): { x: number; y: number };
  hasClass(c: string): boolean;
}
interface CyHandle {
  nodes(sel?: string): { filter(f: (n: CyNode) => boolean): CyNode[] } & CyNode[] & { length: number };
}

/** Opens the app and waits until the graph has been laid out. */
export async function openApp(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`);
  await waitForGraph(page);
}

export async function waitForGraph(page: Page): Promise<void> {
  await expect(page.locator('.canvas[data-layout-done]')).toHaveCount(1, { timeout: 15_000 });
  await expect(page.locator('.canvas')).toHaveAttribute('aria-busy', 'false');
}

/** Number of nodes currently drawn (not removed by filters or focus). */
export async function drawnNodeCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: { nodes(): { filter(f: (n: { hasClass(c: string): boolean }) => boolean): unknown[] } } }).__cy;
    return cy.nodes().filter((n) => !n.hasClass('gone')).length;
  });
}

/** Clicks the node whose name is `name` on the canvas, as a user would. */
export async function clickNode(page: Page, name: string): Promise<void> {
  // A large drawing appears once laid out: a user clicks what is drawn.
  await expect(page.locator('.canvas')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  const where = () => page.evaluate((n) => {
    const cy = (window as unknown as { __cy: CyHandle }).__cy;
    const node = cy.nodes().filter((x: CyNode) => x.data('name') === n)[0];
    if (!node) throw new Error(`no node named ${n}`);
    return node.renderedPosition();
  }, name);
  // The view may still be gliding to the last selection: click where the node has come to rest.
  let pos = await where();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const now = await where();
    if (Math.abs(now.x - pos.x) < 0.5 && Math.abs(now.y - pos.y) < 0.5) break;
    pos = now;
  }
  const box = await page.locator('.canvas').boundingBox();
  if (!box) throw new Error('canvas not visible');
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
}

/** Reads a dataset entity's id by name through the app's test handle. */
export async function idOf(page: Page, name: string): Promise<string> {
  return page.evaluate((n) => {
    const app = (window as unknown as { __app: { dataset: { entities: { id: string; name: string }[] } } }).__app;
    const e = app.dataset.entities.find((x) => x.name === n);
    if (!e) throw new Error(`no entity named ${n}`);
    return e.id;
  }, name);
}
