/**
 * Property tests of the URL codec (src/core/view/url.ts): every valid view
 * state round-trips, whatever its ids hold; any address at all decodes without
 * throwing into a valid state, and every value it could not use is reported in
 * a sentence. (tests/unit/view/url.test.ts has the examples.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeView, encodeView, mergeSearch, resolveIds, VIEW_PARAMS } from '../../../src/core/view/url.ts';
import { emptyView, LAYOUTS, SEARCH_GRAPH, SIZE_MEASURES, SORTS, VIEWS } from '../../../src/core/view/state.ts';
import type { ViewState } from '../../../src/core/view/state.ts';
import { ENTITY_TYPES } from '../../../src/core/model/schema.ts';
import { dateEnd, dateStart, isValidDate } from '../../../src/core/model/dates.ts';
import { anyString, nonEmptyText, text } from './arbitraries.ts';

const SLOW = 60_000;
const id = nonEmptyText(16);
const date = fc.oneof(
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** Any valid view state: ids may hold any well-formed text (commas, %, &, =, #, RTL, emoji, controls). */
const viewArb: fc.Arbitrary<ViewState> = fc.record({
  selected: fc.option(id, { nil: null }),
  edge: fc.option(id, { nil: null }),
  depth: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<ViewState['depth']>,
  focus: fc.option(id, { nil: null }),
  expanded: fc.uniqueArray(id, { maxLength: 4 }),
  hidden: fc.uniqueArray(id, { maxLength: 4 }),
  hiddenTypes: fc.uniqueArray(fc.constantFrom(...ENTITY_TYPES), { maxLength: 6 }),
  hiddenRelations: fc.uniqueArray(id, { maxLength: 4 }),
  countries: fc.uniqueArray(id, { maxLength: 4 }),
  from: fc.option(date, { nil: null }),
  to: fc.option(date, { nil: null }),
  filterMode: fc.constantFrom('remove', 'fade'),
  layout: fc.constantFrom(...LAYOUTS),
  view: fc.constantFrom(...VIEWS),
  query: text(40),
  sort: fc.constantFrom(...SORTS),
  searchGraph: fc.constantFrom(...SEARCH_GRAPH),
  pathFrom: fc.option(id, { nil: null }),
  pathTo: fc.option(id, { nil: null }),
  sizeBy: fc.constantFrom(...SIZE_MEASURES),
}).map((s) => {
  const out = { ...s };
  // The invariants of a valid state: one selection at most, a focus only with a depth, a range that does not end before it starts.
  if (out.selected !== null) out.edge = null;
  if (out.focus === null || out.depth === 0) {
    out.depth = 0;
    out.focus = null;
  }
  if (out.from !== null && out.to !== null && dateEnd(out.to)! < dateStart(out.from)!) [out.from, out.to] = [out.to, out.from];
  return out;
});

/** What every decoded state must satisfy, whatever the address said. */
function expectValid(s: ViewState): void {
  expect([0, 1, 2, 3]).toContain(s.depth);
  expect(s.depth === 0).toBe(s.focus === null);
  expect(s.selected === null || s.edge === null).toBe(true);
  for (const t of s.hiddenTypes) expect(ENTITY_TYPES).toContain(t);
  expect(LAYOUTS).toContain(s.layout);
  expect(VIEWS).toContain(s.view);
  expect(SORTS).toContain(s.sort);
  expect(SEARCH_GRAPH).toContain(s.searchGraph);
  expect(SIZE_MEASURES).toContain(s.sizeBy);
  expect(['remove', 'fade']).toContain(s.filterMode);
  if (s.from !== null) expect(isValidDate(s.from)).toBe(true);
  if (s.to !== null) expect(isValidDate(s.to)).toBe(true);
  if (s.from !== null && s.to !== null) expect(dateEnd(s.to)! >= dateStart(s.from)!).toBe(true);
  for (const list of [s.expanded, s.hidden, s.hiddenRelations, s.countries]) {
    expect(new Set(list).size).toBe(list.length);
    expect(list).not.toContain('');
  }
}

/** Query strings built from the codec's own keys with values of any kind. */
const paramString = fc.array(
  fc.tuple(fc.oneof(fc.constantFrom(...VIEW_PARAMS, 'data', 'utm_source'), anyString(6)), fc.oneof(anyString(20), date, fc.constantFrom(...LAYOUTS, ...VIEWS, ...ENTITY_TYPES, '0', '1', '4', '-1', '%', '%zz', ',,,', 'a,b,%E0%A4'))),
  { maxLength: 8 },
).chain((pairs) => fc.boolean().map((encodeIt) => pairs.map(([k, v]) => {
  const enc = (x: string) => (encodeIt ? encodeURIComponent(x.replace(/\p{Cs}/gu, '\ufffd')) : x);
  return `${enc(k)}=${enc(v)}`;
}).join('&')));

describe('URL codec, properties', () => {
  it('every valid view state round-trips exactly, with no problem reported', () => {
    fc.assert(fc.property(viewArb, (s) => {
      const encoded = encodeView(s);
      // The address stays one query string: no raw separators or spaces leak out of values.
      expect(encoded).not.toMatch(/[\s#?]/);
      const { state, problems } = decodeView(`?${encoded}`);
      expect(problems).toEqual([]);
      expect(state).toEqual(s);
    }), { numRuns: 1000 });
  }, SLOW);

  it('round-trips through mergeSearch next to other parameters, and through a real URL object', () => {
    fc.assert(fc.property(viewArb, fc.option(text(30), { nil: undefined }), (s, data) => {
      const current = data === undefined ? '' : `?data=${encodeURIComponent(data)}`;
      const search = mergeSearch(current, s);
      const url = new URL(`https://explorer.example/${search}`);
      expect(decodeView(url.search)).toEqual({ state: s, problems: [] });
      if (data !== undefined) expect(url.searchParams.get('data')).toBe(data);
    }), { numRuns: 500 });
  }, SLOW);

  it('encoding never throws, even on text that is not well-formed Unicode', () => {
    fc.assert(fc.property(viewArb, anyString(20), anyString(10), (s, q, sel) => {
      const broken = { ...s, query: q, selected: sel || null, edge: null };
      let out = '';
      expect(() => {
        out = encodeView(broken);
      }).not.toThrow();
      expect(() => decodeView(out)).not.toThrow();
    }), { numRuns: 500 });
  }, SLOW);

  it('any string decodes without throwing into a valid state', () => {
    fc.assert(fc.property(fc.oneof(anyString(120), paramString), (q) => {
      let r: ReturnType<typeof decodeView> | undefined;
      expect(() => {
        r = decodeView(q);
      }).not.toThrow();
      expectValid(r!.state);
      for (const p of r!.problems) {
        expect(typeof p).toBe('string');
        expect(p.length).toBeGreaterThan(10);
      }
    }), { numRuns: 1500 });
  }, SLOW);

  it('what a decoded address gives is stable: encoding it again and decoding gives the same, with no problem', () => {
    fc.assert(fc.property(paramString, (q) => {
      const first = decodeView(q).state;
      const again = decodeView(encodeView(first));
      expect(again.problems).toEqual([]);
      expect(again.state).toEqual(first);
    }), { numRuns: 1000 });
  }, SLOW);

  it('every invalid value is refused with a sentence naming it, and the default is kept', () => {
    const invalid = fc.oneof(
      fc.tuple(fc.constant('depth'), anyString(4).filter((v) => !/^[0-3]$/.test(safe(v)))),
      fc.tuple(fc.constant('layout'), anyString(8).filter((v) => !(LAYOUTS as readonly string[]).includes(safe(v)))),
      fc.tuple(fc.constant('view'), anyString(8).filter((v) => !(VIEWS as readonly string[]).includes(safe(v)))),
      fc.tuple(fc.constant('sort'), anyString(8).filter((v) => !(SORTS as readonly string[]).includes(safe(v)))),
      fc.tuple(fc.constant('sg'), anyString(8).filter((v) => !(SEARCH_GRAPH as readonly string[]).includes(safe(v)))),
      fc.tuple(fc.constant('size'), anyString(8).filter((v) => !(SIZE_MEASURES as readonly string[]).includes(safe(v)))),
      fc.tuple(fc.constant('fade'), anyString(4).filter((v) => !['0', '1'].includes(safe(v)))),
      fc.tuple(fc.constantFrom('from', 'to'), anyString(10).filter((v) => safe(v) !== '' && !isValidDate(safe(v)))),
      fc.tuple(fc.constant('xt'), nonEmptyText(10).filter((v) => !v.includes(',') && !(ENTITY_TYPES as readonly string[]).includes(v.replace(/\+/g, ' ')))),
    );
    const defaults = emptyView();
    const field: Record<string, keyof ViewState> = {
      depth: 'depth', layout: 'layout', view: 'view', sort: 'sort', sg: 'searchGraph', size: 'sizeBy', fade: 'filterMode', from: 'from', to: 'to', xt: 'hiddenTypes',
    };
    fc.assert(fc.property(invalid, ([key, value]) => {
      const v = key === 'xt' ? encodeURIComponent(value) : encodeURIComponent(value.replace(/\p{Cs}/gu, '\ufffd'));
      const { state, problems } = decodeView(`?${key}=${v}`);
      expect(problems.length, `${key}=${v}`).toBeGreaterThan(0);
      expect(state[field[key]!]).toEqual(defaults[field[key]!]);
    }), { numRuns: 1000 });
  }, SLOW);

  it('resolveIds keeps exactly the ids the dataset has and names every other one', () => {
    fc.assert(fc.property(viewArb, fc.uniqueArray(id, { maxLength: 6 }), (s, known) => {
      const has = (x: string) => known.includes(x);
      const { state, problems } = resolveIds(s, has, has);
      for (const k of ['selected', 'focus', 'edge', 'pathFrom', 'pathTo'] as const) {
        expect(state[k]).toBe(s[k] !== null && has(s[k]!) ? s[k] : null);
      }
      for (const k of ['expanded', 'hidden', 'countries'] as const) expect(state[k]).toEqual(s[k].filter(has));
      const missing = [s.selected, s.focus, s.edge, s.pathFrom, s.pathTo, ...s.expanded, ...s.hidden, ...s.countries]
        .filter((x): x is string => x !== null && !has(x));
      for (const m of missing) expect(problems.join('\n')).toContain(m);
      if (missing.length === 0) expect(problems).toEqual([]);
      expectValid(state);
    }), { numRuns: 500 });
  }, SLOW);
});

/** What the codec will read a raw value as (the tests' own decoding, lenient). */
function safe(v: string): string {
  try {
    return decodeURIComponent(encodeURIComponent(v.replace(/\p{Cs}/gu, '\ufffd')));
  } catch {
    return v;
  }
}
