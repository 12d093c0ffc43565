import { describe, expect, it } from 'vitest';
import { completeMeasures, computeMeasures } from '../../../src/adapters/cytoscape/measures.ts';
import { collabToNetwork, knowledgeNetwork, ordinal, ranks } from '../../../src/core/analysis/network.ts';
import type { Network } from '../../../src/core/analysis/network.ts';
import { collaborationNetwork } from '../../../src/core/analysis/collab.ts';
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import { bundled, idOf } from './fixtures.ts';

function net(edges: [string, string, number?][]): Network {
  const nodes = [...new Set(edges.flatMap(([a, b]) => [a, b]))].sort();
  return { nodes, edges: edges.map(([a, b, w]) => ({ id: `${a}|${b}`, source: a, target: b, weight: w ?? 1 })) };
}

describe('computeMeasures (Cytoscape, headless)', () => {
  const star = computeMeasures(net([['c', 'l1'], ['c', 'l2'], ['c', 'l3'], ['c', 'l4']]));

  it('degree of a star: 4 at the centre, 1 at the leaves', () => {
    expect(star.values.degree?.get('c')).toBe(4);
    expect(star.values.degree?.get('l1')).toBe(1);
  });

  it('betweenness of a star: the centre lies on all 6 leaf-to-leaf paths', () => {
    expect(star.values.betweenness?.get('c')).toBeCloseTo(6, 10);
    expect(star.values.betweenness?.get('l2')).toBe(0);
  });

  it('betweenness of a path a–b–c is 1 for b (each pair counted once)', () => {
    const m = computeMeasures(net([['a', 'b'], ['b', 'c']]));
    expect(m.values.betweenness?.get('b')).toBeCloseTo(1, 10);
  });

  it('harmonic closeness, normalised to the closest: 1 at the centre, (1 + 3 × ½) / 4 at a leaf', () => {
    expect(star.values.closeness?.get('c')).toBeCloseTo(1, 10);
    expect(star.values.closeness?.get('l1')).toBeCloseTo(2.5 / 4, 10);
  });

  it('PageRank: the centre ranks first, the leaves tie, the ranks sum to 1', () => {
    const pr = star.values.pagerank!;
    expect(pr.get('c')).toBeGreaterThan(pr.get('l1')!);
    expect(pr.get('l1')).toBeCloseTo(pr.get('l4')!, 6);
    expect([...pr.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(star.ranks.pagerank?.get('c')).toBe(1);
    expect(star.ranks.pagerank?.get('l3')).toBe(2);
  });

  it('weighted degree sums the weights of the links', () => {
    const m = computeMeasures(net([['a', 'b', 3], ['a', 'c', 2]]));
    expect(m.values.weighted?.get('a')).toBe(5);
    expect(m.values.degree?.get('a')).toBe(2);
  });

  it('an isolated node has zero degree, betweenness and closeness', () => {
    const m = computeMeasures({ nodes: ['a', 'b', 'z'], edges: [{ id: 'ab', source: 'a', target: 'b', weight: 1 }] });
    expect(m.values.degree?.get('z')).toBe(0);
    expect(m.values.betweenness?.get('z')).toBe(0);
    expect(m.values.closeness?.get('z')).toBe(0);
  });

  it('reports measures too slow for the network size as not computed, with the reason', async () => {
    const n = net([['a', 'b'], ['b', 'c'], ['c', 'd']]);
    const m = computeMeasures(n, { betweenness: 3, closeness: 3, pagerank: 3 });
    expect(m.values.betweenness).toBeUndefined();
    expect(m.skipped.betweenness).toMatch(/Not computed: 4 nodes is more than the 3/);
    expect(m.skipped.closeness).toMatch(/closeness/);
    expect(m.values.pagerank).toBeUndefined();
    // PageRank is then filled in by graphology-metrics, close to Cytoscape's own.
    const done = await completeMeasures(n, m);
    expect(done.engine.pagerank).toBe('graphology');
    expect(done.skipped.pagerank).toBeUndefined();
    const cy = computeMeasures(n).values.pagerank!;
    for (const id of n.nodes) expect(done.values.pagerank?.get(id)).toBeCloseTo(cy.get(id)!, 3);
  });
});

describe('degrees of networks too big for any of Cytoscape\'s other measures', () => {
  it('are counted from the links, the same as Cytoscape counts them (parallel links, weights, loops, isolated nodes)', () => {
    const n: Network = {
      nodes: ['a', 'b', 'c', 'd', 'z'],
      edges: [
        { id: 'ab1', source: 'a', target: 'b', weight: 2 },
        { id: 'ab2', source: 'b', target: 'a', weight: 3 },
        { id: 'bc', source: 'b', target: 'c', weight: 1 },
        { id: 'cc', source: 'c', target: 'c', weight: 4 },
        { id: 'cd', source: 'c', target: 'd', weight: 0 },
      ],
    };
    const counted = computeMeasures(n, { betweenness: 1, closeness: 1, pagerank: 1 });
    const cytoscape = computeMeasures(n);
    expect(counted.engine.degree).toBeUndefined();
    expect(cytoscape.engine.degree).toBe('cytoscape');
    expect(Object.fromEntries(counted.values.degree!)).toEqual(Object.fromEntries(cytoscape.values.degree!));
    expect(Object.fromEntries(counted.values.weighted!)).toEqual(Object.fromEntries(cytoscape.values.weighted!));
    expect(Object.fromEntries(counted.ranks.degree!)).toEqual(Object.fromEntries(cytoscape.ranks.degree!));
    expect(counted.values.degree?.get('z')).toBe(0);
    expect(counted.skipped.betweenness).toMatch(/Not computed/);
  });
});

describe('ranks and ordinal', () => {
  it('competition ranks: ties share a rank, the next rank skips', () => {
    const r = ranks(new Map([['a', 5], ['b', 3], ['c', 5], ['d', 1]]));
    expect(Object.fromEntries(r)).toEqual({ a: 1, c: 1, b: 3, d: 4 });
  });
  it('ranks among a subset only', () => {
    expect(Object.fromEntries(ranks(new Map([['a', 5], ['b', 3], ['c', 9]]), ['a', 'b']))).toEqual({ a: 1, b: 2 });
  });
  it('ordinal(1, 2, 3, 11, 22, 113)', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 22, 101, 113].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '22nd', '101st', '113th']);
  });
});

describe('measures on the bundled dataset', () => {
  const g = bundled();

  it('collaboration network: Cambodia and Myanmar are the brokers (highest betweenness)', () => {
    const m = computeMeasures(collabToNetwork(collaborationNetwork(g)));
    expect(m.ranks.betweenness?.get(idOf(g, 'Cambodia'))).toBe(1);
    expect(m.ranks.betweenness?.get(idOf(g, 'Myanmar'))).toBe(1);
    expect(m.values.betweenness?.get(idOf(g, 'IOM X'))).toBe(0);
    expect(m.values.degree?.get(idOf(g, 'IOM X'))).toBe(8);
  });

  it('knowledge graph: Cytoscape\'s betweenness equals graphology-metrics\' (Brandes) on every entity', () => {
    const net = knowledgeNetwork(g, g.entities.map((e) => e.id));
    const ref = new Graph({ type: 'undirected' });
    for (const id of net.nodes) ref.addNode(id);
    for (const e of net.edges) ref.mergeEdge(e.source, e.target);
    const expected = betweenness(ref, { normalized: false });
    const m = computeMeasures(net);
    for (const id of net.nodes) expect(m.values.betweenness?.get(id)).toBeCloseTo(expected[id]!, 9);
    expect(m.values.betweenness?.get(idOf(g, 'Thailand'))).toBeGreaterThan(m.values.betweenness?.get(idOf(g, 'IOM X')) ?? Infinity);
  });

  it('knowledge graph: every entity measured, the Regional Network Meeting among the most connected', () => {
    const m = computeMeasures(knowledgeNetwork(g, g.entities.map((e) => e.id)));
    expect(m.nodes).toBe(g.entities.length);
    expect(m.skipped).toEqual({});
    expect(m.ranks.degree?.get(idOf(g, 'Regional Network Meeting'))).toBeLessThanOrEqual(3);
  });
});
