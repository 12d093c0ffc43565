/**
 * `project` counts the whole graph without listing it when an overview keeps
 * only the most important entities. This checks it against the previous,
 * plain implementation (kept below as the reference): the same drawing, for
 * random graphs and views, with and without an overview.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph, kHop, neighbours } from '../../../src/core/graph/graph.ts';
import type { GraphIndex } from '../../../src/core/graph/graph.ts';
import { NEIGHBOURS_DRAWN, passingFilters, project } from '../../../src/core/graph/visible.ts';
import type { Projection, Restriction } from '../../../src/core/graph/visible.ts';
import type { EntityType } from '../../../src/core/model/schema.ts';
import { ENTITY_TYPES } from '../../../src/core/model/vocab.ts';
import { emptyView } from '../../../src/core/view/state.ts';
import type { ViewState } from '../../../src/core/view/state.ts';
import { dataset, entity, rel } from '../helpers/build.ts';

/** The previous `project`, written plainly: every entity in scope listed, then cut down. */
function reference(g: GraphIndex, s: ViewState, only: Restriction | undefined, limit: number, edgeLimit: number): Projection {
  const passed = passingFilters(g, s);
  const hidden = new Set(s.hidden);
  const edgeOk = (edge: { type: string }) => !s.hiddenRelations.includes(edge.type);
  let scope: Set<string>;
  if (s.depth > 0 && s.focus !== null && g.byId.has(s.focus)) {
    scope = kHop(g, [s.focus], s.depth, (id) => !hidden.has(id) && (s.filterMode === 'fade' || passed.has(id)), edgeOk);
    for (const x of s.expanded) if (scope.has(x)) for (const n of neighbours(g, x, edgeOk)) if (!hidden.has(n)) scope.add(n);
    if (s.selected !== null && g.byId.has(s.selected) && !hidden.has(s.selected)) scope.add(s.selected);
  } else if (only) scope = kHop(g, only.ids, only.neighbours ? 1 : 0, (id) => !hidden.has(id), edgeOk);
  else scope = new Set(g.entities.map((e) => e.id).filter((id) => !hidden.has(id)));
  const nodes = new Set<string>();
  const faded = new Set<string>();
  for (const id of scope) {
    if (passed.has(id)) nodes.add(id);
    else if (s.filterMode === 'fade') faded.add(id);
  }
  const score = (id: string) => g.incident.get(id)?.length ?? 0;
  let overview: Projection['overview'] = null;
  if (nodes.size + faded.size > limit) {
    overview = { shown: 0, total: nodes.size };
    const keep = new Set<string>();
    for (const id of g.entities.map((e) => e.id).sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1))) {
      if (keep.size >= limit) break;
      if (nodes.has(id)) keep.add(id);
    }
    if (s.selected !== null && nodes.has(s.selected)) {
      keep.add(s.selected);
      const around = neighbours(g, s.selected, edgeOk).filter((n) => nodes.has(n));
      const extra = around.filter((n) => !keep.has(n)).sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1));
      const room = Math.max(0, NEIGHBOURS_DRAWN - (around.length - extra.length));
      for (const n of extra.slice(0, room)) keep.add(n);
      if (extra.length > room) overview.neighbours = { shown: around.length - extra.length + room, total: around.length };
    }
    nodes.clear();
    for (const id of keep) nodes.add(id);
    faded.clear();
    overview.shown = nodes.size;
  }
  const edges = new Set<string>();
  for (const edge of g.edges) {
    const drawn = (id: string) => nodes.has(id) || faded.has(id);
    if (edgeOk(edge) && drawn(edge.source) && drawn(edge.target)) edges.add(edge.id);
  }
  let layoutEdges = edges;
  if (edges.size > edgeLimit) {
    layoutEdges = new Set(edges);
    const total = edges.size;
    const weakerEnd = (id: string) => {
      const e = g.edgeById.get(id)!;
      return Math.min(score(e.source), score(e.target));
    };
    const keep = new Set([...edges].sort((a, b) => weakerEnd(b) - weakerEnd(a) || (a < b ? -1 : 1)).slice(0, edgeLimit));
    if (s.selected !== null) for (const edge of g.incident.get(s.selected) ?? []) if (edges.has(edge.id)) keep.add(edge.id);
    if (s.edge !== null && edges.has(s.edge)) keep.add(s.edge);
    edges.clear();
    for (const id of keep) edges.add(id);
    overview = { ...(overview ?? { shown: nodes.size, total: nodes.size }), links: { shown: edges.size, total } };
  }
  const keptByType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const id of passed) keptByType[g.byId.get(id)!.type]++;
  return { nodes, faded, edges, layoutEdges, keptByType, kept: passed.size, overview };
}

const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('project (overview of the whole graph)', () => {
  it('draws what the plain implementation draws (property test on random graphs and views)', () => {
    const TYPES: EntityType[] = ['organization', 'event', 'topic', 'person'];
    const RELS = ['co-chaired', 'participated-in', 'member-of'];
    const arb = fc.record({
      n: fc.integer({ min: 2, max: 30 }),
      links: fc.array(fc.tuple(fc.nat(40), fc.nat(40), fc.nat(2)), { maxLength: 60 }),
      hidden: fc.array(fc.nat(45), { maxLength: 4 }),
      hiddenType: fc.option(fc.constantFrom(...TYPES), { nil: null }),
      hiddenRelation: fc.option(fc.constantFrom(...RELS), { nil: null }),
      fade: fc.boolean(),
      selected: fc.option(fc.nat(45), { nil: null }),
      focus: fc.option(fc.tuple(fc.nat(45), fc.constantFrom<1 | 2>(1, 2)), { nil: null }),
      only: fc.option(fc.tuple(fc.array(fc.nat(45), { maxLength: 4 }), fc.boolean()), { nil: null }),
      limit: fc.integer({ min: 1, max: 35 }),
      edgeLimit: fc.integer({ min: 1, max: 70 }),
    });
    fc.assert(fc.property(arb, (a) => {
      const ents = Array.from({ length: a.n }, (_, i) => TYPES[i % 4] === 'event'
        ? entity(`e${i}`, 'event', { start: '2016' })
        : entity(`x${i}`, TYPES[i % 4]!));
      const ids = ents.map((e) => e.id);
      const pick = (k: number) => (k < ids.length ? ids[k]! : `missing-${k}`);
      const rels = a.links.map(([x, y, t]) => [ids[x % ids.length]!, ids[y % ids.length]!, RELS[t]!] as const)
        .filter(([x, y]) => x !== y)
        .map(([x, y, t]) => rel(x, t, y));
      const g = buildGraph(dataset(ents, rels));
      const s: ViewState = {
        ...emptyView(),
        hidden: a.hidden.map(pick),
        hiddenTypes: a.hiddenType ? [a.hiddenType] : [],
        hiddenRelations: a.hiddenRelation ? [a.hiddenRelation] : [],
        filterMode: a.fade ? 'fade' : 'remove',
        selected: a.selected === null ? null : pick(a.selected),
        focus: a.focus ? pick(a.focus[0]) : null,
        depth: a.focus ? a.focus[1] : 0,
      };
      const only = a.only ? { ids: a.only[0].map(pick), neighbours: a.only[1] } : undefined;
      const want = reference(g, s, only, a.limit, a.edgeLimit);
      const got = project(g, s, only, { limit: a.limit, edgeLimit: a.edgeLimit });
      expect(sorted(got.nodes)).toEqual(sorted(want.nodes));
      expect(sorted(got.faded)).toEqual(sorted(want.faded));
      expect(sorted(got.edges)).toEqual(sorted(want.edges));
      expect(sorted(got.layoutEdges)).toEqual(sorted(want.layoutEdges));
      expect(got.overview).toEqual(want.overview);
      expect(got.keptByType).toEqual(want.keptByType);
      expect(got.kept).toBe(want.kept);
    }), { numRuns: 500 });
  });
});
