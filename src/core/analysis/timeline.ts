/**
 * Geometry of the timeline: a UTC time scale (d3-scale) for x, a square-root
 * scale for the marks' radius (area follows the number of participants), and
 * labels placed in rows ("lanes") so that no two overlap: each event goes in
 * the first lane where its mark and label fit after the previous one.
 * Pure: the Svelte component only draws what this returns.
 */
import { scaleSqrt, scaleUtc } from 'd3-scale';
import type { EventRow } from './events.ts';

export interface TimelineOptions {
  /** Drawing width in px (the plot is at least `minWidth`). */
  width: number;
  minWidth?: number;
  /** Estimated width of one character of a label, px (12 px sans-serif ≈ 6.6). */
  charWidth?: number;
  /** Labels longer than this are cut with an ellipsis. */
  maxLabel?: number;
  laneHeight?: number;
  margin?: { left: number; right: number; top: number; bottom: number };
  /**
   * Above this many events, only this many get a label (the most attended,
   * then the top-level ones, plus `keep`), and the rows are capped at
   * `maxLanes`: unlabelled marks may then overlap. Default 80.
   */
  labelLimit?: number;
  /** Row cap once over `labelLimit` (default 16). */
  maxLanes?: number;
  /** Ids that always get a label (the selection). */
  keep?: readonly string[];
}

export interface TimelineItem {
  row: EventRow;
  x: number;
  /** End of the event (last day included), px; equal to x for one-day events. */
  x2: number;
  y: number;
  r: number;
  lane: number;
  /** Empty when the event is drawn without a label (too many events). */
  label: string;
  labelX: number;
  anchor: 'start' | 'end';
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Top and bottom of the plot area (the axis is at `bottom`). */
  top: number;
  bottom: number;
  left: number;
  right: number;
  items: TimelineItem[];
  ticks: { x: number; label: string }[];
  /** px → time (ms since epoch, UTC). */
  invert: (x: number) => number;
  /** time (ms) → px. */
  scale: (t: number) => number;
  lanes: number;
  /** Events drawn without a label. */
  unlabelled: number;
}

export const MIN_R = 5;
export const MAX_R = 16;
const DAY = 86_400_000;

export const dayTime = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`);
export const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

export function cutLabel(name: string, max: number): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;–-]+$/, '')}…`;
}

export function layoutTimeline(rows: readonly EventRow[], opts: TimelineOptions): TimelineLayout {
  const margin = opts.margin ?? { left: 24, right: 24, top: 16, bottom: 34 };
  const width = Math.max(opts.width, opts.minWidth ?? 640);
  const charWidth = opts.charWidth ?? 6.6;
  const maxLabel = opts.maxLabel ?? 34;
  const laneHeight = opts.laneHeight ?? 30;

  const starts = rows.map((r) => dayTime(r.start));
  const ends = rows.map((r) => dayTime(r.end) + DAY);
  let lo = starts.length ? Math.min(...starts) : Date.UTC(2016, 0, 1);
  let hi = ends.length ? Math.max(...ends) : Date.UTC(2017, 0, 1);
  const pad = Math.max((hi - lo) * 0.04, 15 * DAY);
  lo -= pad;
  hi += pad;
  const x = scaleUtc().domain([new Date(lo), new Date(hi)]).range([margin.left, width - margin.right]);
  const maxCount = Math.max(1, ...rows.map((r) => r.count ?? 0));

  // Which events get a label when there are too many to label them all.
  const limit = opts.labelLimit ?? 80;
  const crowded = rows.length > limit;
  const maxLanes = crowded ? Math.max(1, opts.maxLanes ?? 16) : Infinity;
  // Smaller marks when crowded, so that they hide less of each other.
  const minR = crowded ? 3 : MIN_R;
  const radius = scaleSqrt().domain([0, maxCount]).range([minR, crowded ? 10 : MAX_R]).clamp(true);
  let labelled: Set<string> | null = null;
  if (crowded) {
    const ranked = [...rows].sort((a, b) => (b.count ?? -1) - (a.count ?? -1) || a.depth - b.depth || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    labelled = new Set([...ranked.slice(0, limit).map((r) => r.id), ...(opts.keep ?? [])]);
  }

  // Labelled events first: first-fit rows over [left edge, right edge] of mark + label.
  const laneEnds: number[] = [];
  const occupied: [number, number][][] = [];
  const placed: Omit<TimelineItem, 'y'>[] = [];
  const order = rows.map((row, i) => ({ row, i })).sort((a, b) => starts[a.i]! - starts[b.i]! || a.i - b.i);
  const geometry = (i: number, row: EventRow) => {
    const px = x(new Date(starts[i]!));
    const px2 = Math.max(px, x(new Date(ends[i]! - DAY)));
    const r = row.count !== undefined ? radius(row.count) : minR;
    return { px, px2, r };
  };
  const marksOnly: { row: EventRow; i: number }[] = [];
  for (const { row, i } of order) {
    if (labelled && !labelled.has(row.id)) {
      marksOnly.push({ row, i });
      continue;
    }
    const { px, px2, r } = geometry(i, row);
    const label = `${cutLabel(row.name, maxLabel)}${row.planned ? ' (announced)' : ''}`;
    const lw = label.length * charWidth;
    const fitsRight = px2 + r + 4 + lw <= width - margin.right + 20;
    const labelX = fitsRight ? px2 + r + 4 : px - r - 4;
    const left = fitsRight ? px - r : labelX - lw;
    const right = fitsRight ? labelX + lw : px2 + r;
    let lane = laneEnds.findIndex((end) => end + 10 <= left);
    if (lane === -1 && laneEnds.length >= maxLanes) {
      marksOnly.push({ row, i }); // no room left: drawn without its label
      continue;
    }
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(right);
      occupied.push([]);
    } else laneEnds[lane] = right;
    occupied[lane]!.push([left, right]);
    placed.push({ row, x: px, x2: px2, r, lane, label, labelX, anchor: fitsRight ? 'start' : 'end' });
  }
  // Then the marks without labels: a row where they touch nothing, else the least crowded.
  for (const { row, i } of marksOnly) {
    const { px, px2, r } = geometry(i, row);
    const left = px - r - 1;
    const right = px2 + r + 1;
    if (occupied.length === 0) {
      laneEnds.push(right);
      occupied.push([]);
    }
    const hits = occupied.map((list) => list.filter(([a, b]) => a < right && left < b).length);
    let lane = hits.indexOf(0);
    if (lane === -1 && occupied.length < maxLanes) {
      lane = occupied.length;
      laneEnds.push(right);
      occupied.push([]);
    } else if (lane === -1) lane = hits.indexOf(Math.min(...hits));
    occupied[lane]!.push([left, right]);
    placed.push({ row, x: px, x2: px2, r, lane, label: '', labelX: px, anchor: 'start' });
  }
  const lanes = Math.max(1, laneEnds.length);
  const top = margin.top;
  const bottom = top + lanes * laneHeight + MAX_R;
  const items = placed.map((p) => ({ ...p, y: top + MAX_R / 2 + (p.lane + 0.5) * laneHeight }));
  const fmt = x.tickFormat();
  const ticks = x.ticks(Math.max(2, Math.floor((width - margin.left - margin.right) / 110)))
    .map((d) => ({ x: x(d), label: fmt(d) }));
  return {
    width,
    height: bottom + margin.bottom,
    top,
    bottom,
    left: margin.left,
    right: width - margin.right,
    items,
    ticks,
    invert: (px) => x.invert(px).getTime(),
    scale: (t) => x(new Date(t)),
    lanes,
    unlabelled: placed.filter((p) => p.label === '').length,
  };
}

/** Colours for event kinds and processes (Okabe–Ito first), with a dark ink for strokes and text. */
export const PALETTE: readonly { fill: string; ink: string }[] = [
  { fill: '#0072B2', ink: '#004f7c' },
  { fill: '#D55E00', ink: '#953f00' },
  { fill: '#009E73', ink: '#006b4e' },
  { fill: '#CC79A7', ink: '#8e4673' },
  { fill: '#E69F00', ink: '#8a5f00' },
  { fill: '#56B4E9', ink: '#1f6f9c' },
  { fill: '#7f6fbf', ink: '#4d3f8c' },
  { fill: '#8c8c8c', ink: '#4d4d4d' },
];

/** A colour per key, in the order given (keys past the palette reuse it). */
export function colourMap(keys: readonly string[]): Map<string, { fill: string; ink: string }> {
  return new Map(keys.map((k, i) => [k, PALETTE[i % PALETTE.length]!]));
}
