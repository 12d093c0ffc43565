/**
 * The view state: ids and settings only, never copies of entities. Everything
 * on screen is derived from (dataset, view state). Transitions are pure.
 */
import { ENTITY_TYPES } from '../model/vocab.ts';
import type { EntityType } from '../model/schema.ts';

export const LAYOUTS = ['force', 'concentric', 'hierarchy', 'country', 'time'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const VIEWS = ['graph', 'list', 'collab', 'timeline', 'measures'] as const;
export type ViewName = (typeof VIEWS)[number];

export type FilterMode = 'remove' | 'fade';

/** Show search matches as the graph: off, the matches only, or the matches and their neighbours. */
export const SEARCH_GRAPH = ['off', 'matches', 'neighbours'] as const;
export type SearchGraph = (typeof SEARCH_GRAPH)[number];

export const SORTS = ['relevance', 'date'] as const;
export type SortOrder = (typeof SORTS)[number];

/** Measures a node's size can follow. */
export const SIZE_MEASURES = ['degree', 'weighted', 'betweenness', 'closeness', 'pagerank'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

export interface ViewState {
  /** Selected entity id. */
  selected: string | null;
  /** Selected relation (edge) id; exclusive with `selected`. */
  edge: string | null;
  /** 0 = the whole graph; 1–3 = only the neighbourhood of `focus` at that depth. */
  depth: 0 | 1 | 2 | 3;
  /** The entity the focus is centred on (set from the selection when a depth is chosen). */
  focus: string | null;
  /** Entities whose hidden neighbours were expanded while focused. */
  expanded: readonly string[];
  /** Entities the user hid. */
  hidden: readonly string[];
  /** Entity types filtered out. */
  hiddenTypes: readonly EntityType[];
  /** Relation types filtered out. */
  hiddenRelations: readonly string[];
  /** Keep only entities in these countries (empty = all). */
  countries: readonly string[];
  /** Date range (partial ISO dates), inclusive. */
  from: string | null;
  to: string | null;
  filterMode: FilterMode;
  layout: LayoutName;
  view: ViewName;
  query: string;
  /** Order of search results. */
  sort: SortOrder;
  /** Whether the search matches become the graph. */
  searchGraph: SearchGraph;
  /** "How is A connected to B": the two ends (entity ids). */
  pathFrom: string | null;
  pathTo: string | null;
  /** Node size follows this measure. */
  sizeBy: SizeMeasure;
}

export function emptyView(): ViewState {
  return {
    selected: null,
    edge: null,
    depth: 0,
    focus: null,
    expanded: [],
    hidden: [],
    hiddenTypes: [],
    hiddenRelations: [],
    countries: [],
    from: null,
    to: null,
    filterMode: 'remove',
    layout: 'force',
    view: 'graph',
    query: '',
    sort: 'relevance',
    searchGraph: 'off',
    pathFrom: null,
    pathTo: null,
    sizeBy: 'degree',
  };
}

/** Selects an entity (or nothing). The focus stays where it is, so a neighbour can be selected and expanded. */
export function select(s: ViewState, id: string | null): ViewState {
  if (s.selected === id && s.edge === null) return s;
  return { ...s, selected: id, edge: null };
}

export function selectEdge(s: ViewState, id: string | null): ViewState {
  return { ...s, edge: id, selected: null };
}

/** Focuses on the selection (or the current focus) at a depth; 0 shows the whole graph. */
export function setDepth(s: ViewState, depth: ViewState['depth']): ViewState {
  if (depth === 0) return { ...s, depth: 0, focus: null, expanded: [] };
  const focus = s.selected ?? s.focus;
  if (focus === null) return s;
  return { ...s, depth, focus, expanded: focus === s.focus ? s.expanded : [] };
}

export function expand(s: ViewState, id: string): ViewState {
  if (s.expanded.includes(id)) return s;
  return { ...s, expanded: [...s.expanded, id], hidden: s.hidden.filter((h) => h !== id) };
}

export function hide(s: ViewState, id: string): ViewState {
  if (s.hidden.includes(id)) return s;
  return {
    ...s,
    hidden: [...s.hidden, id],
    selected: s.selected === id ? null : s.selected,
    depth: s.focus === id ? 0 : s.depth,
    focus: s.focus === id ? null : s.focus,
  };
}

export function unhideAll(s: ViewState): ViewState {
  return { ...s, hidden: [] };
}

export function wholeGraph(s: ViewState): ViewState {
  return { ...s, depth: 0, focus: null, expanded: [], hidden: [] };
}

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function toggleType(s: ViewState, t: EntityType): ViewState {
  return { ...s, hiddenTypes: toggle(s.hiddenTypes, t) };
}

export function toggleRelation(s: ViewState, t: string): ViewState {
  return { ...s, hiddenRelations: toggle(s.hiddenRelations, t) };
}

export function setCountries(s: ViewState, countries: readonly string[]): ViewState {
  return { ...s, countries: [...countries] };
}

export function setDates(s: ViewState, from: string | null, to: string | null): ViewState {
  return { ...s, from, to };
}

export function clearFilters(s: ViewState): ViewState {
  return { ...s, hiddenTypes: [], hiddenRelations: [], countries: [], from: null, to: null };
}

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * Whether two views filter the same entities and relations (hidden entities,
 * types, relation types, countries, period, remove or fade): what depends only
 * on the filters need not be computed again when, say, the selection changes.
 */
export function sameFilters(a: ViewState, b: ViewState): boolean {
  return a === b || (a.from === b.from && a.to === b.to && a.filterMode === b.filterMode
    && sameList(a.hidden, b.hidden) && sameList(a.hiddenTypes, b.hiddenTypes)
    && sameList(a.hiddenRelations, b.hiddenRelations) && sameList(a.countries, b.countries));
}

/**
 * Whether two views draw the same entities: the same filters, focus, expansions,
 * selection (an overview always draws the selection's neighbours and links) and,
 * when the search matches become the graph, the same query.
 */
export function sameDrawing(a: ViewState, b: ViewState): boolean {
  return a === b || (sameFilters(a, b) && a.depth === b.depth && a.focus === b.focus && sameList(a.expanded, b.expanded)
    && a.selected === b.selected && a.edge === b.edge && a.searchGraph === b.searchGraph
    && (a.searchGraph === 'off' || a.query === b.query));
}

/**
 * A view that stays the same object for as long as `same` holds: give it each
 * new view and it returns the one it kept, or the new one once they differ.
 * What is computed from the kept view then need not be computed again.
 */
export function keptWhile(same: (a: ViewState, b: ViewState) => boolean): (next: ViewState) => ViewState {
  let kept: ViewState | null = null;
  return (next) => {
    if (kept && same(kept, next)) return kept;
    kept = next;
    return next;
  };
}

export function hasFilters(s: ViewState): boolean {
  return s.hiddenTypes.length > 0 || s.hiddenRelations.length > 0 || s.countries.length > 0
    || s.from !== null || s.to !== null;
}

export const isEntityType = (t: string): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t);
