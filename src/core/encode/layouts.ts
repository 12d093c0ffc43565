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

/**
 * Each country with the entities drawn next to it (see `primaryCountry`) as a
 * compact cluster; clusters packed in rows, biggest first; entities tied to no
 * country form one more cluster at the end.
 */
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
  const clusters: { centre?: string; members: string[] }[] = countries.map((c) => ({ centre: c, members: sortByType(g, groups.get(c) ?? []) }));
  if (loose.length) clusters.push({ members: sortByType(g, loose) });
  const radius = (n: number) => spacing * (0.9 + Math.sqrt(n + 0.5));
  // Shelf packing: rows of clusters about as wide as the whole is tall.
  const area = clusters.reduce((a, c) => a + (2 * radius(c.members.length)) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(area) * 1.3, 2 * radius(clusters[0]?.members.length ?? 0));
  const pos: Positions = new Map();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const c of clusters) {
    const r = radius(c.members.length);
    if (x > 0 && x + 2 * r > rowWidth) {
      x = 0;
      y += rowHeight + spacing;
      rowHeight = 0;
    }
    const cx = x + r;
    const cy = y + r;
    if (c.centre) pos.set(c.centre, { x: cx, y: cy });
    cluster(cx, cy, c.members.length, spacing * 0.95, c.centre ? spacing * 0.9 : 0)
      .forEach((p, j) => pos.set(c.members[j]!, p));
    x += 2 * r + spacing;
    rowHeight = Math.max(rowHeight, 2 * r);
  }
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
export function timeLayout(g: GraphIndex, visible: readonly string[], minWidth = 900, gap = 70): TimeAxis {
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
  const width = minWidth;
  const pos: Positions = new Map();
  // A polylinear d3 time scale: proportional to time, but dates that are close
  // get at least `gap` between them, so a busy month does not become one column.
  const unique = [...new Set(dated.map((d) => d.t))];
  if (unique.length === 0) unique.push(Date.UTC(2016, 0, 1));
  if (unique.length === 1) unique.push(unique[0]! + 86400000 * 30);
  const span = unique[unique.length - 1]! - unique[0]!;
  const perMs = width / span;
  const range = [0];
  for (let i = 1; i < unique.length; i++) range.push(range[i - 1]! + Math.max(gap * 1.4, (unique[i]! - unique[i - 1]!) * perMs));
  const x = scaleTime().domain(unique.map((t) => new Date(t))).range(range);
  const rowEnd: number[] = [];
  for (const d of dated) {
    const px = x(new Date(d.t));
    let row = rowEnd.findIndex((end) => end + gap * 1.3 <= px);
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
    // One row per band while it fits, spread sideways around each item's wanted x.
    const perRow = Math.max(1, Math.floor((width + gap * 4) / (gap * 1.5)));
    for (let start = 0, row = 0; start < list.length; start += perRow, row++) {
      const slice = list.slice(start, start + perRow);
      const xs = dodge(slice.map((i) => i.x), gap * 1.5);
      slice.forEach((item, j) => pos.set(item.id, { x: xs[j]!, y: bandTop + row * gap * 0.9 }));
    }
    bandTop += Math.ceil(list.length / perRow) * gap * 0.9 + gap * 0.5;
  }
  // Ticks from the scale, thinned so that labels keep apart where time is compressed.
  const fmt = x.tickFormat(8);
  const ticks: { x: number; label: string }[] = [];
  for (const d of x.ticks(8)) {
    const px = x(d);
    if (ticks.length === 0 || px - ticks[ticks.length - 1]!.x >= gap * 1.2) ticks.push({ x: px, label: fmt(d) });
  }
  return { positions: pos, ticks, y: axisY };
}

/**
 * Moves sorted positions apart so neighbours are at least `gap` apart, keeping
 * the group centred where it wanted to be (a one-dimensional dodge).
 */
export function dodge(wanted: readonly number[], gap: number): number[] {
  const out: number[] = [];
  for (const w of wanted) out.push(out.length ? Math.max(w, out[out.length - 1]! + gap) : w);
  const shift = wanted.reduce((a, w, i) => a + (out[i]! - w), 0) / Math.max(1, wanted.length);
  return out.map((v) => v - shift);
}
