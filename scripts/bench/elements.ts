/**
 * Elements for the bare Cytoscape page when the app never finished its layout
 * (so its positions cannot be read): the dataset's entities on a sunflower
 * spiral, its relations, and the "held in" edges the app derives from event
 * locations. Same elements, stand-in positions; the report says so.
 */
import { readFileSync } from 'node:fs';
import type { Elements } from './page.ts';

interface Raw {
  entities: { id: string; type: string; sensitive?: boolean; location?: { country?: string } }[];
  relations: { source: string; target: string; sensitive?: boolean }[];
}

export function elementsFromDataset(file: string, w: number, h: number): Elements {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Raw;
  const kept = data.entities.filter((e) => !e.sensitive);
  const ids = new Set(kept.map((e) => e.id));
  const golden = Math.PI * (3 - Math.sqrt(5));
  const nodes = kept.map((e, i) => {
    const r = 60 * Math.sqrt(i + 0.5);
    return { id: e.id, x: Math.round(r * Math.cos(i * golden)), y: Math.round(r * Math.sin(i * golden)) };
  });
  const edges: [string, string][] = [];
  for (const r of data.relations) if (!r.sensitive && ids.has(r.source) && ids.has(r.target)) edges.push([r.source, r.target]);
  for (const e of kept) if (e.type === 'event' && e.location?.country && ids.has(e.location.country)) edges.push([e.id, e.location.country]);
  // Fit, as the app does, computed here so the bare page skips its bounding-box pass.
  let [x1, x2, y1, y2] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const n of nodes) {
    x1 = Math.min(x1, n.x);
    x2 = Math.max(x2, n.x);
    y1 = Math.min(y1, n.y);
    y2 = Math.max(y2, n.y);
  }
  const pad = 30;
  const zoom = Math.min((w - 2 * pad) / Math.max(1, x2 - x1), (h - 2 * pad) / Math.max(1, y2 - y1));
  const pan = { x: pad + (w - 2 * pad - zoom * (x2 - x1)) / 2 - zoom * x1, y: pad + (h - 2 * pad - zoom * (y2 - y1)) / 2 - zoom * y1 };
  return { nodes, edges, w, h, zoom, pan };
}
