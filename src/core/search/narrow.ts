/**
 * Narrowing search results with the view's own filters (types, country,
 * years), so that what the search box narrows is also what the graph shows
 * and what the URL records. Pure transitions over the view state.
 */
import { TYPE_STYLES } from '../encode/encode.ts';
import type { GraphIndex } from '../graph/graph.ts';
import { dateSpan } from '../graph/graph.ts';
import { ENTITY_TYPES } from '../model/vocab.ts';
import type { EntityType } from '../model/schema.ts';
import { passingFilters } from '../graph/visible.ts';
import { setDates } from '../view/state.ts';
import type { ViewState } from '../view/state.ts';

/** The one type left visible, or null when several are. */
export function onlyType(s: Pick<ViewState, 'hiddenTypes'>): EntityType | null {
  const visible = ENTITY_TYPES.filter((t) => !s.hiddenTypes.includes(t));
  return visible.length === 1 ? visible[0]! : null;
}

/** Shows only type `t`; if it already is the only one, shows every type again. */
export function showOnlyType(s: ViewState, t: EntityType | null): ViewState {
  if (t === null || onlyType(s) === t) return s.hiddenTypes.length ? { ...s, hiddenTypes: [] } : s;
  return { ...s, hiddenTypes: ENTITY_TYPES.filter((x) => x !== t) };
}

/** Every year some dated entity (event, publication) covers, ascending. */
export function yearsOf(g: GraphIndex): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const e of g.entities) {
    const span = dateSpan(e);
    if (!span) continue;
    min = Math.min(min, Number(span[0].slice(0, 4)));
    max = Math.max(max, Number(span[1].slice(0, 4)));
  }
  if (!Number.isFinite(min)) return [];
  const out: number[] = [];
  for (let y = min; y <= max; y++) out.push(y);
  return out;
}

/**
 * Sets one end of the date range from a year select (null = open), keeping
 * the range in order: a start after the end moves the end, and the other way round.
 */
export function setYear(s: ViewState, end: 'from' | 'to', year: string | null): ViewState {
  let from = end === 'from' ? year : s.from;
  let to = end === 'to' ? year : s.to;
  if (from !== null && to !== null && to.slice(0, 4) < from.slice(0, 4)) {
    if (end === 'from') to = from;
    else from = to;
  }
  return setDates(s, from, to);
}

/** The filters that narrow search results, in words: ["Thailand", "2016", "events only"]. */
export function filterWords(g: GraphIndex, s: ViewState): string[] {
  const out: string[] = [];
  const names = s.countries.map((c) => g.byId.get(c)?.name ?? c);
  if (names.length) out.push(names.join(', '));
  if (s.from !== null || s.to !== null) {
    if (s.from !== null && s.from === s.to) out.push(s.from);
    else if (s.from !== null && s.to !== null) out.push(`${s.from} – ${s.to}`);
    else if (s.from !== null) out.push(`from ${s.from}`);
    else out.push(`until ${s.to}`);
  }
  const only = onlyType(s);
  if (only) out.push(`${TYPE_STYLES[only].plural.toLowerCase()} only`);
  else if (s.hiddenTypes.length) out.push(`${s.hiddenTypes.length} type${s.hiddenTypes.length > 1 ? 's' : ''} hidden`);
  return out;
}

/**
 * The country and date filters as a test on ids, remembered while they do not
 * change (the view changes at every keystroke, the filters seldom). Types are
 * left out: the search box counts matches per type before hiding any.
 */
export class PlaceFilter {
  #key = '';
  #graph: GraphIndex | null = null;
  #set: ReadonlySet<string> = new Set();

  /** A test for `view`'s countries and dates, or undefined when there are none. */
  for(g: GraphIndex, view: ViewState): ((id: string) => boolean) | undefined {
    if (view.countries.length === 0 && view.from === null && view.to === null) return undefined;
    const key = `${view.countries.join('\u0000')}|${view.from}|${view.to}`;
    if (key !== this.#key || g !== this.#graph) {
      this.#set = passingFilters(g, { ...view, hiddenTypes: [] });
      this.#key = key;
      this.#graph = g;
    }
    const set = this.#set;
    return (id) => set.has(id);
  }
}
