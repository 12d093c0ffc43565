/**
 * The bundled dataset `data/october-2016.json`: it validates, holds the key facts
 * of its source text (looked up by name, not by id), cites every item within the
 * paragraph range of its source, and does not copy the source's sentences.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseDatasetText } from '../../src/core/model/validate.ts';
import type { Dataset } from '../../src/core/model/dataset.ts';
import type { Entity } from '../../src/core/model/schema.ts';

const DATA_URL = new URL('../../data/october-2016.json', import.meta.url);
const SEED_URL = new URL('../../../shared/seeds/000_a26683eb9ccd160e.txt', import.meta.url);

const text = readFileSync(DATA_URL, 'utf8');
const result = parseDatasetText(text);

function load(): Dataset {
  if (!result.ok) {
    throw new Error(`dataset is invalid:\n${result.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`);
  }
  return result.dataset;
}

/** The one entity whose name (or one of whose aliases) is exactly `name`. */
function entity(name: string, type?: Entity['type']): Entity {
  const ds = load();
  const found = ds.entities.filter(
    (e) => (e.name === name || (e.aliases ?? []).includes(name)) && (type === undefined || e.type === type),
  );
  expect(found, `exactly one entity named ${JSON.stringify(name)}`).toHaveLength(1);
  return found[0] as Entity;
}

/** True when a relation whose type reads `label` runs from `from` to `to` (both given by name). */
function related(from: string, label: string, to: string): boolean {
  const ds = load();
  const s = entity(from).id;
  const t = entity(to).id;
  const types = new Set(ds.relationTypes.filter((rt) => rt.label === label).map((rt) => rt.id));
  expect(types.size, `a relation type labelled ${JSON.stringify(label)}`).toBeGreaterThan(0);
  return ds.relations.some((r) => r.source === s && r.target === t && types.has(r.type));
}

/** Lower-case words, punctuation (including typographic quotes) dropped. */
function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

describe('bundled dataset october-2016.json', () => {
  it('passes the validator with no errors and nothing withheld', () => {
    expect(result.ok, result.ok ? '' : result.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toBe(true);
    const ds = load();
    expect(ds.sources).toHaveLength(3);
    expect(ds.withheld).toEqual({ entities: 0, relations: 0, fields: 0 });
    for (const type of ['organization', 'event', 'publication', 'country', 'person', 'topic'] as const) {
      expect(ds.entities.some((e) => e.type === type), `has a ${type}`).toBe(true);
    }
  });

  it('has IOM X and UN-ACT co-chairing the Regional Network Meeting', () => {
    expect(related('IOM X', 'co-chaired', 'Regional Network Meeting')).toBe(true);
    expect(related('UN-ACT', 'co-chaired', 'Regional Network Meeting')).toBe(true);
  });

  it('has IOM X facilitating the C4D workshop', () => {
    const ds = load();
    const workshop = ds.entities.find((e) => e.type === 'event' && e.name.includes('(C4D)'));
    expect(workshop).toBeDefined();
    expect(related('IOM X', 'facilitated', (workshop as Entity).name)).toBe(true);
    expect(related((workshop as Entity).name, 'focuses on', 'C4D')).toBe(true);
  });

  it('has the ILO, Love Frankie and Rapid Asia presenting at the meeting or its panel', () => {
    const panel = entity('Panel discussion', 'event');
    expect(related('Panel discussion', 'part of', 'Regional Network Meeting')).toBe(true);
    for (const org of ['ILO', 'Love Frankie', 'Rapid Asia']) {
      const atMeeting = related(org, 'presented at', 'Regional Network Meeting');
      const atPanel = related(org, 'presented at', panel.name);
      expect(atMeeting || atPanel, `${org} presented`).toBe(true);
    }
  });

  it('records around 40 participants at the Regional Network Meeting, on 30 September 2016 in Bangkok', () => {
    const meeting = entity('Regional Network Meeting', 'event');
    if (meeting.type !== 'event') throw new Error('not an event');
    expect(meeting.participants).toEqual({ count: 40, approximate: true });
    expect(meeting.start).toBe('2016-09-30');
    expect(meeting.location?.place).toBe('Bangkok');
    expect(meeting.location?.country).toBe(entity('Thailand', 'country').id);
    for (const place of ['Cambodia', 'Myanmar', 'Hong Kong', 'United States']) {
      expect(related(place, 'took part in', 'Regional Network Meeting'), place).toBe(true);
    }
  });

  it('lists the six COMMIT member states as members of COMMIT', () => {
    for (const name of ['Cambodia', 'China', 'Lao PDR', 'Myanmar', 'Thailand', 'Viet Nam']) {
      expect(entity(name).type).toBe('country');
      expect(related(name, 'member of', 'COMMIT'), name).toBe(true);
    }
    expect(entity('COMMIT').type).toBe('organization');
  });

  it('has GAATW supporting the After Trafficking Review issue, launched at the FCCT', () => {
    const issue = entity('Trafficking Representations', 'publication');
    if (issue.type !== 'publication') throw new Error('not a publication');
    expect(issue.kind).toBe('journal-issue');
    expect(related('GAATW', 'supported', 'Trafficking Representations')).toBe(true);
    expect(related('Trafficking Representations', 'part of', 'After Trafficking Review')).toBe(true);
    const ds = load();
    const launch = ds.relations.find((r) => r.source === issue.id
      && ds.relationTypes.find((t) => t.id === r.type)?.label === 'launched at');
    expect(launch).toBeDefined();
    const event = ds.entities.find((e) => e.id === launch?.target);
    expect(event?.type === 'event' && event.location?.place?.includes('FCCT')).toBe(true);
  });

  it('has SOM11 planned for 24 November 2016 in Lao PDR, proposed by the Lao Government', () => {
    const som = entity('SOM11', 'event');
    if (som.type !== 'event') throw new Error('not an event');
    expect(som.name).toBe('COMMIT Senior Officials Meeting 11');
    expect(som.status).toBe('planned');
    expect(som.start).toBe('2016-11-24');
    expect(som.location?.country).toBe(entity('Lao PDR', 'country').id);
    expect(related('Lao Government', 'proposed', 'SOM11')).toBe(true);
  });

  it('models the COMMIT workshop, SPA IV and the guidelines to be endorsed by SOM11', () => {
    const workshop = entity('COMMIT Victim Identification and Referral Mechanisms: Developing Common Guidelines', 'event');
    if (workshop.type !== 'event') throw new Error('not an event');
    expect([workshop.start, workshop.end]).toEqual(['2016-10-25', '2016-10-26']);
    const spa = entity('SPA IV', 'publication');
    if (spa.type !== 'publication') throw new Error('not a publication');
    expect(spa.kind).toBe('plan-of-action');
    expect(spa.period).toEqual({ start: '2015', end: '2018' });
    expect(related(workshop.name, 'implements', 'SPA IV')).toBe(true);
    const ds = load();
    const guidelines = ds.entities.filter((e) => e.type === 'publication' && e.kind === 'guidelines');
    expect(guidelines).toHaveLength(1);
    const g = (guidelines[0] as Entity).name;
    expect(related(g, 'to be endorsed by', 'SOM11')).toBe(true);
    expect(related(g, 'implements', 'SPA IV')).toBe(true);
  });

  it('has Jenna Klein authoring the climate displacement blog post', () => {
    const person = entity('Jenna Klein', 'person');
    if (person.type !== 'person') throw new Error('not a person');
    expect(person.role).toBe('J.D. Candidate');
    const ds = load();
    const blog = ds.entities.find((e) => e.type === 'publication' && e.kind === 'blog-post');
    expect(blog?.name).toMatch(/^How the lack of protection for persons displaced by climate change/);
    expect(related('Jenna Klein', 'authored', (blog as Entity).name)).toBe(true);
  });

  it('cites every entity and relation within its source\'s paragraph count', () => {
    const ds = load();
    const paragraphs = new Map(ds.sources.map((s) => [s.id, s.paragraphs]));
    for (const s of ds.sources) expect(s.paragraphs, s.id).toBeGreaterThan(0);
    const items = [
      ...ds.entities.map((e) => ({ label: `entity ${e.id}`, citations: e.citations })),
      ...ds.relations.map((r) => ({ label: `relation ${r.id}`, citations: r.citations })),
    ];
    for (const { label, citations } of items) {
      expect(citations.length, label).toBeGreaterThan(0);
      for (const c of citations) {
        const max = paragraphs.get(c.source);
        expect(max, `${label} cites a declared source`).toBeTypeOf('number');
        expect(c.paragraph, `${label} cites a paragraph`).toBeTypeOf('number');
        expect(c.paragraph as number, label).toBeGreaterThanOrEqual(1);
        expect(c.paragraph as number, label).toBeLessThanOrEqual(max as number);
      }
    }
  });

  it('describes every entity in its own words (no run of 8+ words from the source text)', () => {
    const ds = load();
    for (const e of ds.entities) {
      expect((e.description ?? '').trim().length, `${e.id} has a description`).toBeGreaterThan(0);
    }
    // Without the source text at hand, only the non-empty check above can run.
    if (!existsSync(SEED_URL)) return;
    const seed = words(readFileSync(SEED_URL, 'utf8'));
    const N = 8;
    const runs = new Set<string>();
    for (let i = 0; i + N <= seed.length; i++) runs.add(seed.slice(i, i + N).join(' '));
    for (const e of ds.entities) {
      const w = words(e.description ?? '');
      for (let i = 0; i + N <= w.length; i++) {
        const run = w.slice(i, i + N).join(' ');
        expect(runs.has(run), `${e.id} copies "${run}"`).toBe(false);
      }
    }
  });
});
