import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph } from '../../../src/core/graph/graph.ts';
import { countryReach, NEIGHBOURS_DRAWN, passingFilters, project } from '../../../src/core/graph/visible.ts';
import { emptyView, setCountries, setDates, setDepth, select } from '../../../src/core/view/state.ts';
import { dataset, entity, rel } from '../helpers/build.ts';

const g = buildGraph(dataset(
  [
    entity('th', 'country'), entity('my', 'country'),
    entity('ev-th', 'event', { start: '2016-09-30', location: { place: 'Bangkok', country: 'th' } }),
    entity('ev-my', 'event', { start: '2015-12', location: { country: 'my' } }),
    entity('a'), entity('b'), entity('c'), entity('t', 'topic'),
  ],
  [rel('a', 'co-chaired', 'ev-th'), rel('b', 'participated-in', 'ev-my'), rel('c', 'member-of', 'a'), rel('ev-th', 'focuses-on', 't')],
));

describe('passingFilters', () => {
  it('keeps everything without filters', () => {
    expect(passingFilters(g, emptyView()).size).toBe(g.entities.length);
  });
  it('a country keeps its events and their participants', () => {
    expect([...passingFilters(g, setCountries(emptyView(), ['th']))].sort()).toEqual(['a', 'ev-th', 't', 'th']);
  });
  it('a date range keeps events in it and what they link to', () => {
    expect([...passingFilters(g, setDates(emptyView(), '2015', '2015'))].sort()).toEqual(['b', 'ev-my', 'my']);
  });
});

describe('project', () => {
  it('focus depth 1 keeps the neighbourhood of the focus only', () => {
    const s = setDepth(select(emptyView(), 'a'), 1);
    expect([...project(g, s).nodes].sort()).toEqual(['a', 'c', 'ev-th']);
  });
  it('an overview keeps the most connected and the selection with its neighbours', () => {
    const p = project(g, select(emptyView(), 'b'), undefined, { limit: 2 });
    expect(p.overview).toEqual({ shown: 4, total: 8 });
    expect(p.nodes.has('b')).toBe(true);
    expect(p.nodes.has('ev-my')).toBe(true);
  });
  it('an overview draws the most connected neighbours of a hub, and says how many it left out', () => {
    // A hub event with many participants; participant i also attended i side events (more connected as i grows).
    const n = NEIGHBOURS_DRAWN * 3;
    const people = Array.from({ length: n }, (_, i) => entity(`p${String(i).padStart(3, '0')}`));
    const sides = Array.from({ length: 5 }, (_, k) => entity(`side${k}`, 'event', { start: '2016-10' }));
    const rels = people.flatMap((p, i) => [
      rel(p.id, 'participated-in', 'hub'),
      ...sides.slice(0, Math.floor((i * 5) / n)).map((s) => rel(p.id, 'participated-in', s.id)),
    ]);
    const big = buildGraph(dataset([entity('hub', 'event', { start: '2016-10' }), ...people, ...sides], rels));
    const p = project(big, select(emptyView(), 'hub'), undefined, { limit: 3 });
    expect(p.nodes.has('hub')).toBe(true);
    const drawnPeople = people.filter((x) => p.nodes.has(x.id));
    expect(drawnPeople).toHaveLength(NEIGHBOURS_DRAWN);
    expect(p.overview?.neighbours).toEqual({ shown: NEIGHBOURS_DRAWN, total: n });
    // The ones drawn are the most connected: the last people (with the most side events).
    const fewest = Math.min(...drawnPeople.map((x) => big.incident.get(x.id)!.length));
    for (const x of people) if (!p.nodes.has(x.id)) expect(big.incident.get(x.id)!.length).toBeLessThanOrEqual(fewest);
    // A neighbour left out is drawn once selected (with its own neighbours).
    const left = people.find((x) => !p.nodes.has(x.id))!;
    const q = project(big, select(emptyView(), left.id), undefined, { limit: 3 });
    expect(q.nodes.has(left.id) && q.nodes.has('hub')).toBe(true);
  });
  it('a link limit keeps the links between the most connected, and every link of the selection', () => {
    const all = project(g, emptyView());
    const p = project(g, emptyView(), undefined, { edgeLimit: 2 });
    expect(p.edges.size).toBe(2);
    expect(p.overview).toEqual({ shown: all.nodes.size, total: all.nodes.size, links: { shown: 2, total: all.edges.size } });
    // Every edge kept has a weaker end at least as connected as every edge left out.
    const weaker = (id: string) => { const e = g.edgeById.get(id)!; return Math.min(g.incident.get(e.source)!.length, g.incident.get(e.target)!.length); };
    const kept = Math.min(...[...p.edges].map(weaker));
    for (const id of all.edges) if (!p.edges.has(id)) expect(weaker(id)).toBeLessThanOrEqual(kept);
    // The selection brings its own links back.
    const c = project(g, select(emptyView(), 'c'), undefined, { edgeLimit: 1 });
    for (const edge of g.incident.get('c')!) expect(c.edges.has(edge.id)).toBe(true);
    expect(project(g, emptyView(), undefined, { edgeLimit: 100 }).overview).toBeNull();
  });
});

describe('countryReach', () => {
  it('agrees with passingFilters for each country (property test on random graphs)', () => {
    const arb = fc.record({
      n: fc.integer({ min: 2, max: 12 }),
      links: fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 30 }),
    });
    fc.assert(fc.property(arb, ({ n, links }) => {
      const ents = [entity('c0', 'country'), entity('c1', 'country')];
      for (let i = 0; i < n; i++) {
        ents.push(i % 3 === 0
          ? entity(`e${i}`, 'event', { start: '2016', location: { country: `c${i % 2}` } })
          : entity(`o${i}`, i % 3 === 1 ? 'organization' : 'topic'));
      }
      const ids = ents.map((e) => e.id);
      const rels = links.map(([a, b]) => [ids[a % ids.length]!, ids[b % ids.length]!] as const)
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => rel(a, 'participated-in', b));
      const graph = buildGraph(dataset(ents, rels));
      const reach = countryReach(graph);
      for (const c of ['c0', 'c1']) {
        expect(reach.get(c)).toBe(passingFilters(graph, setCountries(emptyView(), [c])).size);
      }
    }), { numRuns: 300 });
  });
});
