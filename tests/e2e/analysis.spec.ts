/**
 * The collaboration analysis as a user drives it: the collaboration view and
 * its evidence, the measures table and node size, "how is A connected to B",
 * synergy suggestions, the timeline (brushing, selecting) and the events list.
 *
 * Written against the app shell's wiring: view tabs named "Graph",
 * "Collaboration", "Measures" and "Timeline" (the events list under the
 * timeline), a control named "Connect" that reveals the path finder when it is
 * not always shown, and the suggestions and measures shown for a selected
 * stakeholder. Panels are found by their headings (ARIA regions).
 * `ANALYSIS_ENTRY` (default "/") lets the same tests run against another page.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

const ENTRY = process.env.ANALYSIS_ENTRY ?? '/';

interface CyLike {
  getElementById(id: string): { nonempty(): boolean; hasClass(c: string): boolean; data(k: string): unknown };
  $(selector: string): { map<T>(f: (e: { id(): string }) => T): T[] };
}
declare global {
  interface Window { __cy?: CyLike }
}

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${ENTRY}${query ? `?${query}` : ''}`);
  await expect(page.getByRole('tablist', { name: 'Views' })).toBeVisible();
}

/** A panel by its heading; if hidden, reveal it with the tab or button named `control`. */
async function reveal(page: Page, heading: RegExp, control: RegExp): Promise<Locator> {
  const region = page.getByRole('region', { name: heading });
  if (!(await region.isVisible())) {
    await page.getByRole('tab', { name: control }).or(page.getByRole('button', { name: control })).first().click();
  }
  await expect(region).toBeVisible();
  return region;
}

/** Whether the graph draws an element (filtered-out elements are removed or marked "gone"). */
const drawn = (page: Page, id: string) => page.evaluate((x) => {
  const el = window.__cy?.getElementById(x);
  return !!el && el.nonempty() && !el.hasClass('gone');
}, id);

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const detailsHeading = (page: Page) => page.locator('#details-heading');

async function pick(region: Locator, label: string, typed: string, option: RegExp): Promise<void> {
  const box = region.getByRole('combobox', { name: label, exact: true });
  await box.fill(typed);
  await region.getByRole('option', { name: option }).first().click();
}

test('collaboration view: the co-chairs of the Regional Network Meeting are linked, with the meeting as evidence', async ({ page }, info) => {
  await open(page);
  await tab(page, 'Collaboration').click();
  await expect(page).toHaveURL(/view=collab/);
  const panel = await reveal(page, /Who worked with whom/, /^Collaboration$/);
  await expect(panel).toContainText(/\d+ links between \d+ stakeholders/);

  await pick(panel, 'Links of', 'IOM', /IOM X/);
  await expect(panel).toContainText('8 collaborators of IOM X');
  await expect(page).toHaveURL(/sel=org-iom-x/);
  await panel.getByRole('button', { name: /Evidence.*IOM X and UN-ACT/ }).click();
  await expect(panel).toContainText('Both co-chaired Regional Network Meeting');
  await expect(panel).toContainText('¶3');
  // The network drawn on the canvas has the same link (edge id `collab:<a>|<b>`).
  await expect.poll(() => page.evaluate(() => window.__cy?.getElementById('collab:org-iom-x|org-un-act').nonempty() ?? false)).toBe(true);
  await panel.getByRole('heading', { name: 'Who worked with whom' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('collaboration.png') });

  // Evidence is clickable: it opens the shared meeting.
  await panel.getByRole('listitem').filter({ hasText: 'Both co-chaired' }).getByRole('button', { name: 'Regional Network Meeting' }).click();
  await expect(detailsHeading(page)).toHaveText('Regional Network Meeting');
});

test('collaboration view: the selection and the filters carry over', async ({ page }) => {
  await open(page, 'view=collab&sel=org-ilo');
  const panel = await reveal(page, /Who worked with whom/, /^Collaboration$/);
  await expect(panel).toContainText('8 collaborators of ILO');
  await expect(panel).toContainText('Love Frankie');
  // Countries filtered out: they are no longer stakeholders of the network.
  await open(page, 'view=collab&sel=org-ilo&xt=country');
  await expect(panel).toContainText('4 collaborators of ILO');
  await expect(panel).not.toContainText('Cambodia');
});

test('measures: a sortable table; node size follows a measure; the details show measures and rank', async ({ page }, info) => {
  await open(page);
  await tab(page, 'Measures').click();
  const panel = await reveal(page, /Who is central, who bridges/, /^Measures$/);
  const table = panel.getByRole('table');
  const firstRow = table.locator('tbody tr').first().getByRole('rowheader');
  // Betweenness is computed on a network this small: the table opens sorted by it.
  await expect(panel.getByText(/^Sorted by Betweenness, highest first\.$/)).toBeVisible();

  await table.getByRole('button', { name: /^Betweenness/ }).click();
  await expect(table.getByRole('columnheader', { name: /Betweenness/ })).toHaveAttribute('aria-sort', /ascending|descending/);
  await table.getByRole('button', { name: /^Degree/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Degree/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(firstRow).toHaveText(/Cambodia|Myanmar/);
  await table.getByRole('button', { name: /^Degree/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Degree/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(panel.getByText(/^Sorted by Degree, lowest first\.$/)).toBeVisible();
  await page.screenshot({ path: info.outputPath('measures.png') });

  await panel.getByLabel('Node size follows').selectOption('betweenness');
  await expect(page).toHaveURL(/size=betweenness/);

  // In the graph, IOM X has fewer relations than COMMIT Governments (2 against 3)
  // but lies on more shortest paths: by degree it is smaller, by betweenness bigger.
  const iomBigger = () => page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) return null;
    return Number(cy.getElementById('org-iom-x').data('size')) > Number(cy.getElementById('org-commit-governments').data('size'));
  });
  await open(page, 'sel=country-cambodia');
  await expect.poll(iomBigger).toBe(false);
  await open(page, 'sel=country-cambodia&size=betweenness');
  await expect.poll(iomBigger).toBe(true);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toContainText('Betweenness');
  await expect(details).toContainText(/1st of \d+/);
});

test('connect: how ILO is connected to IOM X, hop by hop with sources, highlighted in the graph', async ({ page }, info) => {
  await open(page);
  const panel = await reveal(page, /How is it connected/, /^Connect/);
  await pick(panel, 'From', 'ILO', /^● ILO Organization$|ILO/);
  await pick(panel, 'To', 'IOM X', /IOM X/);
  await expect(page).toHaveURL(/pa=org-ilo/);
  await expect(page).toHaveURL(/pb=org-iom-x/);
  await expect(panel).toContainText('One shortest path of 3 steps');
  await expect(panel).toContainText('ILO presented at Panel discussion, which is part of Regional Network Meeting, which IOM X co-chaired.');
  await expect(panel).toContainText('Panel discussion is part of Regional Network Meeting');
  await expect(panel).toContainText('Regional Network Meeting was co-chaired by IOM X');
  await expect(panel.getByText(/¶3/).first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('connect.png') });

  // Highlighted in the graph: the nodes and relations of the path.
  if (!(await tab(page, 'Graph').getAttribute('aria-selected'))?.includes('true')) await tab(page, 'Graph').click();
  await expect.poll(() => page.evaluate(() => window.__cy?.$('.path').map((e) => e.id()).sort() ?? []))
    .toEqual(expect.arrayContaining(['org-ilo', 'event-rnm-panel-discussion-2016-09-30', 'event-regional-network-meeting-2016-09-30', 'org-iom-x']));
  await page.screenshot({ path: info.outputPath('connect-graph.png') });
});

test('connect: options ignore entity types (countries) and relation types', async ({ page }) => {
  await open(page, 'pa=org-iom-x&pb=org-commit');
  const panel = await reveal(page, /How is it connected/, /^Connect/);
  await expect(panel).toContainText('4 shortest paths of 3 steps');
  await panel.getByText('Options').click();
  await panel.getByRole('group', { name: 'Do not go through' }).getByLabel('Countries').check();
  await expect(panel).toContainText('No connection between IOM X and COMMIT');
  await panel.getByRole('group', { name: 'Do not go through' }).getByLabel('Countries').uncheck();
  await panel.getByRole('group', { name: 'Ignore relations' }).getByLabel('held in').check();
  await expect(panel).toContainText('2 shortest paths of 3 steps');
  await panel.getByRole('button', { name: 'Highlight path 2' }).click();
  await expect(panel.getByRole('button', { name: 'Highlight path 2' })).toHaveAttribute('aria-pressed', 'true');
});

test('suggestions: who the Lao Government should meet, with score, reasons and the measure named', async ({ page }, info) => {
  await open(page, 'sel=org-lao-government');
  const panel = await reveal(page, /Who should meet/, /Suggestions|Who should meet/);
  await expect(panel).toContainText('Adamic–Adar');
  const first = panel.getByRole('list').first().getByRole('listitem').first();
  await expect(first).toContainText('COMMIT Governments');
  await expect(first).toContainText(/score \d+\.\d\d/);
  await expect(first).toContainText('Shared topics: both worked on Referral mechanisms and Victim identification');
  await expect(first).toContainText('Same process');
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: info.outputPath('suggestions.png') });

  await first.getByRole('button', { name: /Show in graph/ }).click();
  await expect(page).toHaveURL(/pa=org-lao-government/);
  await expect(page).toHaveURL(/pb=org-commit-governments/);
  await expect(tab(page, 'Graph')).toHaveAttribute('aria-selected', 'true');
});

test('timeline: brushing a period filters the graph, clicking an event selects it', async ({ page }, info) => {
  await open(page);
  await tab(page, 'Timeline').click();
  const panel = await reveal(page, /^Timeline$/, /^Timeline$/);
  await expect(panel.locator('svg text', { hasText: 'COMMIT Senior Officials Meeting 11 (announced)' })).toBeVisible();
  await expect(panel).toContainText('11 events');
  await page.screenshot({ path: info.outputPath('timeline.png') });

  // Drag across the last quarter of the axis: a period is set in the view.
  const area = panel.locator('rect.brush-area');
  const box = (await area.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.86, box.y + 30, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=2016-\d\d-\d\d/);
  await expect(page).toHaveURL(/to=2016-\d\d-\d\d/);
  await expect(panel).toContainText(/\d+ of 11 events in/);
  await page.screenshot({ path: info.outputPath('timeline-brushed.png') });

  // Clicking an event selects it.
  await panel.getByRole('button', { name: /^Regional Network Meeting, 30 September 2016/ }).click();
  await expect(detailsHeading(page)).toHaveText('Regional Network Meeting');

  // The period can also be typed; the graph follows it.
  await panel.getByLabel('From', { exact: true }).fill('2016-11-01');
  await panel.getByLabel('To', { exact: true }).fill('2016-11-30');
  await panel.getByRole('button', { name: 'Apply period' }).click();
  await expect(page).toHaveURL(/from=2016-11-01/);
  await expect(panel).toContainText('1 of 11 events');
  await tab(page, 'Graph').click();
  await expect.poll(() => drawn(page, 'event-regional-network-meeting-2016-09-30')).toBe(false);
  await expect.poll(() => drawn(page, 'event-commit-som11-2016-11-24')).toBe(true);
  await tab(page, 'Timeline').click();
  await panel.getByRole('button', { name: 'Clear period' }).click();
  await expect(page).not.toHaveURL(/from=/);
});

test('events list: chronological, with date, place, organisers and participants', async ({ page }) => {
  await open(page, 'view=timeline');
  const panel = await reveal(page, /Events, in order/, /^Timeline$/);
  const articles = panel.getByRole('article');
  await expect(articles.first().getByRole('heading')).toHaveText('ASEAN-COMMIT workshop');
  const meeting = articles.filter({ has: page.getByRole('heading', { name: 'Regional Network Meeting', exact: true }) });
  await expect(meeting).toContainText('30 September 2016');
  await expect(meeting).toContainText('Bangkok, Thailand');
  await expect(meeting).toContainText('IOM X (co-chaired), UN-ACT (co-chaired)');
  await expect(meeting).toContainText('about 40 people; Cambodia, Hong Kong, Myanmar, United States');
  const som = articles.filter({ hasText: 'COMMIT Senior Officials Meeting 11' });
  await expect(som).toContainText('Announced');
  await meeting.getByRole('button', { name: 'UN-ACT' }).click();
  await expect(detailsHeading(page)).toHaveText('UN-ACT');
});

test('timeline on a phone: scrolls sideways, labels legible', async ({ page }, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, 'view=timeline&sel=event-commit-som11-2016-11-24');
  const panel = await reveal(page, /^Timeline$/, /^Timeline$/);
  const scroller = panel.locator('.scroller');
  await expect(scroller.locator('svg')).toBeVisible();
  const { scrollWidth, clientWidth, scrollLeft } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, scrollLeft: el.scrollLeft }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(scrollLeft).toBeGreaterThan(0); // scrolled to the selected event
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('timeline-phone.png') });
});
