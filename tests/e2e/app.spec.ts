import { expect, test } from '@playwright/test';

test('shows the bundled dataset: title, counts by type and a drawn graph', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('dataset-title')).toHaveText(/October 2016/);
  const counts = page.getByRole('list', { name: 'Entities by type' });
  await expect(counts).toContainText(/\d+ organizations/);
  await expect(counts).toContainText(/\d+ events/);
  await expect(counts).toContainText(/\d+ relations/);
  // The canvas is not blank: some pixels differ from the white background.
  const canvas = page.locator('.canvas canvas').last();
  await expect(canvas).toBeVisible();
  await expect.poll(async () => canvas.evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d');
    if (!ctx) return 0;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 16) if (data[i + 3]! > 0 && data[i]! < 200) inked++;
    return inked;
  })).toBeGreaterThan(200);
});

test('a dataset that fails to load shows every problem, not a blank page', async ({ page }) => {
  await page.route((url) => url.pathname === '/broken.json', (route) => route.fulfill({ body: '{"format": "ct-explorer-dataset", "version": 1, "title": }', contentType: 'application/json' }));
  await page.goto('/?data=/broken.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be opened');
  await expect(alert).toContainText('line 1, column');
});
