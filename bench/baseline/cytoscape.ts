/**
 * Bare Cytoscape baseline: fetches `?elements=<url>` (nodes with the positions
 * the app's layout gave them, edges, and the app's zoom and pan) and draws them in
 * a box of the app's canvas size (`?w=&h=`), with Cytoscape's default style and a
 * preset layout.
 * Sets `window.__bare` when the first frame has been painted.
 */
import cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';

interface Elements {
  nodes: { id: string; x: number; y: number }[];
  edges: [string, string][];
  /** The app's viewport after its layout; without it, fit. */
  zoom?: number;
  pan?: { x: number; y: number };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const res = await fetch(params.get('elements') ?? '');
  const data = (await res.json()) as Elements;
  const fetched = performance.now();
  const container = document.getElementById('cy')!;
  container.style.width = `${Number(params.get('w') ?? 800)}px`;
  container.style.height = `${Number(params.get('h') ?? 600)}px`;
  const elements: ElementDefinition[] = [];
  for (const n of data.nodes) elements.push({ group: 'nodes', data: { id: n.id }, position: { x: n.x, y: n.y } });
  data.edges.forEach(([source, target], i) => elements.push({ group: 'edges', data: { id: `e${i}`, source, target } }));
  const start = performance.now();
  // The app's viewport when known: the same picture, and no bounding-box pass for a fit.
  const view = data.zoom !== undefined && data.pan ? { zoom: data.zoom, pan: data.pan } : {};
  const cy = cytoscape({ container, elements, ...view, layout: { name: 'preset', fit: !data.pan, padding: 30 } });
  const created = performance.now();
  cy.one('render', () => {
    const ch = new MessageChannel();
    requestAnimationFrame(() => {
      ch.port1.onmessage = () => {
        (window as unknown as { __bare: unknown }).__bare = {
          fetched, start, created, painted: performance.now(), nodes: data.nodes.length, edges: data.edges.length,
        };
      };
      ch.port2.postMessage(0);
    });
  });
  (window as unknown as { __cy: unknown }).__cy = cy;
}

void main();
