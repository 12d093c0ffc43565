/**
 * Words for the details panel and the list view: neighbours grouped by how the
 * relation reads from the entity's side, and citations resolved to documents.
 */
import type { Citation, Entity, Source } from '../model/schema.ts';
import type { Edge, GraphIndex } from './graph.ts';

export interface NeighbourItem {
  id: string;
  name: string;
  type: Entity['type'];
  edgeId: string;
}

export interface NeighbourGroup {
  /** How the relation reads from this entity: "co-chaired", "co-chaired by". */
  label: string;
  relationType: string;
  outgoing: boolean;
  items: NeighbourItem[];
}

/** Reads an edge from one side: "IOM X co-chaired …" or "… co-chaired by IOM X". */
export function edgeLabelFrom(g: GraphIndex, edge: Edge, fromId: string): string {
  const t = g.relationTypes.get(edge.type);
  if (!t) return edge.type;
  return edge.source === fromId ? t.label : t.inverseLabel;
}

/** Sorts names as `localeCompare` does, without setting up the comparison at every call. */
const byName = new Intl.Collator().compare;

export function neighbourGroups(g: GraphIndex, id: string, visible?: (id: string) => boolean): NeighbourGroup[] {
  const groups = new Map<string, NeighbourGroup>();
  // Neighbours already listed, per group (a hub lists thousands: looking each up in the list was quadratic).
  const listed = new Map<NeighbourGroup, Set<string>>();
  for (const edge of g.incident.get(id) ?? []) {
    const outgoing = edge.source === id;
    const otherId = outgoing ? edge.target : edge.source;
    if (visible && !visible(otherId)) continue;
    const other = g.byId.get(otherId);
    if (!other) continue;
    const key = `${edge.type}|${outgoing ? 'out' : 'in'}`;
    let group = groups.get(key);
    if (!group) {
      group = { label: edgeLabelFrom(g, edge, id), relationType: edge.type, outgoing, items: [] };
      groups.set(key, group);
      listed.set(group, new Set());
    }
    const seen = listed.get(group)!;
    if (!seen.has(otherId)) {
      seen.add(otherId);
      group.items.push({ id: otherId, name: other.name, type: other.type, edgeId: edge.id });
    }
  }
  const list = [...groups.values()];
  for (const gr of list) gr.items.sort((a, b) => byName(a.name, b.name));
  return list.sort((a, b) => b.items.length - a.items.length || byName(a.label, b.label));
}

export interface ResolvedCitation {
  source: Source | undefined;
  sourceId: string;
  paragraph?: number;
  note?: string;
}

export function resolveCitations(g: GraphIndex, citations: readonly Citation[]): ResolvedCitation[] {
  return citations.map((c) => ({
    source: g.dataset.sources.find((s) => s.id === c.source),
    sourceId: c.source,
    paragraph: c.paragraph,
    note: c.note,
  }));
}

/** "IOM X co-chaired Regional Network Meeting" */
export function edgeSentence(g: GraphIndex, edge: Edge): string {
  const s = g.byId.get(edge.source)?.name ?? edge.source;
  const t = g.byId.get(edge.target)?.name ?? edge.target;
  const label = g.relationTypes.get(edge.type)?.label ?? edge.type;
  return `${s} ${label} ${t}`;
}

/** Only http(s) links are ever opened; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const u = url.trim();
  // A scheme check on the raw text, without URL parsing tricks: http(s), a host, no spaces or controls.
  return /^https?:\/\/[^\s/?#\p{Cc}]+[^\s\p{Cc}]*$/iu.test(u) ? u : undefined;
}
