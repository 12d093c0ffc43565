/**
 * Search results as the search box shows them: grouped by entity type with
 * counts, each result saying what it is (type; date and place for events),
 * with the matched words highlighted in its name and, when the name alone does
 * not explain the match, a snippet of its description or of the relation that
 * matched ("presented at Regional Network Meeting").
 */
import { TYPE_STYLES } from '../encode/encode.ts';
import type { GraphIndex } from '../graph/graph.ts';
import { formatDate, formatDateRange } from '../model/dates.ts';
import { ENTITY_TYPES } from '../model/vocab.ts';
import type { Entity, EntityType } from '../model/schema.ts';
import { relationLines } from './documents.ts';
import type { RelationLine } from './documents.ts';
import { hasMark, highlight, snippet } from './highlight.ts';
import type { Matcher, Segment } from './highlight.ts';
import type { SearchHit, SearchOutcome } from './index.ts';
import { otherNames } from './names.ts';
import { fuzziness } from './query.ts';
import { fold } from './normalize.ts';
import { tokens } from './tokenize.ts';

export interface ResultView {
  id: string;
  type: EntityType;
  name: Segment[];
  /** What it is: "Event · workshop · 25–26 October 2016 · Bangkok, Thailand". */
  meta: Segment[];
  /** The other name that matched, when it was not the name: "Laos". */
  also: Segment[] | null;
  /** Where else the match is, when the name does not show it. */
  snippet: Segment[] | null;
  exact: boolean;
}

export interface ResultGroup {
  /** Null when results are not grouped (sorted by date). */
  type: EntityType | null;
  /** Matches of this type (all of them, not only those shown). */
  total: number;
  items: ResultView[];
}

export interface Presented {
  groups: ResultGroup[];
  /** Matches by type, over all hits. */
  counts: Record<EntityType, number>;
  /** Results shown. */
  shown: number;
}

export interface PresentOptions {
  /** Results shown per type group. */
  perGroup?: number;
  /** Results shown in all. */
  max?: number;
  /** Group by type (relevance order) or one list in the hits' order (date order). */
  grouped?: boolean;
}

const NAME_FIELDS = new Set(['name', 'aliases', 'other', 'nameGrams']);
const TEXT_FIELDS = new Set(['description', 'textGrams']);
const META_FIELDS = new Set(['facts', 'dates', 'place']);
const RELATION_FIELDS = new Set(['relations', 'labels']);
const SHOWN_FIELDS = new Set([...NAME_FIELDS, ...META_FIELDS]);

function matcherFor(hit: SearchHit, fields: ReadonlySet<string>, queryTerms: readonly string[]): Matcher {
  const docTerms = new Set<string>();
  for (const [term, fs] of Object.entries(hit.match)) if (fs.some((f) => fields.has(f))) docTerms.add(term);
  return { docTerms, queryTerms };
}

/** "Event · workshop · 25–26 October 2016 · Bangkok, Thailand" */
export function metaText(g: GraphIndex, e: Entity): string {
  const parts: string[] = [TYPE_STYLES[e.type].label];
  if ('kind' in e && e.kind && e.kind !== 'other') parts.push(e.kind.replace(/-/g, ' '));
  if (e.type === 'event') {
    parts.push(formatDateRange(e.start, e.end) + (e.status === 'planned' ? ' (planned)' : ''));
    const country = e.location?.country ? g.byId.get(e.location.country)?.name : undefined;
    const place = [e.location?.place, country].filter(Boolean).join(', ');
    if (place) parts.push(place);
  } else if (e.type === 'publication') {
    if (e.date) parts.push(formatDate(e.date));
    else if (e.period) parts.push(formatDateRange(e.period.start, e.period.end));
  } else if (e.type === 'person' && e.role) {
    parts.push(e.role);
  }
  return parts.join(' · ');
}

/** Bounded edit distance (enough to tell whether a fuzzy match came from a query word). */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]! <= max;
}

/** Whether some document term found in the name accounts for query word `q`. */
function explained(q: string, nameTerms: ReadonlySet<string>): boolean {
  const f = fuzziness(q);
  for (const d of nameTerms) {
    if (d.includes(q)) return true;
    if (f > 0 && (within(d, q, f) || within(d.slice(0, q.length), q, f))) return true;
  }
  return false;
}

export function presentHit(g: GraphIndex, hit: SearchHit, queryTerms: readonly string[]): ResultView | null {
  const e = g.byId.get(hit.id);
  if (!e) return null;
  const names = matcherFor(hit, NAME_FIELDS, queryTerms);
  const name = highlight(e.name, names);
  // The other name that matched: the one the query spells exactly, else (if the name shows no match) the first that matched.
  let also: Segment[] | null = null;
  const wanted = queryTerms.join(' ');
  for (const alt of [...(e.aliases ?? []), ...otherNames(e)]) {
    const exact = tokens(alt).map((t) => t.norm).join(' ') === wanted;
    if (!exact && (also || hasMark(name))) continue;
    const segs = highlight(alt, names);
    if (!hasMark(segs)) continue;
    also = segs;
    if (exact) break;
  }
  const meta = highlight(metaText(g, e), matcherFor(hit, META_FIELDS, queryTerms));
  // A snippet only when what is shown (name, other name, type, date, place) does not account for every word.
  const shownTerms = matcherFor(hit, SHOWN_FIELDS, queryTerms).docTerms;
  let snip: Segment[] | null = null;
  const unexplained = hit.queryTerms.some((q) => !explained(q, shownTerms));
  if (unexplained || (!hasMark(name) && !also && !hasMark(meta))) {
    const text = matcherFor(hit, TEXT_FIELDS, queryTerms);
    if (e.description && text.docTerms.size > 0) snip = snippet(e.description, text);
    const rel = matcherFor(hit, RELATION_FIELDS, queryTerms);
    if (!snip && rel.docTerms.size > 0) {
      const needles = [...rel.docTerms];
      const tryLines = (lines: RelationLine[]) => {
        for (const line of lines) {
          // Cheap test first: a country may have hundreds of relation lines.
          const folded = fold(line.text);
          if (!needles.some((d) => folded.includes(d))) continue;
          snip = snippet(line.text, rel);
          if (snip) return;
        }
      };
      // The relation to the neighbour that matched, else any (a label such as "presented at").
      if (hit.related) tryLines(relationLines(g, e.id, hit.related));
      if (!snip) tryLines(relationLines(g, e.id));
    }
    // Matched through a neighbour's other name ("ไทย" for Thailand): show the relation, the neighbour marked.
    const line = !snip && hit.related ? relationLines(g, e.id, hit.related)[0] : undefined;
    const other = hit.related ? g.byId.get(hit.related)?.name : undefined;
    if (line && other && line.text.endsWith(other)) {
      snip = [{ text: line.text.slice(0, line.text.length - other.length), mark: false }, { text: other, mark: true }];
    }
  }
  return {
    id: e.id,
    type: e.type,
    name,
    meta,
    also,
    snippet: snip,
    exact: hit.exact,
  };
}

/** Lays out the first results of a search for the search box. */
export function presentResults(
  g: GraphIndex,
  outcome: Pick<SearchOutcome, 'hits' | 'terms'>,
  opts: PresentOptions = {},
): Presented {
  const { perGroup = 5, max = 30, grouped = true } = opts;
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  const byType = new Map<EntityType, SearchHit[]>();
  for (const h of outcome.hits) {
    const t = h.type;
    counts[t]++;
    if (grouped) {
      const list = byType.get(t);
      if (!list) byType.set(t, [h]);
      else if (list.length < perGroup) list.push(h);
    }
  }
  let shown = 0;
  const view = (hits: SearchHit[]) => {
    const items: ResultView[] = [];
    for (const h of hits) {
      if (shown >= max) break;
      const v = presentHit(g, h, outcome.terms);
      if (v) {
        items.push(v);
        shown++;
      }
    }
    return items;
  };
  if (!grouped) {
    const items = view(outcome.hits.slice(0, max));
    return { groups: items.length ? [{ type: null, total: outcome.hits.length, items }] : [], counts, shown };
  }
  // Groups in the order of their best result, so that the best match stays first.
  const groups: ResultGroup[] = [];
  for (const [type, hits] of byType) {
    const items = view(hits);
    if (items.length) groups.push({ type, total: counts[type], items });
  }
  return { groups, counts, shown };
}

/** An option of the results listbox: a result, or "all N events" (narrows to that type). */
export type ResultOption =
  | { key: string; kind: 'hit'; result: ResultView }
  | { key: string; kind: 'more'; type: EntityType; total: number };

/** A group of options under a heading, each with its position in the flat list (for the keyboard). */
export interface OptionSection {
  type: EntityType | null;
  label: string;
  total: number;
  options: { option: ResultOption; index: number }[];
}

/**
 * The listbox's options, flat (↑/↓ walk this order) and in sections: the
 * results by type, each type with "All N …" when more than shown (unless one
 * type is shown already), or else the suggestions under `suggestionLabel`.
 */
export function listOptions(
  presented: Presented | null,
  suggestions: readonly ResultView[],
  opts: { oneType: boolean; suggestionLabel: string },
): { options: ResultOption[]; sections: OptionSection[] } {
  const options: ResultOption[] = [];
  const sections: OptionSection[] = [];
  const add = (section: OptionSection, option: ResultOption) => {
    section.options.push({ option, index: options.length });
    options.push(option);
  };
  if (presented && presented.groups.length > 0) {
    for (const g of presented.groups) {
      const section: OptionSection = { type: g.type, label: g.type ? TYPE_STYLES[g.type].plural : 'By date', total: g.total, options: [] };
      for (const r of g.items) add(section, { key: r.id, kind: 'hit', result: r });
      if (g.type && !opts.oneType && g.total > g.items.length) add(section, { key: `more-${g.type}`, kind: 'more', type: g.type, total: g.total });
      sections.push(section);
    }
  } else if (suggestions.length > 0) {
    const section: OptionSection = { type: null, label: opts.suggestionLabel, total: suggestions.length, options: [] };
    for (const r of suggestions) add(section, { key: r.id, kind: 'hit', result: r });
    sections.push(section);
  }
  return { options, sections };
}
