/**
 * An entity's and a relation's free attributes appear in the details panel:
 * as text (never HTML), as links only for http and https addresses (new tab,
 * rel="noopener noreferrer"), and never when marked sensitive. An attribute
 * named "__proto__" is left out with a remark saying where it was.
 * Fixture: tests/fixtures/details/attributes.json, opened from the Data menu.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { clickNode, openApp, waitForGraph } from './helpers.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/details/attributes.json', import.meta.url));
const SECRETS = ['SECRET-PHONE-NINER', 'SECRET-ROLE-KILO', 'SECRET-CONTACT-LIMA', 'SECRET-NAME-MIKE', 'SECRET-CONTACT-NOVEMBER', 'SECRET-NOTE-OSCAR'];

async function openFixture(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Data' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: /^Open files?/ }).click()]);
  await chooser.setFiles(FIXTURE);
  await expect(page.getByTestId('dataset-title')).toHaveText('Fixture with attributes');
  await waitForGraph(page);
}

/** What the details panel lists as attributes: each key with the text shown for its value. */
async function shownAttributes(details: Locator): Promise<[string, string][]> {
  return details.evaluate((el) => [...el.querySelectorAll('dt.attr-key')].map((dt) => [dt.textContent ?? '', (dt.nextElementSibling?.textContent ?? '').trim()] as [string, string]));
}

/** The value shown next to a key in the details panel. */
function valueOf(details: Locator, key: string): Locator {
  return details.locator('dt.attr-key').filter({ hasText: new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).locator('xpath=following-sibling::dd[1]');
}

async function expectSafeLink(details: Locator, key: string, href: string): Promise<void> {
  const link = valueOf(details, key).getByRole('link', { name: href });
  await expect(link).toHaveAttribute('href', href);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
}

test.describe('attributes in the details panel', () => {
  test('an organization\'s attributes: text as text, numbers and yes/no, http(s) as links, other schemes as plain text, sensitive ones absent', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openFixture(page);
    await clickNode(page, 'Alpha Network');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(page.locator('#details-heading')).toHaveText('Alpha Network');

    expect(await shownAttributes(details)).toEqual([
      ['website', 'https://alpha.example/about?lang=en&x=1'],
      ['archive', 'http://archive.example/alpha'],
      ['founded', '2009'],
      ['active', 'yes'],
      ['funded', 'no'],
      ['motto', '<b>Not bold</b> <img src=x onerror=alert(1)>'],
      ['script address', 'javascript:alert(2)'],
      ['data address', 'data:text/html,<script>alert(3)</script>'],
      ['relative address', '//evil.example/x'],
      ['mail', 'mailto:office@alpha.example'],
      ['constructor', 'an ordinary key'],
      ['toString', 'also ordinary'],
    ]);
    await expectSafeLink(details, 'website', 'https://alpha.example/about?lang=en&x=1');
    await expectSafeLink(details, 'archive', 'http://archive.example/alpha');
    for (const key of ['motto', 'script address', 'data address', 'relative address', 'mail', 'constructor']) {
      await expect(valueOf(details, key).locator('a, b, img, script')).toHaveCount(0);
    }
    // The withheld phone number is nowhere on the page, and the page says a field was withheld.
    await expect(valueOf(details, 'phone')).toHaveCount(0);
    await expect(page.getByRole('note')).toHaveText(/Withheld as sensitive: 1 entities, 1 relations, 3 fields\./);
    expect(dialogs).toEqual([]);
  });

  test('the "__proto__" attribute is left out, and a remark names where it was', async ({ page }) => {
    await openFixture(page);
    const remarks = page.getByRole('status').filter({ hasText: 'Opened “Fixture with attributes” with 1 remark' });
    await expect(remarks).toBeVisible();
    await expect(remarks.getByRole('listitem')).toHaveText(/^\$\.entities\[0\]\.attributes\.__proto__ The attribute "__proto__" was left out/);
    await clickNode(page, 'Alpha Network');
    await expect(valueOf(page.getByRole('complementary', { name: 'Details' }), '__proto__')).toHaveCount(0);
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  });

  test('a relation\'s attributes and a publication\'s address, reached from the panel', async ({ page }) => {
    await openFixture(page);
    await clickNode(page, 'Alpha Network');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('button', { name: 'Evidence: Alpha Network published Annual report' }).click();
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Alpha Network published Annual report');
    expect(await shownAttributes(details)).toEqual([
      ['role', '<i>author</i>'],
      ['copies', '500'],
      ['online', 'yes'],
      ['page', 'https://alpha.example/annual'],
    ]);
    await expect(valueOf(details, 'role').locator('i')).toHaveCount(0);
    await expectSafeLink(details, 'page', 'https://alpha.example/annual');

    await details.getByRole('button', { name: 'Annual report' }).click();
    await expect(page.locator('#details-heading')).toHaveText('Annual report');
    expect(await shownAttributes(details)).toEqual([['pages', '48'], ['hasOwnProperty', 'kept']]);
    const address = details.getByRole('link', { name: 'https://alpha.example/annual-report.pdf' });
    await expect(address).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(address).toHaveAttribute('target', '_blank');
  });

  test('a person with sensitive fields shows the rest; nothing marked sensitive is anywhere in the page', async ({ page }) => {
    await openFixture(page);
    await clickNode(page, 'Field contact');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(page.locator('#details-heading')).toHaveText('Field contact');
    expect(await shownAttributes(details)).toEqual([['team', 'outreach']]);
    await expect(details).not.toContainText('Role');
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    for (const s of SECRETS) expect(html, s).not.toContain(s);
  });
});
