/**
 * Indexes over a dataset: entities by id, incident relations, neighbours,
 * countries and dates of each entity. Built once per dataset; read-only after.
 *
 * Event locations (`location.country`) become derived "held in" edges, so that
 * place is part of the graph without the dataset stating it twice.
 */
import type { Dataset, Relation } from '../model/dataset.ts';
import type { Entity, EntityType, RelationType } from '../model/schema.ts';
import { dateEnd, dateStart } from '../model/dates.ts';

export const HELD_IN: RelationType = {
  id: 'held-in',
  label: 'held in',
  inverseLabel: 'location of',
  collaborative: false,
  description: 'Derived from an event\'s location.',
};

export interface Edge extends Relation {
  /** True for edges the explorer derives (event locations), not stated as relations. */
  derived?: boolean;
}

export interface GraphIndex {
  readonly dataset: Dataset;
  readonly entities: readonly Entity[];
  readonly edges: readonly Edge[];
  readonly byId: ReadonlyMap<string, Entity>;
  readonly edgeById: ReadonlyMap<string, Edge>;
  readonly relationTypes: ReadonlyMap<string, RelationType>;
  /** Edges touching each entity, both directions. */
  readonly incident: ReadonlyMap<string, readonly Edge[]>;
  readonly countryIds: readonly string[];
}

export function buildGraph(dataset: Dataset): GraphIndex {
  const byId = new Map<string, Entity>();
  for (const e of dataset.entities) byId.set(e.id, e);
  const relationTypes = new Map<string, RelationType>();
  for (const t of dataset.relationTypes) relationTypes.set(t.id, t);

  const edges: Edge[] = [...dataset.relations];
  const declaredHeldIn = relationTypes.has(HELD_IN.id);
  for (const e of dataset.entities) {
    if (e.type === 'event' && e.location?.country && byId.has(e.location.country)) {
      edges.push({
        id: `held-in:${e.id}`,
        source: e.id,
        target: e.location.country,
        type: HELD_IN.id,
        date: e.start,
        citations: e.citations,
        derived: true,
      });
    }
  }
  if (!declaredHeldIn) relationTypes.set(HELD_IN.id, HELD_IN);

  const incident = new Map<string, Edge[]>();
  const edgeById = new Map<string, Edge>();
  for (const edge of edges) {
    edgeById.set(edge.id, edge);
    push(incident, edge.source, edge);
    if (edge.target !== edge.source) push(incident, edge.target, edge);
  }
  const countryIds = dataset.entities.filter((e) => e.type === 'country').map((e) => e.id);
  return { dataset, entities: dataset.entities, edges, byId, edgeById, relationTypes, incident, countryIds };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function otherEnd(edge: Edge, id: string): string {
  return edge.source === id ? edge.target : edge.source;
}

/** Distinct neighbour ids of an entity, optionally only through allowed edges. */
export function neighbours(g: GraphIndex, id: string, allow?: (edge: Edge) => boolean): string[] {
  const out = new Set<string>();
  for (const edge of g.incident.get(id) ?? []) {
    if (allow && !allow(edge)) continue;
    out.add(otherEnd(edge, id));
  }
  out.delete(id);
  return [...out];
}

/** Number of distinct neighbours. */
export function degree(g: GraphIndex, id: string): number {
  return neighbours(g, id).length;
}

/**
 * Entities within `depth` hops of any start id (breadth-first), including the
 * starts themselves. Only entities accepted by `within` are entered.
 */
export function kHop(
  g: GraphIndex,
  starts: readonly string[],
  depth: number,
  within?: (id: string) => boolean,
  allowEdge?: (edge: Edge) => boolean,
): Set<string> {
  const seen = new Set<string>();
  let frontier: string[] = [];
  for (const s of starts) {
    if (g.byId.has(s) && (!within || within(s)) && !seen.has(s)) {
      seen.add(s);
      frontier.push(s);
    }
  }
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of neighbours(g, id, allowEdge)) {
        if (seen.has(n) || (within && !within(n))) continue;
        seen.add(n);
        next.push(n);
      }
    }
    frontier = next;
  }
  return seen;
}

/** The countries an entity belongs to or took place in (a country is its own). */
export function countriesOf(g: GraphIndex, id: string): string[] {
  const e = g.byId.get(id);
  if (!e) return [];
  if (e.type === 'country') return [e.id];
  const out = new Set<string>();
  for (const edge of g.incident.get(id) ?? []) {
    const other = g.byId.get(otherEnd(edge, id));
    if (other?.type === 'country') out.add(other.id);
  }
  return [...out];
}

/** The date span of an entity as [first day, last day], or undefined if it has no date. */
export function dateSpan(e: Entity): [string, string] | undefined {
  let start: string | undefined;
  let end: string | undefined;
  if (e.type === 'event') {
    start = e.start;
    end = e.end ?? e.start;
  } else if (e.type === 'publication') {
    start = e.date ?? e.period?.start;
    end = e.date ?? e.period?.end ?? e.period?.start;
  }
  if (start === undefined || end === undefined) return undefined;
  const s = dateStart(start);
  const t = dateEnd(end);
  return s !== undefined && t !== undefined ? [s, t] : undefined;
}

export function countByType(entities: readonly Entity[]): Record<EntityType, number> {
  const counts: Record<EntityType, number> = {
    organization: 0, event: 0, publication: 0, country: 0, person: 0, topic: 0,
  };
  for (const e of entities) counts[e.type]++;
  return counts;
}
