/**
 * The URL codec: view state ⇄ query string. Only what differs from the empty
 * view is written, so links stay short. Decoding never throws: whatever cannot
 * be read is reported as a problem and left at its default.
 *
 * Lists are comma-separated with each item percent-encoded, so ids may contain
 * commas. Unknown parameters (such as `data`) are ignored here and kept by the caller.
 */
import { dateEnd, dateStart, isValidDate } from '../model/dates.ts';
import { emptyView, isEntityType, LAYOUTS, SEARCH_GRAPH, SIZE_MEASURES, SORTS, VIEWS } from './state.ts';
import type { LayoutName, ViewName, ViewState } from './state.ts';

export const VIEW_PARAMS = ['sel', 'edge', 'depth', 'focus', 'exp', 'hide', 'xt', 'xr', 'c', 'from', 'to', 'fade', 'layout', 'view', 'q', 'sort', 'sg', 'pa', 'pb', 'size'] as const;

/** Text that is not well-formed Unicode (a lone surrogate, possible in a dataset id) would make encodeURIComponent throw. */
const wellFormed = (s: string) => s.replace(/\p{Cs}/gu, '\uFFFD');
const enc = (s: string) => encodeURIComponent(wellFormed(s));
const list = (items: readonly string[]) => items.map(enc).join(',');

export function encodeView(s: ViewState): string {
  const d = emptyView();
  const parts: string[] = [];
  const add = (k: string, v: string) => parts.push(`${k}=${v}`);
  if (s.selected !== null) add('sel', enc(s.selected));
  if (s.edge !== null) add('edge', enc(s.edge));
  if (s.depth !== d.depth) add('depth', String(s.depth));
  if (s.focus !== null) add('focus', enc(s.focus));
  if (s.expanded.length) add('exp', list(s.expanded));
  if (s.hidden.length) add('hide', list(s.hidden));
  if (s.hiddenTypes.length) add('xt', list(s.hiddenTypes));
  if (s.hiddenRelations.length) add('xr', list(s.hiddenRelations));
  if (s.countries.length) add('c', list(s.countries));
  if (s.from !== null) add('from', enc(s.from));
  if (s.to !== null) add('to', enc(s.to));
  if (s.filterMode === 'fade') add('fade', '1');
  if (s.layout !== d.layout) add('layout', s.layout);
  if (s.view !== d.view) add('view', s.view);
  if (s.query !== '') add('q', enc(s.query));
  if (s.sort !== d.sort) add('sort', s.sort);
  if (s.searchGraph !== d.searchGraph) add('sg', s.searchGraph);
  if (s.pathFrom !== null) add('pa', enc(s.pathFrom));
  if (s.pathTo !== null) add('pb', enc(s.pathTo));
  if (s.sizeBy !== d.sizeBy) add('size', s.sizeBy);
  return parts.join('&');
}

export interface Decoded {
  state: ViewState;
  problems: string[];
}

function safeDecode(s: string): string | undefined {
  try {
    return wellFormed(decodeURIComponent(s.replace(/\+/g, ' ')));
  } catch {
    return undefined;
  }
}

/** Reads the view from a query string (with or without the leading `?`). */
export function decodeView(search: string): Decoded {
  const s = emptyView();
  const problems: string[] = [];
  const raw = new Map<string, string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = safeDecode(eq < 0 ? part : part.slice(0, eq)) ?? '';
    raw.set(key, eq < 0 ? '' : part.slice(eq + 1));
  }
  const text = (k: string): string | undefined => {
    const v = raw.get(k);
    if (v === undefined) return undefined;
    const d = safeDecode(v);
    if (d === undefined) problems.push(`The link's "${k}" value is not properly encoded and was ignored.`);
    return d;
  };
  const items = (k: string): string[] => {
    const v = raw.get(k);
    if (v === undefined || v === '') return [];
    const out: string[] = [];
    for (const piece of v.split(',')) {
      const d = safeDecode(piece);
      if (d === undefined) problems.push(`An item of the link's "${k}" list is not properly encoded and was ignored.`);
      else if (d !== '' && !out.includes(d)) out.push(d);
    }
    return out;
  };

  const sel = text('sel');
  if (sel) s.selected = sel;
  const edge = text('edge');
  if (edge) {
    if (s.selected) problems.push('The link names both an entity and a relation to select; the entity was kept.');
    else s.edge = edge;
  }
  const depth = text('depth');
  if (depth !== undefined) {
    if (/^[0-3]$/.test(depth)) s.depth = Number(depth) as ViewState['depth'];
    else problems.push(`Focus depth "${depth}" is not 0, 1, 2 or 3; the whole graph is shown.`);
  }
  const focus = text('focus');
  if (focus) s.focus = focus;
  s.expanded = items('exp');
  s.hidden = items('hide');
  const types = items('xt');
  s.hiddenTypes = types.filter(isEntityType);
  for (const t of types) if (!isEntityType(t)) problems.push(`"${t}" is not an entity type; that type filter was ignored.`);
  s.hiddenRelations = items('xr');
  s.countries = items('c');
  for (const k of ['from', 'to'] as const) {
    const v = text(k);
    if (v === undefined || v === '') continue;
    if (isValidDate(v)) s[k] = v;
    else problems.push(`The "${k}" date "${v}" is not a date like 2016, 2016-10 or 2016-10-25; it was ignored.`);
  }
  // Partial dates are ranges: from 2016-10 to 2016 is October to December 2016, not a range that ends before it starts.
  if (s.from !== null && s.to !== null && dateEnd(s.to)! < dateStart(s.from)!) {
    problems.push(`The date range ends (${s.to}) before it starts (${s.from}); it was ignored.`);
    s.from = null;
    s.to = null;
  }
  const fade = text('fade');
  if (fade === '1') s.filterMode = 'fade';
  else if (fade !== undefined && fade !== '0') problems.push(`"fade=${fade}" should be 1 or 0; filtered entities are removed.`);
  const layout = text('layout');
  if (layout !== undefined) {
    if ((LAYOUTS as readonly string[]).includes(layout)) s.layout = layout as LayoutName;
    else problems.push(`Layout "${layout}" does not exist; the force-directed layout is used.`);
  }
  const view = text('view');
  if (view !== undefined) {
    if ((VIEWS as readonly string[]).includes(view)) s.view = view as ViewName;
    else problems.push(`View "${view}" does not exist; the graph is shown.`);
  }
  const q = text('q');
  if (q !== undefined) s.query = q;
  const pick = <T extends string>(k: string, allowed: readonly T[], what: string): T | undefined => {
    const v = text(k);
    if (v === undefined) return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    problems.push(`${what} "${v}" is not one of ${allowed.join(', ')}; the default is used.`);
    return undefined;
  };
  s.sort = pick('sort', SORTS, 'Sort order') ?? s.sort;
  s.searchGraph = pick('sg', SEARCH_GRAPH, 'Search-as-graph setting') ?? s.searchGraph;
  s.sizeBy = pick('size', SIZE_MEASURES, 'Size measure') ?? s.sizeBy;
  const pa = text('pa');
  if (pa) s.pathFrom = pa;
  const pb = text('pb');
  if (pb) s.pathTo = pb;
  if (s.depth > 0 && s.focus === null) {
    problems.push('The link asks for a focus depth but names no entity to focus on; the whole graph is shown.');
    s.depth = 0;
  }
  if (s.depth === 0 && s.focus !== null) s.focus = null;
  return { state: s, problems };
}

/** Rebuilds a full query string: the view's parameters plus any others (e.g. `data`) kept as they were. */
export function mergeSearch(currentSearch: string, s: ViewState): string {
  const keep = currentSearch.replace(/^\?/, '').split('&').filter((p) => {
    if (p === '') return false;
    const key = p.split('=')[0] ?? '';
    return !(VIEW_PARAMS as readonly string[]).includes(key);
  });
  const view = encodeView(s);
  const all = [...keep, ...(view ? [view] : [])].join('&');
  return all ? `?${all}` : '';
}

/** Checks ids named by a decoded view against the dataset; returns the cleaned state and what was missing. */
export function resolveIds(s: ViewState, has: (id: string) => boolean, hasEdge: (id: string) => boolean): Decoded {
  const problems: string[] = [];
  const keep = (ids: readonly string[], what: string) => {
    const missing = ids.filter((id) => !has(id));
    if (missing.length) problems.push(`The link names ${what} that ${missing.length === 1 ? 'is' : 'are'} not in this dataset: ${missing.map((m) => `"${m}"`).join(', ')}.`);
    return ids.filter(has);
  };
  const out: ViewState = { ...s };
  if (s.selected !== null && !has(s.selected)) {
    problems.push(`The link selects "${s.selected}", which is not in this dataset; the rest of the view is shown.`);
    out.selected = null;
  }
  if (s.focus !== null && !has(s.focus)) {
    problems.push(`The link focuses on "${s.focus}", which is not in this dataset; the whole graph is shown.`);
    out.focus = null;
    out.depth = 0;
  }
  if (s.edge !== null && !hasEdge(s.edge)) {
    problems.push(`The link selects relation "${s.edge}", which is not in this dataset.`);
    out.edge = null;
  }
  out.expanded = keep(s.expanded, 'expanded entities');
  out.hidden = keep(s.hidden, 'hidden entities');
  out.countries = keep(s.countries, 'countries');
  for (const k of ['pathFrom', 'pathTo'] as const) {
    const v = s[k];
    if (v !== null && !has(v)) {
      problems.push(`The link asks for a path ${k === 'pathFrom' ? 'from' : 'to'} "${v}", which is not in this dataset.`);
      out[k] = null;
    }
  }
  return { state: out, problems };
}
