/**
 * Property tests of the validator: random JSON, random text and mutations of
 * the bundled dataset. It must never throw; every problem it reports has a path
 * starting with `$` and a sentence; a mutation that breaks the file is reported
 * at (or under) the place that was broken; a mutation that keeps the file valid
 * keeps it valid.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseDatasetText, validateDataset } from '../../../src/core/model/validate.ts';
import type { LoadResult, ValidationIssue } from '../../../src/core/model/validate.ts';
import { formatPath } from '../../../src/core/model/messages.ts';
import { baseDataset } from '../../../scripts/make-broken-fixtures.ts';
import { anyString, nonEmptyText, text } from './arbitraries.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Key = string | number;

const bundledText = readFileSync(new URL('../../../data/october-2016.json', import.meta.url), 'utf8');
const bundled = JSON.parse(bundledText) as { [k: string]: Json };
const clone = <T>(v: T): T => structuredClone(v);
/** Property tests run hundreds of validations: give them time on a slow machine. */
const SLOW = 60_000;

function wellFormed(r: LoadResult): void {
  if (r.ok) return;
  expect(r.errors.length).toBeGreaterThan(0);
  const seen = new Set<string>();
  for (const e of r.errors) {
    expect(typeof e.path).toBe('string');
    expect(e.path).toMatch(/^\$/);
    expect(typeof e.message).toBe('string');
    expect(e.message.trim().length).toBeGreaterThan(5);
    // Outside quoted values, no leaked JavaScript artefacts.
    expect(e.message.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toMatch(/undefined|\[object Object\]|NaN/);
    const key = `${e.path}\u0000${e.message}`;
    expect(seen.has(key), `reported twice: ${e.path} ${e.message}`).toBe(false);
    seen.add(key);
  }
}

function validate(data: unknown): LoadResult {
  let r: LoadResult | undefined;
  expect(() => {
    r = validateDataset(data);
  }).not.toThrow();
  wellFormed(r!);
  return r!;
}

/** Every path in a JSON value (not the root). */
function paths(v: Json, at: Key[] = [], out: Key[][] = []): Key[][] {
  if (Array.isArray(v)) v.forEach((x, i) => { out.push([...at, i]); paths(x, [...at, i], out); });
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) { out.push([...at, k]); paths(v[k]!, [...at, k], out); }
  return out;
}
function get(v: Json, path: Key[]): Json {
  return path.reduce<Json>((o, k) => (o as Record<Key, Json>)[k]!, v);
}
function set(v: Json, path: Key[], value: Json): void {
  (get(v, path.slice(0, -1)) as Record<Key, Json>)[path[path.length - 1]!] = value;
}
function remove(v: Json, path: Key[]): void {
  delete (get(v, path.slice(0, -1)) as Record<Key, Json>)[path[path.length - 1]!];
}
const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/** Reported at the broken place or inside it. */
const relatedTo = (issue: ValidationIssue, p: string) => issue.path === p || issue.path.startsWith(`${p}.`) || issue.path.startsWith(`${p}[`);
const show = (r: LoadResult) => (r.ok ? 'valid' : r.errors.slice(0, 8).map((e) => `${e.path}: ${e.message}`).join('\n'));

const REQUIRED: Record<string, string[]> = {
  dataset: ['format', 'version', 'title', 'sources', 'relationTypes', 'entities', 'relations'],
  source: ['id', 'title', 'publisher', 'date'],
  relationType: ['id', 'label', 'inverseLabel', 'collaborative'],
  entity: ['id', 'type', 'name', 'citations'],
  relation: ['source', 'target', 'type', 'citations'],
  citation: ['source'],
  participants: ['count'],
  period: ['start'],
};
/** What kind of object holds the key at the end of `path` (the test's own reading of the format). */
function context(root: Json, path: Key[]): string {
  const parent = path.slice(0, -1);
  const last = parent[parent.length - 1];
  if (parent.length === 0) return 'dataset';
  if (parent.length === 2 && parent[0] === 'sources') return 'source';
  if (parent.length === 2 && parent[0] === 'relationTypes') return 'relationType';
  if (parent.length === 2 && parent[0] === 'entities') return (get(root, parent) as { type?: string }).type === 'event' ? 'event' : 'entity';
  if (parent.length === 2 && parent[0] === 'relations') return 'relation';
  if (typeof last === 'number' && parent[parent.length - 2] === 'citations') return 'citation';
  return String(last);
}
function isRequired(root: Json, path: Key[]): boolean {
  const ctx = context(root, path);
  const key = String(path[path.length - 1]);
  if (ctx === 'event') return [...REQUIRED.entity!, 'start'].includes(key);
  return (REQUIRED[ctx] ?? []).includes(key);
}

const bundledPaths = paths(bundled);
const objectKeyPaths = bundledPaths.filter((p) => typeof p[p.length - 1] === 'string');
const entityCount = (bundled.entities as Json[]).length;
const relationCount = (bundled.relations as Json[]).length;

describe('validator: random input never throws and every problem has a path and a sentence', () => {
  it('any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
      const r = validate(v);
      // Only a real dataset is valid, and random JSON essentially never is.
      expect(r.ok).toBe(false);
    }), { numRuns: 1000 });
  }, SLOW);

  it('dataset-shaped objects whose fields hold anything', () => {
    const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), text(12), fc.constantFrom('2016-13-45', '2016-02-30', '', 'ct-explorer-dataset', 1, -1, 0.5));
    const citation = fc.record({ source: anyValue, paragraph: anyValue, note: anyValue }, { requiredKeys: [] });
    const entity = fc.record({
      id: anyValue, type: fc.oneof(fc.constantFrom('organization', 'event', 'publication', 'country', 'person', 'topic'), anyValue),
      name: anyValue, aliases: anyValue, start: anyValue, end: anyValue, date: anyValue, period: fc.record({ start: anyValue, end: anyValue }, { requiredKeys: [] }),
      location: fc.record({ place: anyValue, country: anyValue }, { requiredKeys: [] }), participants: anyValue,
      citations: fc.oneof(fc.array(citation, { maxLength: 3 }), anyValue), attributes: fc.dictionary(text(8), anyValue, { maxKeys: 3 }),
      sensitive: anyValue, sensitiveFields: anyValue, colour: anyValue, ['__proto__']: anyValue,
    }, { requiredKeys: [] });
    const relation = fc.record({ id: anyValue, source: anyValue, target: anyValue, type: anyValue, date: anyValue, citations: fc.oneof(fc.array(citation, { maxLength: 2 }), anyValue) }, { requiredKeys: [] });
    const dataset = fc.record({
      format: fc.oneof(fc.constant('ct-explorer-dataset'), anyValue), version: fc.oneof(fc.constant(1), anyValue), title: anyValue,
      sources: fc.oneof(fc.array(fc.record({ id: anyValue, title: anyValue, publisher: anyValue, date: anyValue, paragraphs: anyValue, url: anyValue }, { requiredKeys: [] }), { maxLength: 3 }), anyValue),
      relationTypes: fc.oneof(fc.array(fc.record({ id: anyValue, label: anyValue, inverseLabel: anyValue, collaborative: anyValue, acyclic: anyValue }, { requiredKeys: [] }), { maxLength: 3 }), anyValue),
      entities: fc.oneof(fc.array(entity, { maxLength: 6 }), anyValue),
      relations: fc.oneof(fc.array(relation, { maxLength: 6 }), anyValue),
    }, { requiredKeys: [] });
    fc.assert(fc.property(dataset, (d) => {
      validate(d);
    }), { numRuns: 600 });
  }, SLOW);

  it('any text, and the bundled file cut or spliced anywhere', () => {
    const spliced = fc.tuple(fc.nat({ max: bundledText.length }), fc.nat({ max: 40 }), anyString(6))
      .map(([at, cut, insert]) => bundledText.slice(0, at) + insert + bundledText.slice(at + cut));
    const truncated = fc.nat({ max: bundledText.length - 1 }).map((n) => bundledText.slice(0, n));
    fc.assert(fc.property(fc.oneof(anyString(200), spliced, truncated), (t) => {
      let r: LoadResult | undefined;
      expect(() => {
        r = parseDatasetText(t);
      }).not.toThrow();
      wellFormed(r!);
      if (!r!.ok) {
        const where = /at line (\d+), column (\d+)/.exec(r!.errors[0]!.message);
        if (where) expect(Number(where[1])).toBeLessThanOrEqual(t.split('\n').length);
      }
    }), { numRuns: 700 });
  }, SLOW);
});

describe('validator: mutations of the bundled dataset', () => {
  it('the bundled dataset is valid (the starting point)', () => {
    expect(show(validate(clone(bundled)))).toBe('valid');
  });

  it('a value replaced by one of another JSON type is reported at that place', () => {
    const replacement = fc.jsonValue({ maxDepth: 2 });
    fc.assert(fc.property(fc.constantFrom(...bundledPaths), replacement, (path, value) => {
      const d = clone(bundled);
      const old = get(d, path);
      const inAttributes = path[path.length - 2] === 'attributes';
      const primitive = (v: unknown) => ['string', 'number', 'boolean'].includes(kind(v));
      fc.pre(kind(old) !== kind(value) && !(inAttributes && primitive(old) && primitive(value)));
      set(d, path, value as Json);
      const r = validate(d);
      const p = formatPath(path);
      expect(r.ok, `${p} = ${JSON.stringify(value)} was accepted`).toBe(false);
      if (!r.ok) expect(r.errors.some((e) => relatedTo(e, p)), `${p} = ${JSON.stringify(value)}:\n${show(r)}`).toBe(true);
    }), { numRuns: 600 });
  }, SLOW);

  it('a required field removed is reported at its path; an optional one removed keeps the file valid', () => {
    fc.assert(fc.property(fc.constantFrom(...objectKeyPaths), (path) => {
      const d = clone(bundled);
      remove(d, path);
      const r = validate(d);
      const p = formatPath(path);
      if (isRequired(bundled, path)) {
        expect(r.ok, `${p} removed was accepted`).toBe(false);
        if (!r.ok) expect(r.errors.some((e) => e.path === p && /missing/.test(e.message)), `${p}:\n${show(r)}`).toBe(true);
      } else {
        expect(show(r), `${p} removed`).toBe('valid');
      }
    }), { numRuns: 600 });
  }, SLOW);

  it('a duplicated id, a broken reference or an impossible date is reported where it is', () => {
    const mutation = fc.oneof(
      fc.nat({ max: entityCount - 1 }).map((i) => ({ kind: 'duplicate' as const, i })),
      fc.tuple(fc.nat({ max: relationCount - 1 }), fc.constantFrom('source', 'target'), nonEmptyText(30)).map(([i, end, id]) => ({ kind: 'dangling' as const, i, end, id })),
      fc.tuple(fc.nat({ max: relationCount - 1 }), fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .map(([i, y, m, day]) => ({ kind: 'date' as const, i, date: `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}` })),
    );
    const ids = new Set((bundled.entities as { id: string }[]).map((e) => e.id));
    fc.assert(fc.property(mutation, (m) => {
      const d = clone(bundled) as { entities: Json[]; relations: { [k: string]: Json }[] };
      let want: string;
      if (m.kind === 'duplicate') {
        d.entities.push(clone(d.entities[m.i]!));
        want = `$.entities[${entityCount}].id`;
      } else if (m.kind === 'dangling') {
        fc.pre(!ids.has(m.id) && m.id.length <= 200);
        d.relations[m.i]![m.end] = m.id;
        want = `$.relations[${m.i}].${m.end}`;
      } else {
        const [, mo, day] = m.date.split('-').map(Number) as [number, number, number];
        const real = mo >= 1 && mo <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(m.date.slice(0, 4)), mo, 0)).getUTCDate();
        fc.pre(!real);
        d.relations[m.i]!.date = m.date;
        want = `$.relations[${m.i}].date`;
      }
      const r = validate(d);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.some((e) => e.path === want), `${want}:\n${show(r)}`).toBe(true);
    }), { numRuns: 500 });
  }, SLOW);

  it('edits that keep the file valid keep it valid (names, texts, attributes, order, new entities)', () => {
    const types = (bundled.relationTypes as { id: string }[]).map((t) => t.id);
    const edit = fc.oneof(
      fc.tuple(fc.constant('rename' as const), fc.nat({ max: entityCount - 1 }), nonEmptyText(60)),
      fc.tuple(fc.constant('describe' as const), fc.nat({ max: entityCount - 1 }), text(200)),
      fc.tuple(fc.constant('alias' as const), fc.nat({ max: entityCount - 1 }), nonEmptyText(20)),
      fc.tuple(fc.constant('attribute' as const), fc.nat({ max: entityCount - 1 }), text(12), fc.oneof(text(20), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean())),
      fc.tuple(fc.constant('shuffle' as const), fc.nat(), fc.constant('')),
      fc.tuple(fc.constant('add' as const), fc.nat({ max: entityCount - 1 }), nonEmptyText(40), fc.constantFrom('organization', 'country', 'person', 'topic'), fc.constantFrom(...types)),
      fc.tuple(fc.constant('note' as const), fc.nat({ max: relationCount - 1 }), text(40)),
    );
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
      const d = clone(bundled) as { entities: { [k: string]: Json }[]; relations: { [k: string]: Json }[] };
      let added = 0;
      for (const e of edits) {
        const target = d.entities[e[1] % d.entities.length]!;
        if (e[0] === 'rename') target.name = e[2];
        else if (e[0] === 'describe') target.description = e[2];
        else if (e[0] === 'alias') target.aliases = [...((target.aliases as string[] | undefined) ?? []), e[2]];
        else if (e[0] === 'attribute') target.attributes = { ...((target.attributes as Record<string, Json> | undefined) ?? {}), [e[2]]: e[3] };
        else if (e[0] === 'shuffle') {
          const k = e[1] % d.entities.length;
          d.entities = [...d.entities.slice(k), ...d.entities.slice(0, k)];
          d.relations = [...d.relations].reverse();
        } else if (e[0] === 'add') {
          const id = `fresh-${added}`;
          d.entities.push({ id, type: e[3], name: e[2], citations: [{ source: 'post-regional-network-meeting', paragraph: 1 }] });
          d.relations.push({ source: id, type: e[4], target: target.id as string, citations: [{ source: 'post-regional-network-meeting' }] });
          added++;
        } else {
          const rel = d.relations[e[1] % d.relations.length]!;
          rel.citations = [{ source: 'post-regional-network-meeting', note: e[2] }];
        }
      }
      const r = validate(d);
      expect(show(r)).toBe('valid');
      if (r.ok) expect(r.dataset.entities.length).toBe(entityCount + added);
    }), { numRuns: 400 });
  }, SLOW);
});

describe('validator: wrong types at every level of a dataset', () => {
  it('every place in the fixture base dataset, given each wrong JSON type, is reported there', () => {
    const base = baseDataset() as Json;
    const wrongs: Json[] = [null, 7, 'text', true, [], { x: 1 }];
    let checked = 0;
    for (const path of paths(base)) {
      for (const w of wrongs) {
        const old = get(base, path);
        const inAttributes = path[path.length - 2] === 'attributes';
        if (kind(old) === kind(w) || (inAttributes && kind(w) !== 'array' && kind(w) !== 'object' && kind(w) !== 'null')) continue;
        const d = clone(base);
        set(d, path, w);
        const r = validate(d);
        const p = formatPath(path);
        expect(r.ok, `${p} = ${JSON.stringify(w)}`).toBe(false);
        if (!r.ok) expect(r.errors.some((e) => relatedTo(e, p)), `${p} = ${JSON.stringify(w)}:\n${show(r)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  }, SLOW);
});

describe('validator: cycles in an acyclic relation type, against a brute-force reference', () => {
  /** Reference: Kahn's algorithm; a graph is acyclic iff every node can be removed. */
  function hasCycle(n: number, edges: [number, number][]): boolean {
    const indeg = new Array<number>(n).fill(0);
    for (const [, b] of edges) indeg[b]!++;
    const queue = indeg.flatMap((d, i) => (d === 0 ? [i] : []));
    let removed = 0;
    while (queue.length) {
      const v = queue.pop()!;
      removed++;
      for (const [a, b] of edges) if (a === v && --indeg[b]! === 0) queue.push(b);
    }
    return removed < n;
  }

  it('a dataset is refused exactly when its part-of relations have a cycle, and each reported cycle is real', () => {
    const graph = fc.integer({ min: 2, max: 7 }).chain((n) => fc.tuple(
      fc.constant(n),
      fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })).filter(([a, b]) => a !== b), { maxLength: 12 }),
      fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })).filter(([a, b]) => a !== b), { maxLength: 6 }),
    ));
    fc.assert(fc.property(graph, ([n, partOf, other]) => {
      const d = baseDataset() as { entities: Json[]; relations: Json[] };
      for (let i = 0; i < n; i++) d.entities.push({ id: `n${i}`, type: 'event', name: `Node ${i}`, start: '2016', citations: [{ source: 's-report' }] });
      d.relations = [
        ...partOf.map(([a, b]) => ({ source: `n${a}`, type: 'part-of', target: `n${b}`, citations: [{ source: 's-report' }] })),
        // Cycles of a type not declared acyclic are fine.
        ...other.map(([a, b]) => ({ source: `n${a}`, type: 'co-chaired', target: `n${b}`, citations: [{ source: 's-report' }] })),
      ];
      const r = validate(d);
      expect(!r.ok, JSON.stringify(partOf)).toBe(hasCycle(n, partOf));
      if (r.ok) return;
      for (const e of r.errors) {
        expect(e.message).toMatch(/must not form a cycle/);
        const k = Number(/^\$\.relations\[(\d+)\]$/.exec(e.path)?.[1]);
        expect(k).toBeLessThan(partOf.length);
        const ring = [...e.message.matchAll(/"n(\d+)"/g)].map((m) => Number(m[1]));
        expect(ring[0]).toBe(ring[ring.length - 1]);
        for (let i = 0; i + 1 < ring.length; i++) {
          expect(partOf.some(([a, b]) => a === ring[i] && b === ring[i + 1])).toBe(true);
        }
        expect([ring[ring.length - 2], ring[ring.length - 1]]).toEqual(partOf[k]);
      }
    }), { numRuns: 800 });
  }, SLOW);
});
