/**
 * How the analysis reads relation types. Everything is decided from the
 * dataset's own declarations (`collaborative`, id, label), never from a fixed
 * list of ids, so that another dataset with other relation names still works.
 *
 * The word tests below are deliberately simple and documented: a dataset that
 * wants different behaviour renames its types or sets `collaborative`.
 */
import type { EntityType, RelationType } from '../model/schema.ts';
import type { Edge, GraphIndex } from '../graph/graph.ts';

/** Entity types that can work together: the nodes of the collaboration network. */
export const STAKEHOLDER_TYPES: readonly EntityType[] = ['organization', 'country', 'person'];

export function isStakeholderType(t: EntityType): boolean {
  return STAKEHOLDER_TYPES.includes(t);
}

export function isStakeholder(g: GraphIndex, id: string): boolean {
  const e = g.byId.get(id);
  return e !== undefined && isStakeholderType(e.type);
}

const words = (t: RelationType) => `${t.id} ${t.label}`.toLowerCase();

/** Membership in a process or body: the type's id or label contains "member". */
export function isMembership(t: RelationType | undefined): boolean {
  return t !== undefined && words(t).includes('member');
}

/** "Is part of": id or label contains "part-of" / "part of" (not "took part in"). */
export function isPartOf(t: RelationType | undefined): boolean {
  return t !== undefined && /part[- ]of/.test(words(t));
}

/**
 * Taking part rather than running: "participated", "took part", "attended",
 * "presented", "spoke". Other collaborative relations (co-chaired, facilitated,
 * supported, proposed...) make their source an organiser.
 */
export function isParticipation(t: RelationType | undefined): boolean {
  return t !== undefined && /particip|took part|attend|present|speak|spoke/.test(words(t));
}

export function relationType(g: GraphIndex, edge: Edge): RelationType | undefined {
  return g.relationTypes.get(edge.type);
}

/**
 * Order of preference when several edges say the same thing: stated before
 * derived, collaborative before not, then by id (deterministic).
 */
export function compareEdges(g: GraphIndex, a: Edge, b: Edge): number {
  const ca = relationType(g, a)?.collaborative ? 0 : 1;
  const cb = relationType(g, b)?.collaborative ? 0 : 1;
  return (a.derived ? 1 : 0) - (b.derived ? 1 : 0) || ca - cb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Plain string comparison (not locale-aware), for deterministic orders of ids. */
export function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The events an event belongs to, transitively through "part of" relations
 * whose target is also an event (a panel → its meeting → the day). Cycle-safe.
 * Nearest first.
 */
export function parentEvents(g: GraphIndex, id: string, allowEdge?: (e: Edge) => boolean): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const x of frontier) {
      for (const edge of g.incident.get(x) ?? []) {
        if (edge.source !== x || (allowEdge && !allowEdge(edge)) || !isPartOf(relationType(g, edge))) continue;
        const parent = g.byId.get(edge.target);
        if (parent?.type !== 'event' || seen.has(parent.id)) continue;
        seen.add(parent.id);
        out.push(parent.id);
        next.push(parent.id);
      }
    }
    frontier = next.sort(byId);
  }
  return out;
}

/**
 * The processes an entity belongs to: targets of its "part of" or membership
 * relations that are not events (a process is an organization such as COMMIT),
 * looked up from the entity and from every event it is part of.
 */
export function processesOf(g: GraphIndex, id: string, allowEdge?: (e: Edge) => boolean): string[] {
  const out = new Set<string>();
  for (const x of [id, ...parentEvents(g, id, allowEdge)]) {
    for (const edge of g.incident.get(x) ?? []) {
      if (edge.source !== x || (allowEdge && !allowEdge(edge))) continue;
      const t = relationType(g, edge);
      if (!isPartOf(t) && !isMembership(t)) continue;
      const target = g.byId.get(edge.target);
      if (target && target.type !== 'event' && target.type !== 'topic' && target.type !== 'publication') out.add(target.id);
    }
  }
  return [...out].sort(byId);
}
