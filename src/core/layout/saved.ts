/**
 * Force layouts computed once and kept: by the renderer for the drawings it has
 * laid out, and in a file next to the bundled dataset for its first view, so
 * that opening the explorer does not wait for the layout (or load its code).
 *
 * A layout is kept for one drawing: the exact set of entities and links drawn
 * (`drawingKey`). A dataset that changed draws something else and is laid out
 * afresh; `npm run layout` writes the bundled dataset's file again.
 */

export interface SavedLayout {
  format: 'ct-explorer-layout';
  version: 1;
  /** `drawingKey` of what was drawn. */
  key: string;
  /** Entity id → [x, y]. */
  positions: Record<string, [number, number]>;
}

/** A digest of the entities and links drawn (FNV-1a over the sorted ids), in any order. */
export function drawingKey(nodes: Iterable<string>, edges: Iterable<string>): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  const n = [...nodes].sort();
  const e = [...edges].sort();
  for (const id of n) mix(id);
  mix('\u0000edges');
  for (const id of e) mix(id);
  return `${n.length}/${e.length}/${(h >>> 0).toString(36)}`;
}

/** The layout in a parsed file, or null when it is not one (a file that is missing, damaged or of another kind). */
export function readSavedLayout(x: unknown): SavedLayout | null {
  if (typeof x !== 'object' || x === null) return null;
  const o = x as Partial<SavedLayout>;
  if (o.format !== 'ct-explorer-layout' || o.version !== 1 || typeof o.key !== 'string') return null;
  if (typeof o.positions !== 'object' || o.positions === null || Array.isArray(o.positions)) return null;
  const positions: Record<string, [number, number]> = Object.create(null) as Record<string, [number, number]>;
  for (const [id, p] of Object.entries(o.positions)) {
    if (!Array.isArray(p) || p.length !== 2 || !p.every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
    positions[id] = [p[0]!, p[1]!];
  }
  return { format: o.format, version: o.version, key: o.key, positions };
}
