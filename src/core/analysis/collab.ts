/**
 * The collaboration network: the knowledge graph turned into links between
 * stakeholders (organizations, countries, people) who worked together.
 *
 * Two stakeholders are linked by every **context** they share:
 * - **shared**: both have a collaborative relation (relation type with
 *   `collaborative: true`, read source → target: the source is the party, the
 *   target the work) to the same entity: they co-chaired, attended, presented
 *   at the same event, supported or authored the same publication...
 * - **membership**: both are members of the same body or process (a relation
 *   type whose id or label contains "member", collaborative or not).
 * - **direct**: one has a collaborative relation to the other (the context is
 *   that relation itself).
 *
 * Sub-events: taking part in a part of an event (a panel of a meeting) counts
 * as taking part in the event, through "part of" relations between events, so
 * the panel's presenters are linked to the meeting's co-chairs. A pair keeps
 * only its most specific shared contexts: if both were on the panel, the
 * meeting it belongs to is not counted again. Processes that events belong to
 * ("part of" an organization) do not make their events' parties collaborators;
 * that closeness is what `suggest.ts` uses.
 *
 * The weight of a link is the number of contexts kept. Everything is ordered
 * deterministically: links by weight (descending) then ids, evidence by date.
 */
import type { Edge, GraphIndex } from '../graph/graph.ts';
import { dateSpan } from '../graph/graph.ts';
import { byId, compareEdges, isMembership, isStakeholder, parentEvents, relationType } from './relations.ts';

export type EvidenceKind = 'shared' | 'membership' | 'direct';

export interface Evidence {
  kind: EvidenceKind;
  /** The shared entity (shared, membership) or, for `direct`, the relation's edge id. */
  contextId: string;
  /** Edge linking `a` (or the sub-event `viaA`) to the context. */
  relationA: string;
  /** Edge linking `b` (or the sub-event `viaB`) to the context. */
  relationB: string;
  /** The part of the context event that `a` took part in, when not the event itself. */
  viaA?: string;
  viaB?: string;
}

export interface CollabLink {
  /** `collab:<a>|<b>`, with a < b. */
  id: string;
  a: string;
  b: string;
  weight: number;
  evidence: Evidence[];
}

export interface CollabNetwork {
  /** Stakeholders in scope (including those with no link), ordered by id. */
  nodes: string[];
  links: CollabLink[];
  linkById: ReadonlyMap<string, CollabLink>;
  /** Links of each stakeholder, heaviest first. */
  linksOf: ReadonlyMap<string, readonly CollabLink[]>;
}

export interface CollabOptions {
  /** Stakeholders to keep (the filters); default all. */
  stakeholder?: (id: string) => boolean;
  /** Contexts (events, publications, processes) and sub-events to count; default all. */
  context?: (id: string) => boolean;
  /** Relations to use (relation-type filter); default all. */
  edge?: (edge: Edge) => boolean;
  /** Count parts of an event for the event (default true). */
  rollUp?: boolean;
}

export function linkId(a: string, b: string): string {
  return a < b ? `collab:${a}|${b}` : `collab:${b}|${a}`;
}

interface Participation {
  edge: Edge;
  kind: 'shared' | 'membership';
  via?: string;
}

export function collaborationNetwork(g: GraphIndex, opts: CollabOptions = {}): CollabNetwork {
  const keepS = (id: string) => isStakeholder(g, id) && (!opts.stakeholder || opts.stakeholder(id));
  const keepC = (id: string) => g.byId.has(id) && (!opts.context || opts.context(id));
  const keepE = (e: Edge) => !opts.edge || opts.edge(e);
  const rollUp = opts.rollUp ?? true;

  // context id → stakeholder id → best participation
  const byContext = new Map<string, Map<string, Participation>>();
  const record = (ctx: string, s: string, p: Participation) => {
    let m = byContext.get(ctx);
    if (!m) byContext.set(ctx, (m = new Map()));
    const old = m.get(s);
    if (!old || better(g, p, old)) m.set(s, p);
  };
  const pairs = new Map<string, { a: string; b: string; evidence: Evidence[] }>();
  const addEvidence = (x: string, y: string, ev: (aFirst: boolean) => Evidence) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const id = linkId(a, b);
    let p = pairs.get(id);
    if (!p) pairs.set(id, (p = { a, b, evidence: [] }));
    p.evidence.push(ev(a === x));
  };

  for (const edge of g.edges) {
    if (!keepE(edge) || edge.source === edge.target || !keepS(edge.source)) continue;
    const t = relationType(g, edge);
    const membership = isMembership(t);
    if (!t?.collaborative && !membership) continue;
    if (t?.collaborative && keepS(edge.target)) {
      addEvidence(edge.source, edge.target, () => ({ kind: 'direct', contextId: edge.id, relationA: edge.id, relationB: edge.id }));
    }
    if (!keepC(edge.target)) continue;
    const kind = membership ? 'membership' : 'shared';
    record(edge.target, edge.source, { edge, kind });
    if (rollUp && g.byId.get(edge.target)?.type === 'event') {
      for (const parent of parentEvents(g, edge.target, keepE)) {
        if (keepC(parent)) record(parent, edge.source, { edge, kind, via: edge.target });
      }
    }
  }

  const ancestors = new Map<string, Set<string>>();
  const ancestorsOf = (id: string) => {
    let s = ancestors.get(id);
    if (!s) ancestors.set(id, (s = new Set(rollUp ? parentEvents(g, id, keepE) : [])));
    return s;
  };

  for (const [ctx, parties] of [...byContext].sort((x, y) => byId(x[0], y[0]))) {
    const ids = [...parties.keys()].sort(byId);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i]!;
        const b = ids[j]!;
        const pa = parties.get(a)!;
        const pb = parties.get(b)!;
        const kind = pa.kind === 'membership' && pb.kind === 'membership' ? 'membership' : 'shared';
        addEvidence(a, b, () => ({
          kind, contextId: ctx, relationA: pa.edge.id, relationB: pb.edge.id,
          ...(pa.via ? { viaA: pa.via } : {}), ...(pb.via ? { viaB: pb.via } : {}),
        }));
      }
    }
  }

  const links: CollabLink[] = [];
  for (const [id, p] of pairs) {
    // Keep the most specific contexts: drop an event when a part of it is also shared.
    const shared = new Set(p.evidence.filter((e) => e.kind !== 'direct').map((e) => e.contextId));
    const evidence = p.evidence
      .filter((e) => e.kind === 'direct' || ![...shared].some((d) => d !== e.contextId && ancestorsOf(d).has(e.contextId)))
      .sort((x, y) => compareEvidence(g, x, y));
    links.push({ id, a: p.a, b: p.b, weight: evidence.length, evidence });
  }
  links.sort((x, y) => y.weight - x.weight || byId(x.a, y.a) || byId(x.b, y.b));

  const nodes = g.entities.filter((e) => keepS(e.id)).map((e) => e.id).sort(byId);
  const linksOf = new Map<string, CollabLink[]>();
  for (const l of links) {
    for (const end of [l.a, l.b]) {
      const list = linksOf.get(end);
      if (list) list.push(l);
      else linksOf.set(end, [l]);
    }
  }
  return { nodes, links, linkById: new Map(links.map((l) => [l.id, l])), linksOf };
}

/** Direct participation beats rolled-up; collaborative beats membership; then edge order. */
function better(g: GraphIndex, p: Participation, old: Participation): boolean {
  if (!p.via !== !old.via) return !p.via;
  if (p.kind !== old.kind) return p.kind === 'shared';
  return compareEdges(g, p.edge, old.edge) < 0;
}

function evidenceDate(g: GraphIndex, e: Evidence): string {
  const entity = g.byId.get(e.contextId);
  const span = entity ? dateSpan(entity) : undefined;
  if (span) return span[0];
  const edge = g.edgeById.get(e.contextId);
  return edge?.date ?? '9999';
}

function compareEvidence(g: GraphIndex, x: Evidence, y: Evidence): number {
  return byId(evidenceDate(g, x), evidenceDate(g, y)) || byId(x.contextId, y.contextId);
}

/** The other end of a link. */
export function partnerOf(link: CollabLink, id: string): string {
  return link.a === id ? link.b : link.a;
}
