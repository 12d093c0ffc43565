/**
 * The measuring Worker rebuilds the graph from a light copy sent in slices:
 * the networks it builds within the filters are the ones the page would build.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/graph.ts';
import { filtersKey, graphParts, scopedNetwork } from '../../../src/core/analysis/scoped.ts';
import { emptyView, setCountries, setDates } from '../../../src/core/view/state.ts';
import { bundled } from './fixtures.ts';

describe('scoped networks from a light copy of the graph', () => {
  const d = bundled().dataset;
  const g = buildGraph(d);
  const parts = [...graphParts(d, 7)];
  const rebuilt = buildGraph({
    ...parts[0]!.meta,
    entities: parts.flatMap((p) => p.entities),
    relations: parts.flatMap((p) => p.relations),
  });

  it('leaves out texts and citations, and keeps every entity and relation once', () => {
    expect(parts.length).toBe(Math.ceil(Math.max(d.entities.length, d.relations.length) / 7));
    expect([...graphParts({ ...d, entities: [], relations: [] }, 7)]).toHaveLength(1);
    expect(rebuilt.entities.map((e) => e.id)).toEqual(d.entities.map((e) => e.id));
    expect(rebuilt.edges.map((e) => e.id)).toEqual(g.edges.map((e) => e.id));
    expect(JSON.stringify(parts)).not.toContain('"citations"');
    expect(parts.some((p) => p.entities.some((e) => 'description' in e))).toBe(false);
  });

  for (const [what, view] of [
    ['no filter', emptyView()],
    ['a country', setCountries(emptyView(), [d.entities.find((e) => e.type === 'country')!.id])],
    ['a period', setDates(emptyView(), '2016-10', '2016-10')],
    ['a hidden type and relation', { ...emptyView(), hiddenTypes: ['topic' as const], hiddenRelations: [d.relations[0]!.type] }],
  ] as const) {
    it(`builds the same networks as the full graph with ${what}`, () => {
      for (const kind of ['collab', 'graph'] as const) {
        const want = scopedNetwork(g, kind, view);
        expect(want.nodes.length).toBeGreaterThan(0);
        expect(scopedNetwork(rebuilt, kind, view)).toEqual(want);
      }
    });
  }

  it('keys views by their filters only', () => {
    const v = emptyView();
    expect(filtersKey({ ...v, selected: 'x', query: 'iom' })).toBe(filtersKey(v));
    expect(filtersKey(setDates(v, '2016', '2016'))).not.toBe(filtersKey(v));
  });
});
