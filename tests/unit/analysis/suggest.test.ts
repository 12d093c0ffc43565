import { describe, expect, it } from 'vitest';
import { adamicAdar, addEdge, commonNeighbours } from '../../../src/core/analysis/linkpred.ts';
import { collaborationNetwork } from '../../../src/core/analysis/collab.ts';
import { suggestPartners } from '../../../src/core/analysis/suggest.ts';
import { plain } from '../../../src/core/analysis/words.ts';
import { bundled, entity, graph, idOf, rel } from './fixtures.ts';

function adjacency(edges: [string, string][]) {
  const adj = new Map<string, Set<string>>();
  for (const [a, b] of edges) addEdge(adj, a, b);
  return adj;
}

describe('adamicAdar', () => {
  it('sums 1 / ln(degree) over common neighbours', () => {
    const adj = adjacency([['x', 'z1'], ['y', 'z1'], ['x', 'z2'], ['w', 'z2'], ['v', 'z2']]);
    const r = adamicAdar(adj, 'x');
    expect(r.map((s) => s.id)).toEqual(['y', 'v', 'w']);
    expect(r[0]!.score).toBeCloseTo(1 / Math.log(2), 10);
    expect(r[1]!.score).toBeCloseTo(1 / Math.log(3), 10);
    expect(r[0]!.common).toEqual(['z1']);
  });

  it('ranks one rare common neighbour above two hubs (unlike common neighbours)', () => {
    const edges: [string, string][] = [['x', 'rare'], ['y', 'rare'], ['x', 'h1'], ['x', 'h2'], ['u', 'h1'], ['u', 'h2']];
    for (let i = 0; i < 8; i++) edges.push([`f${i}`, 'h1'], [`g${i}`, 'h2']);
    const adj = adjacency(edges);
    expect(commonNeighbours(adj, 'x', 'u')).toBe(2);
    expect(commonNeighbours(adj, 'x', 'y')).toBe(1);
    const r = adamicAdar(adj, 'x');
    expect(r[0]?.id).toBe('y');
    expect(r[1]?.id).toBe('u');
    expect(r[1]!.score).toBeCloseTo(2 / Math.log(10), 10);
  });

  it('scores only the candidates allowed and never the node itself', () => {
    const adj = adjacency([['x', 'z'], ['y', 'z'], ['w', 'z']]);
    expect(adamicAdar(adj, 'x', (id) => id !== 'w').map((s) => s.id)).toEqual(['y']);
    expect(adamicAdar(adjacency([['x', 'z']]), 'x')).toEqual([]);
  });
});

describe('suggestPartners', () => {
  // A worked with P at E1 (on topic T1). C worked with P elsewhere; B worked on T1;
  // D only shares the country K, where every event was held.
  const g = graph(
    [
      entity('A'), entity('B'), entity('C'), entity('D'), entity('P'), entity('K', 'country'),
      entity('T1', 'topic'),
      entity('E1', 'event', { location: { country: 'K' } }), entity('E2', 'event', { location: { country: 'K' } }),
      entity('E3', 'event', { location: { country: 'K' } }), entity('E4', 'event', { location: { country: 'K' } }),
    ],
    [
      rel('A', 'participated-in', 'E1'), rel('P', 'participated-in', 'E1'), rel('E1', 'focuses-on', 'T1'),
      rel('B', 'participated-in', 'E2'), rel('E2', 'focuses-on', 'T1'),
      rel('C', 'participated-in', 'E3'), rel('P', 'participated-in', 'E3'),
      rel('D', 'participated-in', 'E4'),
    ],
  );
  const collab = collaborationNetwork(g);

  it('ranks a common partner, then a shared topic, then a shared country, leaving out existing partners', () => {
    const s = suggestPartners(g, collab, 'A');
    expect(s.map((x) => x.id)).toEqual(['C', 'B', 'D']);
    // K is shared by A, B, C, D, P and K itself: 1/ln 6; T1 by A, B, P: 1/ln 3; P's partners A, C: 1/ln 2.
    expect(s[0]!.score).toBeCloseTo(1 / Math.log(2) + 1 / Math.log(6), 10);
    expect(s[1]!.score).toBeCloseTo(1 / Math.log(3) + 1 / Math.log(6), 10);
    expect(s[2]!.score).toBeCloseTo(1 / Math.log(6), 10);
  });

  it('gives its reasons in words, strongest first', () => {
    const [c, b] = suggestPartners(g, collab, 'A');
    expect(c!.reasons.map((r) => r.kind)).toEqual(['partner', 'country']);
    expect(c!.reasons.map((r) => plain(r.words))).toEqual([
      'Common partner: both worked with P',
      'Shared country: both active in K',
    ]);
    expect(plain(b!.reasons[0]!.words)).toBe('Shared topic: both worked on T1');
  });

  it('suggests countries only when asked', () => {
    expect(suggestPartners(g, collab, 'A').some((x) => x.id === 'K')).toBe(false);
    expect(suggestPartners(g, collab, 'A', { types: ['organization', 'country'] }).some((x) => x.id === 'K')).toBe(true);
  });

  it('counts events of the same process', () => {
    const h = graph(
      [entity('X'), entity('Y'), entity('Z'), entity('PROC'), entity('S1', 'event'), entity('S2', 'event'), entity('S3', 'event')],
      [
        rel('X', 'supported', 'S1'), rel('S1', 'part-of', 'PROC'),
        rel('Y', 'participated-in', 'S2'), rel('S2', 'part-of', 'PROC'),
        rel('Z', 'participated-in', 'S3'),
      ],
    );
    const s = suggestPartners(h, collaborationNetwork(h), 'X');
    expect(s.map((x) => x.id)).toEqual(['Y']);
    expect(plain(s[0]!.reasons[0]!.words)).toBe('Same process: both belong to, or took part in events of, PROC');
  });
});

describe('suggestPartners on the bundled dataset', () => {
  const g = bundled();
  const collab = collaborationNetwork(g);

  it('suggests COMMIT Governments to the Lao Government: same topics and the same process', () => {
    const s = suggestPartners(g, collab, idOf(g, 'Lao Government'));
    expect(s[0]?.id).toBe(idOf(g, 'COMMIT Governments'));
    const kinds = s[0]!.reasons.map((r) => r.kind);
    expect(kinds).toContain('topic');
    expect(kinds).toContain('process');
    expect(plain(s[0]!.reasons.find((r) => r.kind === 'topic')!.words)).toBe('Shared topics: both worked on Referral mechanisms and Victim identification');
  });

  it('never suggests an existing collaborator', () => {
    for (const id of collab.nodes) {
      const partners = new Set((collab.linksOf.get(id) ?? []).flatMap((l) => [l.a, l.b]));
      for (const s of suggestPartners(g, collab, id, { types: ['organization', 'person', 'country'] })) {
        expect(partners.has(s.id)).toBe(false);
        expect(s.id).not.toBe(id);
      }
    }
  });
});
