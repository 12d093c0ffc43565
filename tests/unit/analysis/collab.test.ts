import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collaborationNetwork, linkId } from '../../../src/core/analysis/collab.ts';
import { explainEvidence } from '../../../src/core/analysis/explain.ts';
import { plain } from '../../../src/core/analysis/words.ts';
import type { Entity } from '../../../src/core/model/schema.ts';
import type { RelationInput } from '../../../src/core/model/schema.ts';
import { bundled, entity, graph, idOf, rel, TYPES } from './fixtures.ts';

describe('collaborationNetwork', () => {
  it('links two organizations that co-chaired the same meeting, with the meeting as evidence', () => {
    const g = graph(
      [entity('a'), entity('b'), entity('m', 'event')],
      [rel('a', 'co-chaired', 'm'), rel('b', 'co-chaired', 'm')],
    );
    const net = collaborationNetwork(g);
    expect(net.links).toHaveLength(1);
    const link = net.links[0]!;
    expect(link).toMatchObject({ id: 'collab:a|b', a: 'a', b: 'b', weight: 1 });
    expect(link.evidence).toEqual([{ kind: 'shared', contextId: 'm', relationA: 'a>co-chaired>m', relationB: 'b>co-chaired>m' }]);
  });

  it('weight counts the distinct shared contexts (events, publications, processes)', () => {
    const g = graph(
      [entity('a'), entity('b'), entity('m1', 'event'), entity('m2', 'event'), entity('p', 'publication'), entity('proc')],
      [
        rel('a', 'participated-in', 'm1'), rel('b', 'co-chaired', 'm1'),
        rel('a', 'participated-in', 'm2'), rel('b', 'participated-in', 'm2'),
        rel('a', 'supported', 'p'), rel('b', 'supported', 'p'),
        rel('a', 'member-of', 'proc'), rel('b', 'member-of', 'proc'),
      ],
    );
    const link = collaborationNetwork(g).linkById.get(linkId('a', 'b'))!;
    expect(link.weight).toBe(4);
    expect(link.evidence.map((e) => e.contextId).sort()).toEqual(['m1', 'm2', 'p', 'proc']);
    expect(link.evidence.find((e) => e.contextId === 'proc')?.kind).toBe('membership');
  });

  it('ignores relations that are not collaborative (a venue, a topic)', () => {
    const g = graph(
      [entity('a'), entity('b'), entity('m', 'event'), entity('t', 'topic')],
      [rel('a', 'venue-of', 'm'), rel('b', 'participated-in', 'm'), rel('m', 'focuses-on', 't')],
    );
    expect(collaborationNetwork(g).links).toEqual([]);
  });

  it('counts a direct collaborative relation between two stakeholders as a context', () => {
    const g = graph([entity('a'), entity('b')], [rel('a', 'supported', 'b')]);
    const [link] = collaborationNetwork(g).links;
    expect(link?.evidence).toEqual([{ kind: 'direct', contextId: 'a>supported>b', relationA: 'a>supported>b', relationB: 'a>supported>b' }]);
  });

  it('counts a part of an event for the event, and keeps only the most specific shared context', () => {
    const g = graph(
      [entity('chair'), entity('x'), entity('y'), entity('meeting', 'event'), entity('panel', 'event')],
      [
        rel('panel', 'part-of', 'meeting'),
        rel('chair', 'co-chaired', 'meeting'),
        rel('x', 'presented-at', 'panel'), rel('y', 'presented-at', 'panel'),
      ],
    );
    const net = collaborationNetwork(g);
    const xChair = net.linkById.get(linkId('x', 'chair'))!;
    expect(xChair.evidence).toEqual([{ kind: 'shared', contextId: 'meeting', relationA: 'chair>co-chaired>meeting', relationB: 'x>presented-at>panel', viaB: 'panel' }]);
    // x and y were both on the panel: the meeting it belongs to is not counted again.
    const xy = net.linkById.get(linkId('x', 'y'))!;
    expect(xy.weight).toBe(1);
    expect(xy.evidence[0]?.contextId).toBe('panel');
    // Without roll-up, the panel's presenters are not linked to the chair.
    expect(collaborationNetwork(g, { rollUp: false }).linkById.has(linkId('x', 'chair'))).toBe(false);
  });

  it('only organizations, countries and people are stakeholders', () => {
    const g = graph(
      [entity('a'), entity('c', 'country'), entity('p', 'person'), entity('t', 'topic'), entity('m', 'event')],
      [rel('a', 'participated-in', 'm'), rel('c', 'participated-in', 'm'), rel('p', 'participated-in', 'm'), rel('t', 'participated-in', 'm')],
    );
    const net = collaborationNetwork(g);
    expect(net.nodes).toEqual(['a', 'c', 'p']);
    expect(net.links.map((l) => l.id)).toEqual(['collab:a|c', 'collab:a|p', 'collab:c|p']);
  });

  it('respects the filters: stakeholders, contexts and relation types left out do not count', () => {
    const g = graph(
      [entity('a'), entity('b'), entity('c'), entity('m1', 'event'), entity('m2', 'event')],
      [rel('a', 'co-chaired', 'm1'), rel('b', 'co-chaired', 'm1'), rel('c', 'co-chaired', 'm1'),
        rel('a', 'participated-in', 'm2'), rel('b', 'participated-in', 'm2')],
    );
    const noC = collaborationNetwork(g, { stakeholder: (id) => id !== 'c' });
    expect(noC.nodes).toEqual(['a', 'b']);
    expect(noC.links.map((l) => l.id)).toEqual(['collab:a|b']);
    const noM1 = collaborationNetwork(g, { context: (id) => id !== 'm1' });
    expect(noM1.links.map((l) => [l.id, l.weight])).toEqual([['collab:a|b', 1]]);
    const noCochair = collaborationNetwork(g, { edge: (e) => e.type !== 'co-chaired' });
    expect(noCochair.links.map((l) => l.evidence[0]?.contextId)).toEqual(['m2']);
  });

  it('orders links by weight, then ids, and lists each stakeholder\'s links heaviest first', () => {
    const g = graph(
      [entity('a'), entity('b'), entity('c'), entity('m1', 'event'), entity('m2', 'event')],
      [rel('a', 'co-chaired', 'm1'), rel('b', 'co-chaired', 'm1'), rel('c', 'co-chaired', 'm1'),
        rel('b', 'participated-in', 'm2'), rel('c', 'participated-in', 'm2')],
    );
    const net = collaborationNetwork(g);
    expect(net.links.map((l) => `${l.id}:${l.weight}`)).toEqual(['collab:b|c:2', 'collab:a|b:1', 'collab:a|c:1']);
    expect(net.linksOf.get('c')?.map((l) => l.id)).toEqual(['collab:b|c', 'collab:a|c']);
  });

  it('matches a brute-force count of shared contexts on random graphs (without roll-up)', () => {
    const ids = ['s0', 's1', 's2', 's3', 'e0', 'e1', 'e2'];
    const types = ['co-chaired', 'participated-in', 'member-of', 'focuses-on', 'venue-of'];
    const arb = fc.array(fc.record({ s: fc.constantFrom(...ids), t: fc.constantFrom(...types), o: fc.constantFrom(...ids) }), { maxLength: 25 });
    fc.assert(fc.property(arb, (raw) => {
      const entities: Entity[] = ids.map((id) => entity(id, id.startsWith('s') ? 'organization' : 'event'));
      const seen = new Set<string>();
      const relations: RelationInput[] = [];
      for (const r of raw) {
        const k = `${r.s}>${r.t}>${r.o}`;
        if (r.s === r.o || seen.has(k)) continue;
        seen.add(k);
        relations.push(rel(r.s, r.t, r.o));
      }
      const g = graph(entities, relations);
      const net = collaborationNetwork(g, { rollUp: false });
      const counts = (t: string) => TYPES.find((x) => x.id === t)!.collaborative || t === 'member-of';
      for (const a of ids.filter((i) => i.startsWith('s'))) {
        for (const b of ids.filter((i) => i.startsWith('s') && i > a)) {
          const ctx = (s: string) => new Set(relations.filter((r) => r.source === s && counts(r.type)).map((r) => r.target));
          const ca = ctx(a);
          let expected = [...ctx(b)].filter((c) => ca.has(c)).length;
          // direct collaborative relations between the two
          expected += relations.filter((r) => ((r.source === a && r.target === b) || (r.source === b && r.target === a))
            && TYPES.find((x) => x.id === r.type)!.collaborative).length;
          expect(net.linkById.get(linkId(a, b))?.weight ?? 0).toBe(expected);
        }
      }
    }), { numRuns: 200 });
  });
});

describe('collaborationNetwork on the bundled dataset', () => {
  const g = bundled();
  const net = collaborationNetwork(g);

  it('links the co-chairs of the Regional Network Meeting, with that meeting as evidence', () => {
    const iom = idOf(g, 'IOM X');
    const unact = idOf(g, 'UN-ACT');
    const meeting = idOf(g, 'Regional Network Meeting');
    const link = net.linkById.get(linkId(iom, unact));
    expect(link).toBeDefined();
    expect(link!.evidence.map((e) => e.contextId)).toContain(meeting);
    expect(plain(explainEvidence(g, link!, link!.evidence[0]!).sentence)).toBe('Both co-chaired Regional Network Meeting');
  });

  it('links the panel presenters to the meeting\'s co-chairs through the panel', () => {
    const link = net.linkById.get(linkId(idOf(g, 'ILO'), idOf(g, 'IOM X')))!;
    expect(plain(explainEvidence(g, link, link.evidence[0]!).sentence))
      .toBe('Regional Network Meeting: ILO presented at Panel discussion, part of it; IOM X co-chaired it');
  });

  it('links the COMMIT member countries to each other, with the process and the workshop as evidence', () => {
    const link = net.linkById.get(linkId(idOf(g, 'Thailand'), idOf(g, 'Viet Nam')))!;
    expect(link.weight).toBe(2);
    expect(link.evidence.map((e) => g.byId.get(e.contextId)?.name).sort()).toEqual([
      'COMMIT', 'COMMIT Victim Identification and Referral Mechanisms: Developing Common Guidelines',
    ]);
  });

  it('does not link a venue to the organizers of what happened there', () => {
    const fcct = idOf(g, 'FCCT');
    expect(net.linksOf.get(fcct) ?? []).toEqual([]);
  });
});
