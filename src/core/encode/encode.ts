/**
 * Visual encodings: colour and shape per entity type (shape too, so colour is
 * never the only signal), node size from a measure (a square-root scale), and short
 * labels. Colours are the Okabe–Ito palette, distinguishable with colour-blindness.
 */
import type { EntityType } from '../model/schema.ts';
import type { Entity } from '../model/schema.ts';

export interface TypeStyle {
  label: string;
  plural: string;
  color: string;
  /** A darker shade with 4.5:1 contrast on white, for text and borders. */
  ink: string;
  shape: 'ellipse' | 'diamond' | 'round-rectangle' | 'hexagon' | 'round-triangle' | 'round-pentagon';
  /** Same shape as a unicode glyph, for the legend and lists. */
  glyph: string;
}

export const TYPE_STYLES: Record<EntityType, TypeStyle> = {
  organization: { label: 'Organization', plural: 'Organizations', color: '#0072B2', ink: '#005a8c', shape: 'ellipse', glyph: '●' },
  event: { label: 'Event', plural: 'Events', color: '#D55E00', ink: '#a34700', shape: 'diamond', glyph: '◆' },
  publication: { label: 'Publication', plural: 'Publications', color: '#009E73', ink: '#00704f', shape: 'round-rectangle', glyph: '■' },
  country: { label: 'Country', plural: 'Countries', color: '#E69F00', ink: '#8a5f00', shape: 'hexagon', glyph: '⬢' },
  person: { label: 'Person', plural: 'People', color: '#CC79A7', ink: '#9c4a78', shape: 'round-triangle', glyph: '▲' },
  topic: { label: 'Topic', plural: 'Topics', color: '#56B4E9', ink: '#1f6f9c', shape: 'round-pentagon', glyph: '⬟' },
};

export const MIN_NODE = 18;
export const MAX_NODE = 58;

/** A size for each id from a measure, square-root scaled so areas follow the measure. */
export function sizeScale(values: ReadonlyMap<string, number>): (id: string) => number {
  let max = 0;
  for (const v of values.values()) if (v > max) max = v;
  // A clamped square-root scale from [0, max] to [MIN_NODE, MAX_NODE] (area follows the value).
  // Written out, not taken from d3-scale (which the timeline and time layout use): d3-scale's
  // single-file build brings its time formats and colour interpolators along, 12 kB gzip that
  // the first view does not need (measured with `npm run bench`).
  const top = max || 1;
  return (id) => MIN_NODE + (MAX_NODE - MIN_NODE) * Math.sqrt(Math.min(Math.max(values.get(id) ?? 0, 0), top) / top);
}

/**
 * A short label for the canvas: an alias that is an abbreviation (short, mostly
 * capitals) when the name is long, else the name cut at a word boundary.
 */
export function shortLabel(e: Pick<Entity, 'name' | 'aliases'>, max = 28): string {
  if (e.name.length <= max) return e.name;
  const abbr = e.aliases?.find((a) => a.length <= 14 && /^[\p{Lu}\d][\p{Lu}\p{N}\s\-&.]*$/u.test(a));
  if (abbr) return abbr;
  const cut = e.name.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;–-]+$/, '')}…`;
}
