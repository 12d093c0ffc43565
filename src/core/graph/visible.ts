/**
 * The visible subgraph: which entities and edges the current filters, focus and
 * hidden list keep. Pure; recomputed from (graph, view state).
 *
 * Filter semantics, chosen so that filtering by place or period keeps the
 * actors of what happened there and then:
 * - events pass the date filter by their dates and the country filter by where they took place;
 * - countries pass the country filter if chosen;
 * - everything else (organizations, people, topics, publications without a date)
 *   passes when it is directly linked to a chosen country or to an event that passed.
 */
import type { EntityType } from '../model/schema.ts';
import type { Entity } from '../model/schema.ts';
import { ENTITY_TYPES } from '../model/vocab.ts';
import { dateEnd, dateStart } from '../model/dates.ts';
import type { ViewState } from '../view/state.ts';
import { countriesOf, dateSpan, kHop, neighbours, otherEnd } from './graph.ts';
import type { GraphIndex } from './graph.ts';

export interface Projection {
  /** Entities drawn normally. */
  nodes: Set<string>;
  /** Entities drawn faded (filtered out, in fade mode). */
  faded: Set<string>;
  /** Edges between drawn entities whose relation type is not filtered out. */
  edges: Set<string>;
  /** All such edges, also those an overview leaves out of the drawing: a layout places entities by them. */
  layoutEdges: Set<string>;
  /** Entities passing the filters, by type (what each type filter keeps). */
  keptByType: Record<EntityType, number>;
  /** Entities passing the filters. */
  kept: number;
  /**
   * Set when the view is too big to draw whole: only the most connected
   * entities are drawn, and of the links between them, those between the most
   * connected (`links`, when some are left out).
   */
  overview: {
    shown: number;
    total: number;
    links?: { shown: number; total: number };
    /** The selection's neighbours, when it has too many to draw them all: the most connected are drawn. */
    neighbours?: { shown: number; total: number };
  } | null;
}

/**
 * Most neighbours of the selection an overview adds to the drawing. A hub can
 * have thousands: drawing them all would make one click cost seconds and
 * cover the canvas in labels; the details panel lists every one of them.
 */
export const NEIGHBOURS_DRAWN = 50;

/** Entities by importance, most important first, computed once per importance map. */
const rankings = new WeakMap<object, string[]>();

function byImportance(g: GraphIndex, score: (id: string) => number, key: object): string[] {
  let ranked = rankings.get(key);
  if (!ranked) {
    ranked = g.entities.map((e) => e.id).sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1));
    rankings.set(key, ranked);
  }
  return ranked;
}

export interface ProjectOptions {
  /** Most entities to draw; beyond it, draw the most important ones (an overview). */
  limit?: number;
  /** Importance of each entity (degree by default) for choosing the overview. */
  importance?: ReadonlyMap<string, number>;
  /** `passingFilters(g, s)` when the caller has it already, so it is not computed twice. */
  passed?: ReadonlySet<string>;
  /**
   * Most links to draw; beyond it, the links between the most important
   * entities (and every link of the selection) are drawn. Drawing a link costs
   * about as much as drawing an entity, and a view has several times more.
   */
  edgeLimit?: number;
}

export function passingFilters(g: GraphIndex, s: ViewState): Set<string> {
  const hiddenTypes = new Set(s.hiddenTypes);
  const chosen = new Set(s.countries);
  const byCountry = chosen.size > 0;
  const byDate = s.from !== null || s.to !== null;
  const from = s.from !== null ? dateStart(s.from) : undefined;
  const to = s.to !== null ? dateEnd(s.to) : undefined;
  const dateOk = (e: Entity): boolean => {
    if (!byDate) return true;
    const span = dateSpan(e);
    if (!span) return false;
    return (from === undefined || span[1] >= from) && (to === undefined || span[0] <= to);
  };
  const inChosen = (id: string) => countriesOf(g, id).some((c) => chosen.has(c));

  const passed = new Set<string>();
  const events = new Set<string>();
  if (!byCountry && !byDate) {
    for (const e of g.entities) if (!hiddenTypes.has(e.type)) passed.add(e.id);
    return passed;
  }
  for (const e of g.entities) {
    if (e.type !== 'event') continue;
    if (dateOk(e) && (!byCountry || inChosen(e.id))) events.add(e.id);
  }
  for (const e of g.entities) {
    if (hiddenTypes.has(e.type)) continue;
    let ok: boolean;
    if (e.type === 'event') ok = events.has(e.id);
    else if (e.type === 'country') ok = byCountry ? chosen.has(e.id) : linkedToEvent(g, e.id, events);
    else {
      const dated = e.type === 'publication' && dateSpan(e) !== undefined;
      const placeOk = !byCountry || inChosen(e.id) || linkedToEvent(g, e.id, events);
      const timeOk = !byDate || (dated ? dateOk(e) : linkedToEvent(g, e.id, events));
      ok = placeOk && timeOk;
    }
    if (ok) passed.add(e.id);
  }
  return passed;
}

function linkedToEvent(g: GraphIndex, id: string, events: Set<string>): boolean {
  for (const edge of g.incident.get(id) ?? []) if (events.has(otherEnd(edge, id))) return true;
  return false;
}

/** Restricts the graph to given entities (search matches), optionally with their neighbours. */
export interface Restriction {
  ids: readonly string[];
  neighbours: boolean;
}

export function project(g: GraphIndex, s: ViewState, only?: Restriction, opts: ProjectOptions = {}): Projection {
  const passed = opts.passed ?? passingFilters(g, s);
  const hidden = new Set(s.hidden);
  const hiddenRel = new Set(s.hiddenRelations);
  const edgeOk = (edge: { type: string }) => !hiddenRel.has(edge.type);
  const limit = opts.limit ?? Infinity;
  const imp = opts.importance;
  const score = (id: string) => imp?.get(id) ?? g.incident.get(id)?.length ?? 0;
  const focused = s.depth > 0 && s.focus !== null && g.byId.has(s.focus);

  const nodes = new Set<string>();
  const faded = new Set<string>();
  let overview: Projection['overview'] = null;
  // The whole graph (no focus, no search restriction) of a large dataset: counted without
  // listing it, since an overview keeps only the `limit` most important (at 50,000 entities,
  // listing it took most of a selection's 80 ms).
  const shown = (id: string) => passed.has(id) && !hidden.has(id);
  let whole: { shown: number; faded: number } | null = null;
  if (!focused && !only) {
    let hiddenHere = 0;
    let hiddenShown = 0;
    for (const id of hidden) {
      if (!g.byId.has(id)) continue;
      hiddenHere++;
      if (passed.has(id)) hiddenShown++;
    }
    const count = passed.size - hiddenShown;
    whole = { shown: count, faded: s.filterMode === 'fade' ? g.entities.length - hiddenHere - count : 0 };
  }
  if (whole && whole.shown + whole.faded > limit) {
    overview = { shown: 0, total: whole.shown };
    // Sorted once per dataset (and importance), not at every selection: filtered here.
    for (const id of byImportance(g, score, imp ?? g)) {
      if (nodes.size >= limit) break;
      if (shown(id)) nodes.add(id);
    }
    addSelection(g, s, nodes, shown, score, edgeOk, overview);
    overview.shown = nodes.size;
  } else {
    let scope: Iterable<string>;
    if (focused) {
      const within = (id: string) => !hidden.has(id) && (s.filterMode === 'fade' || passed.has(id));
      const around = kHop(g, [s.focus!], s.depth, within, edgeOk);
      for (const x of s.expanded) {
        if (!around.has(x)) continue;
        for (const n of neighbours(g, x, edgeOk)) if (!hidden.has(n)) around.add(n);
      }
      // What the user selects is always drawn, even when it lies outside the focus.
      if (s.selected !== null && g.byId.has(s.selected) && !hidden.has(s.selected)) around.add(s.selected);
      scope = around;
    } else if (only) {
      scope = kHop(g, only.ids, only.neighbours ? 1 : 0, (id) => !hidden.has(id), edgeOk);
    } else {
      scope = g.entities.map((e) => e.id).filter((id) => !hidden.has(id));
    }
    for (const id of scope) {
      if (passed.has(id)) nodes.add(id);
      else if (s.filterMode === 'fade') faded.add(id);
    }
    if (nodes.size + faded.size > limit) {
      overview = { shown: 0, total: nodes.size };
      const inScope = new Set(nodes);
      nodes.clear();
      for (const id of byImportance(g, score, imp ?? g)) {
        if (nodes.size >= limit) break;
        if (inScope.has(id)) nodes.add(id);
      }
      addSelection(g, s, nodes, (id) => inScope.has(id), score, edgeOk, overview);
      faded.clear();
      overview.shown = nodes.size;
    }
  }
  const drawn = (id: string) => nodes.has(id) || faded.has(id);
  const edges = new Set<string>();
  for (const edge of g.edges) {
    if (edgeOk(edge) && drawn(edge.source) && drawn(edge.target)) edges.add(edge.id);
  }
  const edgeLimit = opts.edgeLimit ?? Infinity;
  let layoutEdges = edges;
  if (edges.size > edgeLimit) {
    layoutEdges = new Set(edges);
    const total = edges.size;
    const weakerEnd = (id: string) => {
      const e = g.edgeById.get(id);
      return e ? Math.min(score(e.source), score(e.target)) : 0;
    };
    const ranked = [...edges].sort((a, b) => weakerEnd(b) - weakerEnd(a) || (a < b ? -1 : 1));
    const keep = new Set(ranked.slice(0, edgeLimit));
    // Every link of the selection is drawn.
    const sel = s.selected;
    if (sel !== null) for (const edge of g.incident.get(sel) ?? []) if (edges.has(edge.id)) keep.add(edge.id);
    if (s.edge !== null && edges.has(s.edge)) keep.add(s.edge);
    edges.clear();
    for (const id of keep) edges.add(id);
    overview = { ...(overview ?? { shown: nodes.size, total: nodes.size }), links: { shown: edges.size, total } };
  }
  return { nodes, faded, edges, layoutEdges, keptByType: keptByType(g, passed), kept: passed.size, overview };
}

/**
 * An overview draws the selection and its neighbours (the most connected of them, for a
 * hub), so that anything can be reached by walking; the details panel lists every neighbour.
 */
function addSelection(
  g: GraphIndex, s: ViewState, keep: Set<string>, eligible: (id: string) => boolean,
  score: (id: string) => number, edgeOk: (edge: { type: string }) => boolean, overview: NonNullable<Projection['overview']>,
): void {
  if (s.selected === null || !eligible(s.selected)) return;
  keep.add(s.selected);
  const around = neighbours(g, s.selected, edgeOk).filter(eligible);
  const extra = around.filter((n) => !keep.has(n)).sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1));
  const room = Math.max(0, NEIGHBOURS_DRAWN - (around.length - extra.length));
  for (const n of extra.slice(0, room)) keep.add(n);
  if (extra.length > room) overview.neighbours = { shown: around.length - extra.length + room, total: around.length };
}

/** Entities passing the filters, by type: the same for every selection under the same filters. */
const byTypeOf = new WeakMap<ReadonlySet<string>, { g: GraphIndex; counts: Record<EntityType, number> }>();
function keptByType(g: GraphIndex, passed: ReadonlySet<string>): Record<EntityType, number> {
  const known = byTypeOf.get(passed);
  if (known?.g === g) return { ...known.counts };
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const id of passed) {
    const e = g.byId.get(id);
    if (e) counts[e.type]++;
  }
  byTypeOf.set(passed, { g, counts });
  return { ...counts };
}

/**
 * For each country, how many entities a filter on that country alone keeps
 * (the same rule as `passingFilters`), in one pass over the graph.
 */
export function countryReach(g: GraphIndex): Map<string, number> {
  const counts = new Map<string, number>(g.countryIds.map((c) => [c, 1]));
  const countries = new Set(g.countryIds);
  // The countries of each event, in one pass over the links (`countriesOf` per event
  // took 200 ms at 50,000 entities).
  const eventCountries = new Map<string, string[]>();
  for (const e of g.entities) if (e.type === 'event') eventCountries.set(e.id, []);
  for (const edge of g.edges) {
    const fromEvent = eventCountries.get(edge.source);
    if (fromEvent && countries.has(edge.target) && !fromEvent.includes(edge.target)) fromEvent.push(edge.target);
    const toEvent = eventCountries.get(edge.target);
    if (toEvent && countries.has(edge.source) && !toEvent.includes(edge.source)) toEvent.push(edge.source);
  }
  // Each entity counts once per country it reaches: `last` holds, per country, the
  // entity counted last for it (no set of countries per entity).
  const last = new Map<string, number>();
  let i = 0;
  const reach = (c: string) => {
    if (last.get(c) === i) return;
    last.set(c, i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  };
  for (const e of g.entities) {
    i++;
    if (e.type === 'country') continue;
    if (e.type === 'event') {
      for (const c of eventCountries.get(e.id)!) reach(c);
      continue;
    }
    // Its own countries, and those of the events it is linked to.
    for (const edge of g.incident.get(e.id) ?? []) {
      const other = otherEnd(edge, e.id);
      const viaEvent = eventCountries.get(other);
      if (viaEvent) for (const c of viaEvent) reach(c);
      else if (countries.has(other)) reach(other);
    }
  }
  return counts;
}
