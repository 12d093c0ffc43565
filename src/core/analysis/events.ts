/**
 * The events as rows for the timeline and the events list: when, where, who ran
 * them and who took part, what they belong to. Who counts as organiser or
 * participant is read from the relation types (see `isParticipation`).
 */
import type { Edge, GraphIndex } from '../graph/graph.ts';
import type { EventEntity } from '../model/schema.ts';
import { dateEnd, dateStart, formatDateRange } from '../model/dates.ts';
import { byId, isPartOf, isParticipation, isStakeholder, parentEvents, processesOf, relationType } from './relations.ts';

export interface Role {
  id: string;
  /** How the relations read from the stakeholder: ["co-chaired"], ["facilitated", "took part in"]. */
  labels: string[];
}

export interface EventRow {
  id: string;
  name: string;
  kind: string;
  /** First and last day, `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** "25–26 October 2016". */
  when: string;
  /** False when the source gives only a month or a year (the span is then that whole month or year). */
  exact: boolean;
  planned: boolean;
  place?: string;
  country?: string;
  /** Participants count as stated, and whether approximate. */
  count?: number;
  approximate?: boolean;
  organisers: Role[];
  participants: Role[];
  /** The event this one is part of (nearest). */
  parent?: string;
  /** Events that are directly part of this one (sessions, panels), in date then name order. */
  parts: string[];
  /** The process (body) it belongs to, directly or through its parent events. */
  process?: string;
  /** Nesting depth: 0 for a top-level event. */
  depth: number;
}

export interface EventRowOptions {
  visible?: (id: string) => boolean;
  edge?: (edge: Edge) => boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function eventRows(g: GraphIndex, opts: EventRowOptions = {}): EventRow[] {
  const visible = (id: string) => !opts.visible || opts.visible(id);
  const edgeOk = (e: Edge) => !opts.edge || opts.edge(e);
  const rows: EventRow[] = [];
  for (const e of g.entities) {
    if (e.type !== 'event' || !visible(e.id)) continue;
    rows.push(eventRow(g, e, visible, edgeOk));
  }
  return treeOrder(rows);
}

/**
 * Chronological, with each event's parts right after it (themselves in date
 * order): the order of a programme. An event whose parent is not listed counts
 * as top-level.
 */
function treeOrder(rows: EventRow[]): EventRow[] {
  const order = (a: EventRow, b: EventRow) => byId(a.start, b.start) || a.name.localeCompare(b.name) || byId(a.id, b.id);
  const listed = new Set(rows.map((r) => r.id));
  const children = new Map<string, EventRow[]>();
  const roots: EventRow[] = [];
  for (const r of rows) {
    if (r.parent && listed.has(r.parent)) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
    else roots.push(r);
  }
  const out: EventRow[] = [];
  const seen = new Set<string>();
  const visit = (r: EventRow) => {
    if (seen.has(r.id)) return;
    seen.add(r.id);
    out.push(r);
    for (const c of (children.get(r.id) ?? []).sort(order)) visit(c);
  };
  for (const r of roots.sort(order)) visit(r);
  for (const r of rows.sort(order)) visit(r); // cycles: whatever is left
  return out;
}

function eventRow(g: GraphIndex, e: EventEntity, visible: (id: string) => boolean, edgeOk: (e: Edge) => boolean): EventRow {
  // Only the event's own parties: the parties of its parts are listed with the parts.
  const organisers = new Map<string, Role>();
  const participants = new Map<string, Role>();
  for (const edge of g.incident.get(e.id) ?? []) {
    if (edge.target !== e.id || !edgeOk(edge) || !isStakeholder(g, edge.source) || !visible(edge.source)) continue;
    const t = relationType(g, edge);
    if (!t?.collaborative) continue;
    const into = isParticipation(t) ? participants : organisers;
    const role = into.get(edge.source) ?? { id: edge.source, labels: [] };
    if (!role.labels.includes(t.label)) role.labels.push(t.label);
    into.set(edge.source, role);
  }
  const name = (id: string) => g.byId.get(id)?.name ?? id;
  const sorted = (m: Map<string, Role>) => [...m.values()].sort((x, y) => name(x.id).localeCompare(name(y.id)) || byId(x.id, y.id));
  const parts = directParts(g, e.id, edgeOk).filter(visible);

  const parents = parentEvents(g, e.id, edgeOk);
  const process = processesOf(g, e.id, edgeOk)[0];
  const start = dateStart(e.start) ?? e.start;
  const end = dateEnd(e.end ?? e.start) ?? start;
  return {
    id: e.id,
    name: e.name,
    kind: e.kind ?? 'other',
    start,
    end,
    when: formatDateRange(e.start, e.end),
    exact: DAY.test(e.start) && (e.end === undefined || DAY.test(e.end)),
    planned: e.status === 'planned',
    ...(e.location?.place ? { place: e.location.place } : {}),
    ...(e.location?.country ? { country: e.location.country } : {}),
    ...(e.participants ? { count: e.participants.count, approximate: e.participants.approximate ?? false } : {}),
    organisers: sorted(organisers),
    participants: sorted(participants),
    parts,
    ...(parents[0] ? { parent: parents[0] } : {}),
    ...(process ? { process } : {}),
    depth: parents.length,
  };
}

/** Events directly part of this one, by start date then name. */
export function directParts(g: GraphIndex, id: string, edgeOk: (e: Edge) => boolean = () => true): string[] {
  const out = new Set<string>();
  for (const edge of g.incident.get(id) ?? []) {
    if (edge.target !== id || !edgeOk(edge) || !isPartOf(relationType(g, edge))) continue;
    if (g.byId.get(edge.source)?.type === 'event') out.add(edge.source);
  }
  const key = (x: string) => {
    const ev = g.byId.get(x);
    return ev?.type === 'event' ? (dateStart(ev.start) ?? ev.start) : '';
  };
  return [...out].sort((a, b) => byId(key(a), key(b)) || (g.byId.get(a)?.name ?? a).localeCompare(g.byId.get(b)?.name ?? b));
}
