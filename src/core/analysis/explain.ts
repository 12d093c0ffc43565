/**
 * Words for the analysis: a path hop by hop ("ILO presented at Panel
 * discussion", "Panel discussion is part of Regional Network Meeting"), a whole
 * path as one sentence ("ILO presented at Panel discussion, which is part of
 * Regional Network Meeting, which IOM X co-chaired"), and the evidence of a
 * collaboration link. Each comes with the citations of the relations it uses.
 */
import type { GraphIndex } from '../graph/graph.ts';
import { resolveCitations } from '../graph/describe.ts';
import type { ResolvedCitation } from '../graph/describe.ts';
import type { Citation } from '../model/schema.ts';
import type { CollabLink, Evidence } from './collab.ts';
import type { Hop, Path } from './paths.ts';
import { edgeFrom, ent, predicate, txt } from './words.ts';
import type { Segment } from './words.ts';

export interface ExplainedHop {
  hop: Hop;
  /** One sentence per relation joining the two entities, preferred first. */
  sentences: Segment[][];
  citations: ResolvedCitation[];
}

export function explainHop(g: GraphIndex, hop: Hop): ExplainedHop {
  const sentences: Segment[][] = [];
  const cites: Citation[] = [];
  for (const id of hop.edges) {
    const edge = g.edgeById.get(id);
    if (!edge) continue;
    sentences.push(edgeFrom(g, edge, hop.from));
    cites.push(...edge.citations);
  }
  return { hop, sentences, citations: resolveCitations(g, dedupeCitations(cites)) };
}

export function explainPath(g: GraphIndex, path: Path): ExplainedHop[] {
  return path.hops.map((h) => explainHop(g, h));
}

/**
 * The whole path as one sentence, following each entity with ", which ...":
 * a relation read forwards keeps the entity as subject ("which is part of X"),
 * one read backwards is told from the other side ("which IOM X co-chaired").
 */
export function pathSentence(g: GraphIndex, path: Path): Segment[] {
  const out: Segment[] = [];
  path.hops.forEach((hop, i) => {
    const edge = g.edgeById.get(hop.edges[0] ?? '');
    if (!edge) return;
    const t = g.relationTypes.get(edge.type);
    const forward = edge.source === hop.from;
    if (i === 0) {
      out.push(...edgeFrom(g, edge, hop.from));
    } else if (forward) {
      out.push(txt(`, which ${predicate(t?.label ?? edge.type)} `), ent(g, hop.to));
    } else {
      out.push(txt(', which '), ent(g, hop.to), txt(` ${predicate(t?.label ?? edge.type)}`));
    }
  });
  if (out.length > 0) out.push(txt('.'));
  return out;
}

export interface ExplainedEvidence {
  evidence: Evidence;
  sentence: Segment[];
  /** Edge ids the evidence rests on (to open them and their sources). */
  edges: string[];
  citations: ResolvedCitation[];
}

/**
 * One shared context of a link in words: "Both co-chaired Regional Network
 * Meeting"; "Regional Network Meeting: IOM X co-chaired it; ILO presented at
 * Panel discussion, part of it"; "GAATW supported Trafficking Representations".
 */
export function explainEvidence(g: GraphIndex, link: CollabLink, ev: Evidence): ExplainedEvidence {
  const ea = g.edgeById.get(ev.relationA);
  const eb = g.edgeById.get(ev.relationB);
  const edges = [...new Set([ev.relationA, ev.relationB])];
  const cites = edges.flatMap((id) => g.edgeById.get(id)?.citations ?? []);
  const citations = resolveCitations(g, dedupeCitations(cites));
  if (!ea || !eb) return { evidence: ev, sentence: [txt('(relation not found)')], edges, citations };
  const la = g.relationTypes.get(ea.type)?.label ?? ea.type;
  const lb = g.relationTypes.get(eb.type)?.label ?? eb.type;

  let sentence: Segment[];
  if (ev.kind === 'direct') {
    sentence = [ent(g, ea.source), txt(` ${la} `), ent(g, ea.target)];
  } else if (ev.kind === 'membership') {
    sentence = [txt('Both belong to '), ent(g, ev.contextId)];
  } else if (la === lb && !ev.viaA && !ev.viaB) {
    sentence = [txt(`Both ${predicate(la, true)} `), ent(g, ev.contextId)];
  } else {
    const side = (who: string, label: string, via: string | undefined): Segment[] => via
      ? [ent(g, who), txt(` ${label} `), ent(g, via), txt(', part of it')]
      : [ent(g, who), txt(` ${label} it`)];
    sentence = [ent(g, ev.contextId), txt(': '), ...side(link.a, la, ev.viaA), txt('; '), ...side(link.b, lb, ev.viaB)];
  }
  return { evidence: ev, sentence, edges, citations };
}

function dedupeCitations(list: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const c of list) {
    const key = `${c.source}|${c.paragraph ?? ''}|${c.note ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
