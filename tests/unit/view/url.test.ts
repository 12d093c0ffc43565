import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeView, encodeView, mergeSearch, resolveIds } from '../../../src/core/view/url.ts';
import { emptyView, LAYOUTS, SEARCH_GRAPH, SIZE_MEASURES, SORTS, VIEWS } from '../../../src/core/view/state.ts';
import type { ViewState } from '../../../src/core/view/state.ts';
import { ENTITY_TYPES } from '../../../src/core/model/schema.ts';

const id = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });
const date = fc.oneof(
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  selected: fc.option(id, { nil: null }),
  edge: fc.constant(null),
  depth: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<ViewState['depth']>,
  focus: fc.option(id, { nil: null }),
  expanded: fc.uniqueArray(id, { maxLength: 3 }),
  hidden: fc.uniqueArray(id, { maxLength: 3 }),
  hiddenTypes: fc.uniqueArray(fc.constantFrom(...ENTITY_TYPES), { maxLength: 3 }),
  hiddenRelations: fc.uniqueArray(id, { maxLength: 3 }),
  countries: fc.uniqueArray(id, { maxLength: 3 }),
  from: fc.option(date, { nil: null }),
  to: fc.constant(null),
  filterMode: fc.constantFrom('remove', 'fade'),
  layout: fc.constantFrom(...LAYOUTS),
  view: fc.constantFrom(...VIEWS),
  query: fc.string({ maxLength: 20 }),
  sort: fc.constantFrom(...SORTS),
  searchGraph: fc.constantFrom(...SEARCH_GRAPH),
  pathFrom: fc.option(id, { nil: null }),
  pathTo: fc.option(id, { nil: null }),
  sizeBy: fc.constantFrom(...SIZE_MEASURES),
}).map((s) => (s.focus === null || s.depth === 0 ? { ...s, depth: 0 as const, focus: null } : s));

describe('URL codec', () => {
  it('encodeView of the empty view is empty', () => {
    expect(encodeView(emptyView())).toBe('');
  });

  it('decodeView(encodeView(s)) round-trips every valid state', () => {
    fc.assert(fc.property(viewArb, (s) => {
      const { state, problems } = decodeView(encodeView(s));
      expect(problems).toEqual([]);
      expect(state).toEqual(s);
    }), { numRuns: 500 });
  });

  it('decodeView never throws and reports what it could not read', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (q) => {
      const r = decodeView(q);
      expect(Array.isArray(r.problems)).toBe(true);
    }), { numRuns: 1000 });
    const r = decodeView('?depth=9&layout=spiral&from=2016-13&xt=robot&sel=%E0%A4');
    expect(r.state).toEqual(emptyView());
    expect(r.problems).toHaveLength(5);
    expect(r.problems.join(' ')).toMatch(/Layout "spiral" does not exist/);
  });

  it('ids with commas and non-Latin scripts survive', () => {
    const s = { ...emptyView(), selected: 'org,ไทย', countries: ['a,b', 'Việt Nam'] };
    expect(decodeView(encodeView(s)).state).toEqual(s);
  });

  it('mergeSearch keeps parameters that are not the view', () => {
    const s = { ...emptyView(), selected: 'x' };
    expect(mergeSearch('?data=https%3A%2F%2Fexample.org%2Fd.json&sel=old', s)).toBe('?data=https%3A%2F%2Fexample.org%2Fd.json&sel=x');
  });

  it('resolveIds drops ids the dataset lacks and says so', () => {
    const s = { ...emptyView(), selected: 'ghost', focus: 'ghost', depth: 2 as const, countries: ['th', 'nope'] };
    const r = resolveIds(s, (id) => id === 'th', () => false);
    expect(r.state.selected).toBeNull();
    expect(r.state.depth).toBe(0);
    expect(r.state.focus).toBeNull();
    expect(r.state.countries).toEqual(['th']);
    expect(r.problems).toHaveLength(3);
  });
});
