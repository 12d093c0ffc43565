/**
 * "Who should meet": for one stakeholder, the stakeholders it has not worked
 * with yet (no link in the collaboration network) ranked by the Adamic–Adar
 * index over what they have in common.
 *
 * What two stakeholders can have in common (the "neighbours" of the index) are
 * features, each one a node of a stakeholder–feature graph:
 * - a **partner**: a stakeholder both worked with (a link of the collaboration network);
 * - a **topic**: a topic of an event or publication each worked on (or of an event it is part of);
 * - a **country**: a country each works in (directly linked, or where/with whom its events happened);
 * - a **process**: a body or process each belongs to or took part in events of (COMMIT).
 * A feature shared by few stakeholders counts more (1 / ln of how many have it).
 * Each suggestion keeps its reasons grouped by kind, in words, with the part of
 * the score each group brings.
 */
import type { Edge, GraphIndex } from '../graph/graph.ts';
import { countriesOf, otherEnd } from '../graph/graph.ts';
import type { EntityType } from '../model/schema.ts';
import type { CollabNetwork } from './collab.ts';
import { partnerOf } from './collab.ts';
import { addEdge, adamicAdar, adamicAdarWeight } from './linkpred.ts';
import type { Adjacency } from './linkpred.ts';
import { byId, isMembership, isStakeholder, parentEvents, processesOf, relationType } from './relations.ts';
import { listSegments, txt } from './words.ts';
import type { Segment } from './words.ts';

export type ReasonKind = 'topic' | 'country' | 'partner' | 'process';
export const REASON_KINDS: readonly ReasonKind[] = ['partner', 'process', 'topic', 'country'];

export interface Reason {
  kind: ReasonKind;
  /** Entity ids shared (topics, countries, partners or processes). */
  ids: string[];
  /** The part of the score these bring. */
  score: number;
  words: Segment[];
}

export interface Suggestion {
  id: string;
  score: number;
  reasons: Reason[];
}

export interface SuggestOptions {
  /** Types of stakeholder suggested (default organizations and people). */
  types?: readonly EntityType[];
  /** Maximum number of suggestions (default 10). */
  limit?: number;
  /** Entities and relations to use (the filters); default all. */
  within?: (id: string) => boolean;
  edge?: (edge: Edge) => boolean;
  /** A stakeholder–feature graph already built with `featureGraph` (same filters), to reuse it. */
  features?: Adjacency;
}

const key = (kind: ReasonKind, id: string) => `${kind}:${id}`;

/** The stakeholder–feature graph (features are `kind:id` nodes). */
export function featureGraph(g: GraphIndex, collab: CollabNetwork, opts: Pick<SuggestOptions, 'within' | 'edge'> = {}): Adjacency {
  const within = (id: string) => !opts.within || opts.within(id);
  const edgeOk = (e: Edge) => !opts.edge || opts.edge(e);
  const adj = new Map<string, Set<string>>();
  for (const s of collab.nodes) {
    const add = (kind: ReasonKind, id: string) => {
      if (id !== s && within(id)) addEdge(adj, s, key(kind, id));
    };
    for (const l of collab.linksOf.get(s) ?? []) add('partner', partnerOf(l, s));

    // Contexts: what the stakeholder worked on or belongs to, with the events those are part of.
    const contexts = new Set<string>();
    for (const e of g.incident.get(s) ?? []) {
      if (e.source !== s || !edgeOk(e)) continue;
      const t = relationType(g, e);
      if (!t?.collaborative && !isMembership(t)) continue;
      if (isMembership(t) && !isStakeholder(g, e.target)) continue;
      if (!within(e.target)) continue;
      contexts.add(e.target);
      for (const p of parentEvents(g, e.target, edgeOk)) if (within(p)) contexts.add(p);
    }
    for (const c of contexts) {
      const ce = g.byId.get(c);
      if (!ce) continue;
      if (isMembership(linkType(g, s, c))) add('process', c);
      for (const p of processesOf(g, c, edgeOk)) add('process', p);
      for (const e of g.incident.get(c) ?? []) {
        if (!edgeOk(e)) continue;
        const o = g.byId.get(otherEnd(e, c));
        if (o?.type === 'topic') add('topic', o.id);
      }
      if (ce.type === 'event' || ce.type === 'publication') for (const k of countriesOf(g, c)) add('country', k);
    }
    for (const e of g.incident.get(s) ?? []) {
      const o = g.byId.get(otherEnd(e, s));
      if (edgeOk(e) && o?.type === 'topic') add('topic', o.id);
    }
    const self = g.byId.get(s);
    if (self?.type === 'country') addEdge(adj, s, key('country', s));
    else for (const k of countriesOf(g, s)) add('country', k);
  }
  return adj;
}

function linkType(g: GraphIndex, s: string, c: string) {
  const e = (g.incident.get(s) ?? []).find((x) => x.source === s && x.target === c && isMembership(relationType(g, x)));
  return e ? relationType(g, e) : undefined;
}

export function suggestPartners(g: GraphIndex, collab: CollabNetwork, id: string, opts: SuggestOptions = {}): Suggestion[] {
  const types = new Set<EntityType>(opts.types ?? ['organization', 'person']);
  const adj = opts.features ?? featureGraph(g, collab, opts);
  const partners = new Set((collab.linksOf.get(id) ?? []).map((l) => partnerOf(l, id)));
  const inScope = new Set(collab.nodes);
  const candidate = (c: string) => {
    const e = g.byId.get(c);
    return e !== undefined && types.has(e.type) && !partners.has(c) && c !== id && inScope.has(c);
  };
  const scored = adamicAdar(adj, id, candidate).slice(0, opts.limit ?? 10);
  return scored.map((s) => ({ id: s.id, score: s.score, reasons: reasons(g, adj, s.common) }));
}

function reasons(g: GraphIndex, adj: Adjacency, common: readonly string[]): Reason[] {
  const groups = new Map<ReasonKind, { ids: string[]; score: number }>();
  for (const f of common) {
    const i = f.indexOf(':');
    const kind = f.slice(0, i) as ReasonKind;
    const id = f.slice(i + 1);
    const gr = groups.get(kind) ?? { ids: [], score: 0 };
    gr.ids.push(id);
    gr.score += adamicAdarWeight(adj.get(f)?.size ?? 0);
    groups.set(kind, gr);
  }
  const out: Reason[] = [];
  for (const [kind, gr] of groups) {
    const ids = gr.ids.sort((a, b) => (g.byId.get(a)?.name ?? a).localeCompare(g.byId.get(b)?.name ?? b) || byId(a, b));
    out.push({ kind, ids, score: gr.score, words: reasonWords(g, kind, ids) });
  }
  return out.sort((a, b) => b.score - a.score || REASON_KINDS.indexOf(a.kind) - REASON_KINDS.indexOf(b.kind));
}

function reasonWords(g: GraphIndex, kind: ReasonKind, ids: string[]): Segment[] {
  const list = listSegments(g, ids);
  switch (kind) {
    case 'partner':
      return [txt(ids.length > 1 ? 'Common partners: both worked with ' : 'Common partner: both worked with '), ...list];
    case 'topic':
      return [txt(ids.length > 1 ? 'Shared topics: both worked on ' : 'Shared topic: both worked on '), ...list];
    case 'country':
      return [txt(ids.length > 1 ? 'Shared countries: both active in ' : 'Shared country: both active in '), ...list];
    case 'process':
      return [txt('Same process: both belong to, or took part in events of, '), ...list];
  }
}
