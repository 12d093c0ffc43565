/**
 * Positions for the layouts Cytoscape has no built-in for: grouped by country,
 * and along a time axis. Pure functions of the graph and the visible ids, so the
 * same data always gives the same picture.
 */
import { scaleTime } from 'd3-scale';
import type { GraphIndex } from '../graph/graph.ts';
import { countriesOf, dateSpan, otherEnd } from '../graph/graph.ts';
import type { EntityType } from '../model/schema.ts';

export type Positions = Map<string, { x: number; y: number }>;

const TYPE_ORDER: EntityType[] = ['event', 'publication', 'organization', 'person', 'country', 'topic'];

/** Places `n` points around a centre on rings of growing radius (a compact sunflower). */
function cluster(cx: number, cy: number, n: number, spacing: number, startRadius = 0): { x: number; y: number }[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < n; i++) {
    const r = startRadius + spacing * Math.sqrt(i + 0.5);
    out.push({ x: cx + r * Math.cos(i * golden), y: cy + r * Math.sin(i * golden) });
  }
  return out;
}

/** The country each entity is drawn next to: the one it shares most edges with. */
export function primaryCountry(g: GraphIndex, id: string): string | undefined {
  const own = countriesOf(g, id);
  if (own.length === 1) return own[0];
  if (own.length > 1) {
    // Events: their location first; others: the first by id for stability.
    const e = g.byId.get(id);
    if (e?.type === 'event' && e.location?.country) return e.location.country;
    return [...own].sort()[0];
  }
  // Through an event: where most of its events took place.
  const votes = new Map<string, number>();
  for (const edge of g.incident.get(id) ?? []) {
    const other = g.byId.get(otherEnd(edge, id));
    if (other?.type === 'event' && other.location?.country) {
      votes.set(other.location.country, (votes.get(other.location.country) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let bestVotes = 0;
  for (const [c, v] of [...votes].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (v > bestVotes) {
      best = c;
      bestVotes = v;
    }
  }
  return best;
}

export function countryLayout(g: GraphIndex, visible: readonly string[], spacing = 60): Positions {
  const groups = new Map<string, string[]>();
  const loose: string[] = [];
  const visibleSet = new Set(visible);
  for (const id of visible) {
    const e = g.byId.get(id);
    if (!e || e.type === 'country') continue;
    const c = primaryCountry(g, id);
    if (c && visibleSet.has(c)) {
      const list = groups.get(c) ?? [];
      list.push(id);
      groups.set(c, list);
    } else loose.push(id);
  }
  const countries = visible.filter((id) => g.byId.get(id)?.type === 'country')
    .sort((a, b) => (groups.get(b)?.length ?? 0) - (groups.get(a)?.length ?? 0) || a.localeCompare(b));
  const pos: Positions = new Map();
  const looseRadius = spacing * Math.sqrt(loose.length + 1);
  const biggest = Math.max(1, ...countries.map((c) => groups.get(c)?.length ?? 0));
  const groupRadius = spacing * Math.sqrt(biggest + 1);
  const ring = countries.length <= 1 ? 0
    : Math.max(looseRadius + groupRadius + spacing, (countries.length * (2 * groupRadius + spacing)) / (2 * Math.PI));
  countries.forEach((c, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, countries.length) - Math.PI / 2;
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);
    pos.set(c, { x: cx, y: cy });
    const members = sortByType(g, groups.get(c) ?? []);
    cluster(cx, cy, members.length, spacing, spacing * 0.9).forEach((p, j) => pos.set(members[j]!, p));
  });
  const sortedLoose = sortByType(g, loose);
  cluster(0, 0, sortedLoose.length, spacing).forEach((p, j) => pos.set(sortedLoose[j]!, p));
  return pos;
}

function sortByType(g: GraphIndex, ids: string[]): string[] {
  return [...ids].sort((a, b) => {
    const ta = TYPE_ORDER.indexOf(g.byId.get(a)?.type ?? 'topic');
    const tb = TYPE_ORDER.indexOf(g.byId.get(b)?.type ?? 'topic');
    return ta - tb || a.localeCompare(b);
  });
}

export interface TimeAxis {
  positions: Positions;
  /** Ticks for drawing the axis: x position and label. */
  ticks: { x: number; label: string }[];
  y: number;
}

/**
 * Dated entities left to right by start date on a d3 time scale, staggered in
 * rows so they do not overlap; undated entities under the mean position of the
 * dated entities they relate to, in one band per type.
 */
export function timeLayout(g: GraphIndex, visible: readonly string[], width = 1600, gap = 70): TimeAxis {
  const dated: { id: string; t: number }[] = [];
  const undated: string[] = [];
  for (const id of visible) {
    const e = g.byId.get(id);
    if (!e) continue;
    const span = dateSpan(e);
    if (span) dated.push({ id, t: Date.parse(`${span[0]}T00:00:00Z`) });
    else undated.push(id);
  }
  dated.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
  const pos: Positions = new Map();
  const times = dated.map((d) => d.t);
  const min = times.length ? Math.min(...times) : Date.UTC(2016, 0, 1);
  const max = times.length ? Math.max(...times) : min + 1;
  const x = scaleTime().domain([new Date(min), new Date(max === min ? min + 86400000 : max)]).range([0, width]);
  const rowEnd: number[] = [];
  for (const d of dated) {
    const px = x(new Date(d.t));
    let row = rowEnd.findIndex((end) => end + gap * 1.6 <= px);
    if (row < 0) {
      row = rowEnd.length;
      rowEnd.push(px);
    } else rowEnd[row] = px;
    pos.set(d.id, { x: px, y: -row * gap });
  }
  const axisY = gap * 0.9;
  const byType = new Map<EntityType, { id: string; x: number }[]>();
  for (const id of undated) {
    const e = g.byId.get(id)!;
    const xs: number[] = [];
    for (const edge of g.incident.get(id) ?? []) {
      const p = pos.get(otherEnd(edge, id));
      if (p && dated.some((d) => d.id === otherEnd(edge, id))) xs.push(p.x);
    }
    const px = xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : -gap * 2;
    const list = byType.get(e.type) ?? [];
    list.push({ id, x: px });
    byType.set(e.type, list);
  }
  let bandTop = axisY + gap * 1.2;
  for (const type of TYPE_ORDER) {
    const list = (byType.get(type) ?? []).sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
    if (list.length === 0) continue;
    const rows: number[] = [];
    for (const item of list) {
      let row = rows.findIndex((end) => end + gap * 1.8 <= item.x);
      if (row < 0) {
        row = rows.length;
        rows.push(item.x);
      } else rows[row] = item.x;
      pos.set(item.id, { x: item.x, y: bandTop + row * gap * 0.8 });
    }
    bandTop += rows.length * gap * 0.8 + gap * 0.6;
  }
  const ticks = x.ticks(6).map((d) => ({ x: x(d), label: x.tickFormat(6)(d) }));
  return { positions: pos, ticks, y: axisY };
}
