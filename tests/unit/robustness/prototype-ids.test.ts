/**
 * Ids named like Object.prototype's members ("__proto__", "constructor",
 * "toString", "hasOwnProperty", "valueOf", "prototype") through the pure core:
 * the graph and its neighbours, focus and hiding, the details panel's groups,
 * paths, the collaboration network, the address (every list parameter) and an
 * export read back. Fixture: tests/fixtures/broken/valid/prototype-names.json,
 * a chain __proto__ → constructor → toString → hasOwnProperty → valueOf → prototype.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../../../src/core/model/validate.ts';
import { buildGraph, degree, kHop, neighbours } from '../../../src/core/graph/graph.ts';
import { neighbourGroups } from '../../../src/core/graph/describe.ts';
import { project } from '../../../src/core/graph/visible.ts';
import { shortestPaths } from '../../../src/core/analysis/paths.ts';
import { collaborationNetwork } from '../../../src/core/analysis/collab.ts';
import { decodeView, encodeView, mergeSearch, resolveIds } from '../../../src/core/view/url.ts';
import { emptyView, expand, hide, select, setDepth, toggleRelation } from '../../../src/core/view/state.ts';
import type { ViewState } from '../../../src/core/view/state.ts';
import { exportDataset, importFiles } from '../../../src/core/formats/index.ts';

const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const loaded = parseDatasetText(readFileSync(new URL('../../fixtures/broken/valid/prototype-names.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('prototype-names.json must be valid');
const dataset = loaded.dataset;
const g = buildGraph(dataset);

describe('ids named like Object.prototype\'s members', () => {
  it('the graph holds each with its own relations: neighbours, degree, k hops', () => {
    expect([...g.byId.keys()]).toEqual(IDS);
    expect(neighbours(g, '__proto__')).toEqual(['constructor']);
    expect(neighbours(g, 'constructor').sort()).toEqual(['__proto__', 'toString']);
    expect(IDS.map((id) => degree(g, id))).toEqual([1, 2, 2, 2, 2, 1]);
    expect([...kHop(g, ['toString'], 1)].sort()).toEqual(['constructor', 'hasOwnProperty', 'toString']);
    expect(kHop(g, ['__proto__'], 5).size).toBe(6);
    expect(kHop(g, ['isPrototypeOf'], 2).size).toBe(0);
  });

  it('the details panel groups a neighbour under its relation type, read from either side', () => {
    const groups = neighbourGroups(g, 'constructor').map((x) => [x.relationType, x.label, x.outgoing, x.items.map((i) => i.id)]);
    expect(groups).toEqual(expect.arrayContaining([
      ['__proto__', 'valueOf', false, ['__proto__']],
      ['constructor', 'constructor', true, ['toString']],
    ]));
  });

  it('focus, hiding, expanding and a relation-type filter named "__proto__" project as for any id', () => {
    let s: ViewState = setDepth(select(emptyView(), 'constructor'), 1);
    expect([...project(g, s).nodes].sort()).toEqual(['__proto__', 'constructor', 'toString']);
    s = expand(s, 'toString');
    expect([...project(g, s).nodes].sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString']);
    s = hide(s, '__proto__');
    expect(project(g, s).nodes.has('__proto__')).toBe(false);
    const noProto = toggleRelation(emptyView(), '__proto__');
    expect([...project(g, noProto).edges]).toEqual(['constructor>constructor>toString', 'hasOwnProperty>constructor>valueOf']);
  });

  it('the shortest path runs along them, and the collaboration network keys them like any id', () => {
    const p = shortestPaths(g, '__proto__', 'prototype');
    expect(p.length).toBe(5);
    expect(p.paths[0]?.nodes).toEqual(IDS);
    const net = collaborationNetwork(g);
    for (const id of net.nodes) expect(g.byId.has(id), id).toBe(true);
    for (const l of net.links) expect(net.linkById.get(l.id)).toBe(l);
  });

  it('the address carries every one in every parameter that names entities, and none is reported missing', () => {
    const view: ViewState = {
      ...emptyView(), selected: '__proto__', focus: 'constructor', depth: 2, expanded: ['toString', 'hasOwnProperty'], hidden: ['valueOf', 'prototype'],
      hiddenRelations: ['__proto__', 'constructor'], countries: ['hasOwnProperty'], pathFrom: 'toString', pathTo: '__proto__',
    };
    const search = mergeSearch('?data=/proto.json', view);
    expect(search.startsWith('?data=/proto.json&')).toBe(true);
    const back = decodeView(search);
    expect(back.problems).toEqual([]);
    expect(back.state).toEqual(view);
    const checked = resolveIds(back.state, (id) => g.byId.has(id), (id) => g.edgeById.has(id));
    expect(checked.problems).toEqual([]);
    expect(checked.state).toEqual(view);
    // And an id that only an inherited member would "find" is reported missing.
    const missing = resolveIds(decodeView('sel=isPrototypeOf&hide=__defineGetter__').state, (id) => g.byId.has(id), (id) => g.edgeById.has(id));
    expect(missing.problems).toHaveLength(2);
    expect(encodeView(missing.state)).toBe('');
    // A relation whose id is made of them.
    const edge = decodeView(encodeView({ ...emptyView(), edge: '__proto__>__proto__>constructor' })).state;
    expect(resolveIds(edge, (id) => g.byId.has(id), (id) => g.edgeById.has(id))).toEqual({ state: edge, problems: [] });
  });

  it('an export in every format reads back with the same ids', () => {
    for (const format of ['project', 'cytoscape', 'gexf', 'graphml', 'csv'] as const) {
      const files = exportDataset(dataset, format, '2016-10-31');
      // GEXF and CSV carry no list of sources: they borrow the open dataset's, as in the app.
      const r = importFiles(files.map((f) => ({ name: f.name, text: f.text })), { base: dataset, today: '2016-10-31' });
      if (!r.ok) throw new Error(`${format}: ${r.errors.map((e) => `${e.path} ${e.message}`).join('\n')}`);
      expect(r.dataset.entities.map((e) => e.id), format).toEqual(IDS);
      expect(r.dataset.entities.map((e) => e.attributes), format).toEqual(dataset.entities.map((e) => e.attributes));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
