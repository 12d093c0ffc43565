/**
 * Relations between generated entities, of the bundled dataset's types, used
 * the way the bundled dataset uses them: organizations take part in, chair,
 * facilitate and support events; events and publications focus on topics;
 * sessions are part of meetings; publications are launched or agreed at events;
 * people author publications and are affiliated with organizations; countries
 * are members of intergovernmental processes.
 *
 * The typed relations come first; then organizations "take part in" events,
 * drawn with heavy-tailed (Zipf) weights, until the target count is reached.
 */
import type { Citation, RelationInput } from '../model/schema.ts';
import type { Rng } from './prng.ts';
import { geometric } from './prng.ts';

export interface Records {
  orgs: { id: string; kind: string; name: string }[];
  events: { id: string; kind: string; start: string; planned: boolean; topic: number; src: number }[];
  pubs: { id: string; kind: string; topic: number; src: number }[];
  persons: { id: string; org: number }[];
}

export interface RelationInputs extends Records {
  rng: Rng;
  topicIds: readonly string[];
  countryIds: readonly string[];
  /** Draws an organization index, heavy-tailed. */
  drawOrg: () => number;
  drawTopic: () => number;
  /** Declared relations to aim for in total. */
  target: number;
  cite: (sourceIndex?: number) => Citation;
}

const ROLE_TYPES: readonly (readonly [string, number])[] = [
  ['facilitated', 35], ['co-chaired', 15], ['supported', 20], ['proposed', 8], ['presented-at', 15], ['venue-of', 7],
];

export function buildRelations(inp: RelationInputs): RelationInput[] {
  const { rng, orgs, events, pubs, persons, topicIds, countryIds, drawOrg, drawTopic, cite } = inp;
  const out: RelationInput[] = [];
  const seen = new Set<string>();
  const add = (source: string, type: string, target: string, src: number | undefined, date?: string): boolean => {
    if (source === target) return false;
    const key = `${source}>${type}>${target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    out.push({ source, type, target, ...(date ? { date } : {}), citations: [cite(src)] });
    return true;
  };
  const byKind = (list: { kind: string }[], kinds: string[]) => list.flatMap((x, i) => (kinds.includes(x.kind) ? [i] : []));
  const venues = byKind(orgs, ['venue']);
  const governments = byKind(orgs, ['government']);
  const processes = byKind(orgs, ['intergovernmental', 'network']);
  const bigEvents = byKind(events, ['conference', 'meeting']);
  const plans = new Set(byKind(pubs, ['plan-of-action', 'convention']));
  const planned = events.flatMap((e, i) => (e.planned ? [i] : []));
  const roleTotal = ROLE_TYPES.reduce((s, [, w]) => s + w, 0);
  const role = (): string => {
    let x = rng.next() * roleTotal;
    for (const [t, w] of ROLE_TYPES) if ((x -= w) < 0) return t;
    return 'facilitated';
  };
  const anyEvent = () => rng.int(0, events.length - 1);

  let bigBefore = 0; // bigEvents[0..bigBefore) are earlier than the current event
  events.forEach((e, i) => {
    const date = e.start;
    while (bigBefore < bigEvents.length && bigEvents[bigBefore]! < i) bigBefore++;
    add(e.id, 'focuses-on', topicIds[e.topic]!, e.src);
    if (rng.chance(0.3)) add(e.id, 'focuses-on', topicIds[drawTopic()]!, e.src);
    const r = role();
    const org = r === 'venue-of' && venues.length ? venues[rng.int(0, venues.length - 1)]! : drawOrg();
    add(orgs[org]!.id, r, e.id, e.src, date);
    if (r === 'co-chaired') add(orgs[drawOrg()]!.id, 'co-chaired', e.id, e.src, date);
    // Sessions, panels and workshops often belong to a larger meeting held before or on the day.
    if (['session', 'panel', 'workshop', 'launch'].includes(e.kind) && rng.chance(0.35)) {
      // One of the last twenty meetings or conferences before it.
      if (bigBefore > 0) add(e.id, 'part-of', events[bigEvents[rng.int(Math.max(0, bigBefore - 20), bigBefore - 1)]!]!.id, e.src);
    }
    if (i > 0 && rng.chance(0.08)) add(e.id, 'follows', events[rng.int(Math.max(0, i - 200), i - 1)]!.id, e.src);
    // Countries take part through the people they send.
    for (let k = rng.chance(0.25) ? geometric(rng, 1.2) + 1 : 0; k > 0; k--) {
      add(countryIds[rng.int(0, countryIds.length - 1)]!, 'participated-in', e.id, e.src, date);
    }
  });

  pubs.forEach((p, i) => {
    add(p.id, 'focuses-on', topicIds[p.topic]!, p.src);
    if (rng.chance(0.2)) add(p.id, 'focuses-on', topicIds[drawTopic()]!, p.src);
    if (rng.chance(0.35)) add(orgs[drawOrg()]!.id, 'supported', p.id, p.src);
    if (events.length && rng.chance(0.25)) add(p.id, 'launched-at', events[anyEvent()]!.id, p.src);
    if (events.length && ['indicators', 'guidelines'].includes(p.kind) && rng.chance(0.5)) add(p.id, 'agreed-at', events[anyEvent()]!.id, p.src);
    if (events.length && rng.chance(0.06)) add(events[anyEvent()]!.id, 'develops', p.id, p.src);
    if (planned.length && rng.chance(0.03)) add(p.id, 'to-be-endorsed-by', events[planned[rng.int(0, planned.length - 1)]!]!.id, p.src);
    if (plans.has(i)) {
      for (let k = rng.int(1, 4); k > 0 && events.length; k--) add(events[anyEvent()]!.id, 'implements', p.id, p.src);
      for (let k = rng.int(2, 6); k > 0 && governments.length; k--) add(orgs[governments[rng.int(0, governments.length - 1)]!]!.id, 'agreed-to', p.id, p.src);
    }
  });

  persons.forEach((p) => {
    add(p.id, 'affiliated-with', orgs[p.org]!.id, undefined);
    for (let k = rng.chance(0.7) ? (rng.chance(0.25) ? 2 : 1) : 0; k > 0 && pubs.length; k--) {
      const pub = pubs[rng.int(0, pubs.length - 1)]!;
      add(p.id, 'authored', pub.id, pub.src);
    }
    if (events.length && rng.chance(0.6)) {
      const e = events[anyEvent()]!;
      add(p.id, 'presented-at', e.id, e.src, e.start);
    }
  });

  if (processes.length) {
    for (const c of countryIds) {
      for (let k = rng.int(0, 3); k > 0; k--) add(c, 'member-of', orgs[processes[rng.int(0, processes.length - 1)]!]!.id, undefined);
    }
    orgs.forEach((o) => {
      if (o.kind !== 'network' && o.kind !== 'intergovernmental' && rng.chance(0.08)) {
        add(o.id, 'member-of', orgs[processes[rng.int(0, processes.length - 1)]!]!.id, undefined);
      }
    });
  }

  // The bulk: participation, heavy-tailed per organization.
  let misses = 0;
  while (out.length < inp.target && events.length && misses < 10_000) {
    const e = events[anyEvent()]!;
    if (add(orgs[drawOrg()]!.id, 'participated-in', e.id, e.src, e.start)) misses = 0;
    else misses++;
  }
  return out;
}
