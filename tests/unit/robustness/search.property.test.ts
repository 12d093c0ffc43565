/**
 * Property tests of search: any text typed into the box, against the bundled
 * dataset and against datasets whose names are themselves hostile, never
 * throws, and what comes back is well-formed (existing ids, no duplicates,
 * finite scores, filters and limits honoured).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseDatasetText, validateDataset } from '../../../src/core/model/validate.ts';
import { buildGraph } from '../../../src/core/graph/graph.ts';
import type { GraphIndex } from '../../../src/core/graph/graph.ts';
import { SearchIndex } from '../../../src/core/search/index.ts';
import { ENTITY_TYPES } from '../../../src/core/model/schema.ts';
import { anyString, nonEmptyText, text } from './arbitraries.ts';

const SLOW = 60_000;
const bundled = parseDatasetText(readFileSync(new URL('../../../data/october-2016.json', import.meta.url), 'utf8'));
if (!bundled.ok) throw new Error('the bundled dataset must be valid');
const graph = buildGraph(bundled.dataset);
const index = new SearchIndex(graph);

/** Queries people type, paste, or send in a link. */
const query = fc.oneof(
  anyString(60),
  fc.array(fc.constantFrom(...graph.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]), 'events', 'in', '2016', 'thailand', 'UN', '*', '~', '"', '-'), { maxLength: 5 }).map((w) => w.join(' ')),
  fc.tuple(fc.constantFrom(...graph.entities.map((e) => e.name)), fc.nat(), anyString(3)).map(([n, at, junk]) => n.slice(0, at % (n.length + 1)) + junk),
);

function checkHits(g: GraphIndex, s: SearchIndex, q: string): void {
  let outcome: ReturnType<SearchIndex['run']> | undefined;
  expect(() => {
    outcome = s.run(q);
  }).not.toThrow();
  const ids = outcome!.hits.map((h) => h.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const h of outcome!.hits) {
    expect(g.byId.has(h.id)).toBe(true);
    expect(Number.isFinite(h.score)).toBe(true);
  }
  expect(outcome!.unfiltered).toBe(outcome!.hits.length);
}

describe('search, properties', () => {
  it('any query never throws and gives existing, distinct entities with finite scores', () => {
    fc.assert(fc.property(query, (q) => checkHits(graph, index, q)), { numRuns: 1500 });
  }, SLOW);

  it('filters, sort by date, limits and the nearest-match fallback hold for any query', () => {
    const types = fc.subarray([...ENTITY_TYPES]);
    fc.assert(fc.property(query, types, fc.integer({ min: 0, max: 30 }), fc.constantFrom('relevance', 'date'), (q, keep, limit, sort) => {
      const allowed = (id: string) => keep.includes(graph.byId.get(id)!.type);
      const hits = index.search(q, { filter: allowed, limit, sort: sort as 'relevance' | 'date' });
      expect(hits.length).toBeLessThanOrEqual(limit);
      for (const h of hits) expect(allowed(h.id)).toBe(true);
      const near = index.nearest(q);
      expect(near.length).toBeLessThanOrEqual(5);
      for (const h of near) expect(graph.byId.has(h.id)).toBe(true);
    }), { numRuns: 700 });
  }, SLOW);

  it('very long queries return quickly', () => {
    for (const q of ['a'.repeat(10_000), 'trafficking '.repeat(800), '中文'.repeat(3000), `${'x '.repeat(2000)}`, '%'.repeat(5000)]) {
      const t0 = performance.now();
      checkHits(graph, index, q);
      // Generous: the point is that it ends (a slow machine under load runs these in seconds).
      expect(performance.now() - t0, q.slice(0, 20)).toBeLessThan(15_000);
    }
  }, SLOW);

  it('datasets whose names, aliases and descriptions are hostile text index and search without throwing', () => {
    const entity = fc.record({
      type: fc.constantFrom('organization', 'country', 'person', 'topic'),
      name: nonEmptyText(40),
      aliases: fc.array(nonEmptyText(12), { maxLength: 3 }),
      description: text(80),
    });
    fc.assert(fc.property(fc.array(entity, { minLength: 1, maxLength: 12 }), fc.array(query, { minLength: 1, maxLength: 4 }), (list, queries) => {
      const r = validateDataset({
        format: 'ct-explorer-dataset', version: 1, title: 'Random', sources: [{ id: 's', title: 'S', publisher: 'P', date: '2016' }],
        relationTypes: [{ id: 'related', label: 'related to', inverseLabel: 'related to', collaborative: false }],
        entities: list.map((e, i) => ({ id: `e${i}`, ...e, citations: [{ source: 's' }] })),
        relations: list.slice(1).map((_, i) => ({ source: `e${i}`, type: 'related', target: `e${i + 1}`, citations: [{ source: 's' }] })),
      });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const g = buildGraph(r.dataset);
      let s: SearchIndex | undefined;
      expect(() => {
        s = new SearchIndex(g);
      }).not.toThrow();
      for (const q of [...queries, ...list.map((e) => e.name)]) checkHits(g, s!, q);
    }), { numRuns: 300 });
  }, SLOW);
});

describe('names that are also Object.prototype members', () => {
  it('"__proto__", "constructor", "toString"… as ids, names and attribute keys index, search, export and link like any other', async () => {
    const text = readFileSync(new URL('../../fixtures/broken/valid/prototype-names.json', import.meta.url), 'utf8');
    const r = parseDatasetText(text);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    const g = buildGraph(r.dataset);
    expect(g.entities.map((e) => e.id)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']);
    const s = new SearchIndex(g);
    for (const e of g.entities) {
      checkHits(g, s, e.name);
      expect(s.search(e.name).map((h) => h.id), e.name).toContain(e.id);
    }
    const { exportDataset, EXPORT_FORMATS } = await import('../../../src/core/formats/index.ts');
    for (const f of EXPORT_FORMATS) expect(() => exportDataset(r.dataset, f, '2016-10-31'), f).not.toThrow();
    const { decodeView, encodeView } = await import('../../../src/core/view/url.ts');
    const { emptyView } = await import('../../../src/core/view/state.ts');
    const view = { ...emptyView(), selected: '__proto__', hidden: ['constructor', 'toString'] };
    expect(decodeView(encodeView(view)).state).toEqual(view);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
