import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pathElementIds, shortestPaths } from '../../../src/core/analysis/paths.ts';
import { explainPath, pathSentence } from '../../../src/core/analysis/explain.ts';
import { plain } from '../../../src/core/analysis/words.ts';
import type { GraphIndex } from '../../../src/core/graph/graph.ts';
import type { EntityType } from '../../../src/core/model/schema.ts';
import type { RelationInput } from '../../../src/core/model/schema.ts';
import { bundled, entity, graph, idOf, rel } from './fixtures.ts';

/** A diamond a–{b,c}–d plus a longer way a–e–f–d. */
function diamond(): GraphIndex {
  return graph(
    [entity('a'), entity('b', 'event'), entity('c', 'country'), entity('d'), entity('e', 'event'), entity('f', 'event')],
    [
      rel('a', 'participated-in', 'b'), rel('d', 'co-chaired', 'b'),
      rel('c', 'participated-in', 'a'), rel('d', 'member-of', 'c'),
      rel('a', 'participated-in', 'e'), rel('e', 'part-of', 'f'), rel('d', 'participated-in', 'f'),
    ],
  );
}

describe('shortestPaths', () => {
  it('finds every shortest path, in a deterministic order', () => {
    const r = shortestPaths(diamond(), 'a', 'd');
    expect(r.length).toBe(2);
    expect(r.total).toBe(2);
    expect(r.paths.map((p) => p.nodes)).toEqual([['a', 'b', 'd'], ['a', 'c', 'd']]);
  });

  it('refuses excluded entity types as stepping stones (paths through a country)', () => {
    const r = shortestPaths(diamond(), 'a', 'd', { excludeTypes: ['country'] });
    expect(r.paths.map((p) => p.nodes)).toEqual([['a', 'b', 'd']]);
  });

  it('still allows an excluded type at the ends', () => {
    const r = shortestPaths(diamond(), 'c', 'd', { excludeTypes: ['country'] });
    expect(r.paths.map((p) => p.nodes)).toEqual([['c', 'd']]);
  });

  it('ignores excluded relation types, and finds the longer way', () => {
    const r = shortestPaths(diamond(), 'a', 'd', { excludeRelations: ['co-chaired', 'member-of'] });
    expect(r.length).toBe(3);
    expect(r.paths.map((p) => p.nodes)).toEqual([['a', 'e', 'f', 'd']]);
  });

  it('reports unconnected ends with a null length', () => {
    const r = shortestPaths(diamond(), 'a', 'd', { excludeTypes: ['event', 'country'] });
    expect(r).toEqual({ length: null, total: 0, paths: [] });
    expect(shortestPaths(diamond(), 'a', 'nope').length).toBeNull();
  });

  it('a path from an entity to itself has no hops', () => {
    expect(shortestPaths(diamond(), 'a', 'a')).toEqual({ length: 0, total: 1, paths: [{ nodes: ['a'], hops: [] }] });
  });

  it('caps the listed paths but counts them all', () => {
    // a and z joined through 12 middle events.
    const mids = Array.from({ length: 12 }, (_, i) => `m${String(i).padStart(2, '0')}`);
    const g = graph([entity('a'), entity('z'), ...mids.map((m) => entity(m, 'event'))],
      mids.flatMap((m) => [rel('a', 'participated-in', m), rel('z', 'participated-in', m)]));
    const r = shortestPaths(g, 'a', 'z', { limit: 10 });
    expect(r.total).toBe(12);
    expect(r.paths).toHaveLength(10);
    expect(r.paths[0]?.nodes).toEqual(['a', 'm00', 'z']);
  });

  it('lists every relation joining the two entities of a hop, preferred first', () => {
    const g = graph([entity('a'), entity('m', 'event')], [rel('a', 'participated-in', 'm'), rel('a', 'co-chaired', 'm')]);
    const [p] = shortestPaths(g, 'a', 'm').paths;
    expect(p?.hops).toEqual([{ from: 'a', to: 'm', edges: ['a>co-chaired>m', 'a>participated-in>m'] }]);
    expect(pathElementIds(p ? [p] : [])).toEqual(['a', 'm', 'a>co-chaired>m', 'a>participated-in>m']);
  });

  it('matches brute force (all simple paths, keep the shortest) on random graphs', () => {
    const ids = ['n0', 'n1', 'n2', 'n3', 'n4', 'n5'];
    const kinds: EntityType[] = ['organization', 'event', 'country'];
    const types = ['participated-in', 'member-of', 'focuses-on'];
    const arb = fc.record({
      typesOf: fc.array(fc.constantFrom(...kinds), { minLength: ids.length, maxLength: ids.length }),
      edges: fc.array(fc.record({ s: fc.constantFrom(...ids), t: fc.constantFrom(...types), o: fc.constantFrom(...ids) }), { maxLength: 14 }),
      from: fc.constantFrom(...ids),
      to: fc.constantFrom(...ids),
      exType: fc.subarray(kinds, { maxLength: 1 }),
      exRel: fc.subarray(types, { maxLength: 1 }),
    });
    fc.assert(fc.property(arb, ({ typesOf, edges, from, to, exType, exRel }) => {
      const seen = new Set<string>();
      const relations: RelationInput[] = [];
      for (const e of edges) {
        const k = `${e.s}>${e.t}>${e.o}`;
        if (e.s === e.o || seen.has(k)) continue;
        seen.add(k);
        relations.push(rel(e.s, e.t, e.o));
      }
      const g = graph(ids.map((id, i) => entity(id, typesOf[i]!)), relations);
      const r = shortestPaths(g, from, to, { excludeTypes: exType, excludeRelations: exRel, limit: 1000 });

      // Brute force: every simple path over allowed relations and stepping stones.
      const usable = relations.filter((x) => !exRel.includes(x.type));
      const stepOk = (id: string) => id === to || !exType.includes(g.byId.get(id)!.type);
      const all: string[][] = [];
      const dfs = (at: string, path: string[]) => {
        if (at === to) {
          all.push(path);
          return;
        }
        if (at !== from && !stepOk(at)) return;
        const next = new Set(usable.flatMap((x) => (x.source === at ? [x.target] : x.target === at ? [x.source] : [])));
        for (const n of [...next].sort()) if (!path.includes(n) && stepOk(n)) dfs(n, [...path, n]);
      };
      dfs(from, [from]);
      if (all.length === 0) {
        expect(r.length).toBeNull();
        return;
      }
      const min = Math.min(...all.map((p) => p.length - 1));
      const shortest = all.filter((p) => p.length - 1 === min).map((p) => p.join('>')).sort();
      expect(r.length).toBe(min);
      expect(r.total).toBe(shortest.length);
      expect(r.paths.map((p) => p.nodes.join('>')).sort()).toEqual(shortest);
      for (const p of r.paths) for (const h of p.hops) expect(h.edges.length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });
});

describe('path explanations on the bundled dataset', () => {
  const g = bundled();

  it('explains how ILO is connected to IOM X, hop by hop, with citations', () => {
    const r = shortestPaths(g, idOf(g, 'ILO'), idOf(g, 'IOM X'));
    expect(r.length).toBe(3);
    const path = r.paths[0]!;
    expect(plain(pathSentence(g, path)))
      .toBe('ILO presented at Panel discussion, which is part of Regional Network Meeting, which IOM X co-chaired.');
    const hops = explainPath(g, path);
    expect(hops.map((h) => plain(h.sentences[0]!))).toEqual([
      'ILO presented at Panel discussion',
      'Panel discussion is part of Regional Network Meeting',
      'Regional Network Meeting was co-chaired by IOM X',
    ]);
    for (const h of hops) {
      expect(h.citations.length).toBeGreaterThan(0);
      expect(h.citations[0]?.source?.id).toBe('post-regional-network-meeting');
      expect(h.citations[0]?.paragraph).toBe(3);
    }
  });

  it('makes entity names separate segments so that they can be links', () => {
    const path = shortestPaths(g, idOf(g, 'ILO'), idOf(g, 'IOM X')).paths[0]!;
    const entities = pathSentence(g, path).filter((s) => s.kind === 'entity').map((s) => s.text);
    expect(entities).toEqual(['ILO', 'Panel discussion', 'Regional Network Meeting', 'IOM X']);
  });

  it('tells relations read backwards from the other side, with a verb: "which Viet Nam is member of"', () => {
    const r = shortestPaths(g, idOf(g, 'Myanmar'), idOf(g, 'Viet Nam'));
    expect(r.paths.map((p) => plain(pathSentence(g, p)))).toEqual([
      'Myanmar took part in COMMIT Victim Identification and Referral Mechanisms: Developing Common Guidelines, which Viet Nam took part in.',
      'Myanmar is member of COMMIT, which Viet Nam is member of.',
    ]);
  });

  it('IOM X reaches COMMIT only through countries: none when countries are refused', () => {
    const from = idOf(g, 'IOM X');
    const to = idOf(g, 'COMMIT');
    expect(shortestPaths(g, from, to).length).toBe(3);
    expect(shortestPaths(g, from, to, { excludeTypes: ['country'] }).length).toBeNull();
  });

  it('avoids countries when asked: Cambodia to ASEAN', () => {
    const from = idOf(g, 'Cambodia');
    const to = idOf(g, 'ASEAN');
    const direct = shortestPaths(g, from, to);
    const noCountry = shortestPaths(g, from, to, { excludeTypes: ['country'] });
    expect(direct.length).not.toBeNull();
    expect(noCountry.length).not.toBeNull();
    for (const p of noCountry.paths) {
      expect(p.nodes.slice(1, -1).every((id) => g.byId.get(id)?.type !== 'country')).toBe(true);
    }
  });
});
