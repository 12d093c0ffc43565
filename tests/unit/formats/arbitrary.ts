/**
 * fast-check generators of valid datasets, with the text that breaks naive
 * converters: separators (| , ;), backslashes, brackets, quotes, XML specials,
 * line breaks, formula-like cells and non-Latin scripts.
 */
import fc from 'fast-check';
import { finishDataset } from '../../../src/core/model/dataset.ts';
import type { Dataset } from '../../../src/core/model/dataset.ts';
import { EVENT_KINDS, ORGANIZATION_KINDS, PUBLICATION_KINDS } from '../../../src/core/model/schema.ts';
import type { Citation, DatasetInput, Entity, RelationInput, RelationType, Source } from '../../../src/core/model/schema.ts';

const CHARS = ['a', 'b', 'Z', '7', ' ', '|', '\\', '(', ')', '#', '"', "'", ',', ';', '\n', '\t', '&', '<', '>', '=', '-', '+', '@', 'é', 'ไ', 'ệ', 'ខ', '中', '😀'];

/** Non-empty text without leading or trailing blanks (the converters trim cells). */
export const text = (max = 24) =>
  fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: max })
    .map((cs) => cs.join('').trim())
    .filter((s) => s.length > 0);

export const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);

const attrKey = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ._-]{0,10}$/).map((s) => s.trim()).filter((s) => s.length > 0);
const attrValue = fc.oneof(text(12), fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)), fc.boolean());
const attributes = fc.option(fc.dictionary(attrKey, attrValue, { minKeys: 1, maxKeys: 3 }), { nil: undefined });

const date = fc.record({ y: fc.integer({ min: 1990, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), p: fc.integer({ min: 0, max: 2 }) })
  .map(({ y, m, d, p }) => [String(y), `${y}-${String(m).padStart(2, '0')}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`][p] as string);

function citationsArb(sources: Source[]): fc.Arbitrary<Citation[]> {
  const one = fc.record({
    s: fc.constantFrom(...sources),
    para: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    note: fc.option(fc.oneof(text(16), fc.constant('')), { nil: undefined }),
  }).map(({ s, para, note }) => {
    const c: Citation = { source: s.id };
    if (para !== undefined && para <= (s.paragraphs ?? 99)) c.paragraph = para;
    if (note !== undefined) c.note = note;
    return c;
  });
  return fc.array(one, { minLength: 1, maxLength: 3 });
}

const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

export const datasetInput: fc.Arbitrary<DatasetInput> = fc.record({
  sourceIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
  typeIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
  entityIds: fc.uniqueArray(slug.map((s) => `e-${s}`), { minLength: 2, maxLength: 8 }),
  countryIds: fc.uniqueArray(slug.map((s) => `c-${s}`), { minLength: 0, maxLength: 2 }),
  title: text(30),
  description: optional(text(40)),
}).chain(({ sourceIds, typeIds, entityIds, countryIds, title, description }) => {
  const sources = fc.tuple(...sourceIds.map((id) => fc.record({
    title: text(20), publisher: text(12), date, url: optional(fc.constant(`https://example.org/${id}`)), paragraphs: optional(fc.integer({ min: 6, max: 20 })),
  }).map((s) => clean({ id, ...s } as Source))));
  const types = fc.tuple(...typeIds.map((id) => fc.record({ label: text(12), inverseLabel: text(12), collaborative: fc.boolean(), description: optional(text(20)) })
    .map((t) => clean({ id, ...t } as RelationType))));
  return fc.tuple(sources, types).chain(([srcs, rts]) => {
    const cites = citationsArb(srcs);
    const base = (id: string) => ({ id: fc.constant(id), name: text(20), aliases: optional(fc.array(text(8), { minLength: 1, maxLength: 2 })), description: optional(text(40)), citations: cites, attributes });
    const country = (id: string) => fc.record({ ...base(id) }).map((e) => clean({ ...e, type: 'country' } as Entity));
    const other = (id: string) => fc.oneof(
      fc.record({ ...base(id), kind: optional(fc.constantFrom(...ORGANIZATION_KINDS)) }).map((e) => clean({ ...e, type: 'organization' } as Entity)),
      fc.record({
        ...base(id), kind: optional(fc.constantFrom(...EVENT_KINDS)), start: date, endSame: fc.boolean(),
        place: optional(text(10)), country: countryIds.length ? optional(fc.constantFrom(...countryIds)) : fc.constant(undefined),
        participants: optional(fc.record({ count: fc.integer({ min: 0, max: 5000 }), approximate: optional(fc.constant(true)) }).map(clean)),
        status: optional(fc.constantFrom('held', 'planned' as const)),
      }).map(({ endSame, place, country: c, ...e }) => {
        const location = place !== undefined || c !== undefined ? clean({ place, country: c }) : undefined;
        return clean({ ...e, end: endSame ? e.start : undefined, location, type: 'event' } as unknown as Entity);
      }),
      fc.record({ ...base(id), kind: optional(fc.constantFrom(...PUBLICATION_KINDS)), date: optional(date), url: optional(fc.constant('https://example.org/doc')), period: optional(fc.constant({ start: '2015', end: '2018' })) })
        .map((e) => clean({ ...e, type: 'publication' } as Entity)),
      fc.record({ ...base(id), role: optional(text(12)) }).map((e) => clean({ ...e, type: 'person' } as Entity)),
      fc.record({ ...base(id) }).map((e) => clean({ ...e, type: 'topic' } as Entity)),
    );
    const entities = fc.tuple(...countryIds.map(country), ...entityIds.map(other)).map((list) => list.map((e) => clean(e)));
    const all = [...countryIds, ...entityIds];
    const relation = fc.record({
      pair: fc.tuple(fc.constantFrom(...all), fc.constantFrom(...all)).filter(([a, b]) => a !== b),
      type: fc.constantFrom(...typeIds),
      date: optional(date),
      citations: cites,
      attributes,
      withId: fc.boolean(),
    }).map(({ pair, withId, ...r }, ) => clean({ source: pair[0], target: pair[1], ...r, id: withId ? `r-${pair[0]}-${pair[1]}-${r.type}` : undefined } as RelationInput));
    const relations = fc.array(relation, { maxLength: 8 }).map((rs) => {
      const seen = new Set<string>();
      return rs.filter((r) => (r.id === undefined ? true : !seen.has(r.id) && !!seen.add(r.id)));
    });
    return fc.tuple(entities, relations).map(([es, rs]) => clean({
      format: 'ct-explorer-dataset', version: 1, title, description, sources: srcs, relationTypes: rts, entities: es, relations: rs,
    } as DatasetInput));
  });
});

export const dataset: fc.Arbitrary<Dataset> = datasetInput.map(finishDataset);

/** A canonical JSON form (keys sorted) for deep comparison. */
export function canon(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v));
}

/** The graph a dataset describes: what every lossless format must carry. */
export function graphOf(d: Dataset) {
  return {
    entities: canon(d.entities),
    relations: canon(d.relations),
    sources: canon(d.sources),
    relationTypes: canon(d.relationTypes),
  };
}
