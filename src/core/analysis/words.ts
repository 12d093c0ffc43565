/**
 * Sentences about the graph as lists of segments, so that the UI can make the
 * entity names clickable without parsing text (and without {@html}).
 */
import type { Edge, GraphIndex } from '../graph/graph.ts';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'entity'; id: string; text: string };

export const txt = (text: string): Segment => ({ kind: 'text', text });

export function ent(g: GraphIndex, id: string): Segment {
  return { kind: 'entity', id, text: g.byId.get(id)?.name ?? id };
}

export function plain(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

/** Past forms that do not end in "-ed", and other verbs a label may start with. */
const VERBS = new Set([
  'took', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'gave', 'held', 'led', 'ran', 'met', 'made', 'wrote',
  'won', 'began', 'became', 'brought', 'built', 'chose', 'did', 'drew', 'found', 'got', 'kept', 'knew', 'left',
  'paid', 'put', 'read', 'said', 'saw', 'sent', 'set', 'spoke', 'stood', 'taught', 'told', 'went', 'will', 'can',
  'may', 'must', 'shall', 'should', 'would', 'could',
]);

function verbLike(word: string): boolean {
  const w = word.toLowerCase();
  if (VERBS.has(w) || w.endsWith('ed')) return true;
  // "follows", "includes", "aims" — but not "focus", "status", "process".
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us');
}

/** Participles that, followed by a preposition, read as a passive ("held in", "launched at"). */
const PASSIVE_HEADS = new Set([
  'held', 'located', 'based', 'hosted', 'organised', 'organized', 'published', 'launched', 'founded', 'funded',
  'written', 'built', 'affiliated', 'implemented', 'adopted', 'signed', 'agreed', 'endorsed', 'issued', 'released',
]);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'by', 'through', 'from', 'with', 'under', 'during', 'for']);

/**
 * A relation label made into a predicate: "part of" → "is part of",
 * "co-chaired by" → "was co-chaired by", "presented at" stays as it is.
 * Heuristic and documented: "<verb>-ed [word] by" is a passive and gets "was",
 * as does a known participle followed by a preposition ("held in", "launched
 * at"); other labels starting with a verb are used as they are ("presented at",
 * "took part in"); anything else ("part of", "member of", "to be endorsed by")
 * gets "is".
 */
export function predicate(label: string, plural = false): string {
  const words = label.split(/\s+/);
  const first = words[0] ?? '';
  const was = plural ? 'were' : 'was';
  if (/^\S+ed(?: \S+)? by$/.test(label)) return `${was} ${label}`;
  if (words.length === 2 && PASSIVE_HEADS.has(first.toLowerCase()) && PREPOSITIONS.has(words[1]!.toLowerCase())) return `${was} ${label}`;
  if (verbLike(first)) return label;
  return `${plural ? 'are' : 'is'} ${label}`;
}

/** How an edge reads when walked from `fromId`: the label forwards, the inverse label backwards. */
export function labelFrom(g: GraphIndex, edge: Edge, fromId: string): string {
  const t = g.relationTypes.get(edge.type);
  if (!t) return edge.type;
  return edge.source === fromId ? t.label : t.inverseLabel;
}

/** "Panel discussion is part of Regional Network Meeting", read from `fromId`. */
export function edgeFrom(g: GraphIndex, edge: Edge, fromId: string): Segment[] {
  const to = edge.source === fromId ? edge.target : edge.source;
  return [ent(g, fromId), txt(` ${predicate(labelFrom(g, edge, fromId))} `), ent(g, to)];
}

/** "A, B and C" (and "and N more" past `max`). */
export function listSegments(g: GraphIndex, ids: readonly string[], max = 4): Segment[] {
  const shown = ids.slice(0, max);
  const rest = ids.length - shown.length;
  const out: Segment[] = [];
  shown.forEach((id, i) => {
    if (i > 0) out.push(txt(i === shown.length - 1 && rest === 0 ? ' and ' : ', '));
    out.push(ent(g, id));
  });
  if (rest > 0) out.push(txt(` and ${rest} more`));
  return out;
}
