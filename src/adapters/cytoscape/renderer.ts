/**
 * The only place that talks to Cytoscape. The app hands it plain data (the graph
 * index, a projection, the selection) and gets user intents back through the
 * handlers; it never reads app state itself.
 */
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphIndex } from '../../core/graph/graph.ts';
import type { Projection } from '../../core/graph/visible.ts';
import { shortLabel } from '../../core/encode/encode.ts';
import { countryLayout, timeLayout } from '../../core/encode/layouts.ts';
import type { Positions } from '../../core/encode/layouts.ts';
import type { LayoutName } from '../../core/view/state.ts';
import { stylesheet } from './style.ts';

cytoscape.use(fcose);
let svgReady: Promise<void> | null = null;

export interface RendererHandlers {
  onNode(id: string): void;
  onEdge(id: string): void;
  onBackground(): void;
}

export interface Highlight {
  selected: string | null;
  edge: string | null;
  /** Ids on a highlighted path (nodes and edges). */
  path?: readonly string[];
}

/** How many of the most connected nodes keep a label at any zoom. */
const LABELLED = 18;

export class GraphRenderer {
  readonly cy: Core;
  #graph: GraphIndex | null = null;
  #reduceMotion: boolean;

  constructor(container: HTMLElement, handlers: RendererHandlers, opts: { reduceMotion: boolean }) {
    this.#reduceMotion = opts.reduceMotion;
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: false,
      hideEdgesOnViewport: false,
    });
    this.cy.on('tap', 'node', (ev) => handlers.onNode(ev.target.id()));
    this.cy.on('tap', 'edge', (ev) => handlers.onEdge(ev.target.id()));
    this.cy.on('tap', (ev) => {
      if (ev.target === this.cy) handlers.onBackground();
    });
    this.cy.on('mouseover', 'node, edge', (ev) => ev.target.addClass('hovered'));
    this.cy.on('mouseout', 'node, edge', (ev) => ev.target.removeClass('hovered'));
  }

  /** Replaces every element: called once per dataset. */
  setGraph(g: GraphIndex, size: (id: string) => number, importance: ReadonlyMap<string, number>): void {
    this.#graph = g;
    const ranked = [...g.entities].sort((a, b) => (importance.get(b.id) ?? 0) - (importance.get(a.id) ?? 0) || a.id.localeCompare(b.id));
    const labelled = new Set(ranked.slice(0, LABELLED).map((e) => e.id));
    const els: ElementDefinition[] = [];
    g.entities.forEach((e, i) => {
      els.push({
        group: 'nodes',
        data: { id: e.id, name: e.name, short: shortLabel(e), type: e.type, size: size(e.id) },
        classes: labelled.has(e.id) ? 'labelled' : 'minor',
        position: seedPosition(i, g.entities.length),
      });
    });
    for (const edge of g.edges) {
      const t = g.relationTypes.get(edge.type);
      const classes = [t?.collaborative ? 'collab' : 'weak', edge.derived ? 'derived' : ''].filter(Boolean).join(' ');
      els.push({
        group: 'edges',
        data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, label: t?.label ?? edge.type },
        classes,
      });
    }
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(els);
    });
  }

  /** Sets node sizes (after the size measure changed). */
  setSizes(size: (id: string) => number): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.data('size', size(n.id()));
      });
    });
  }

  /** Shows the projection: drawn, faded and removed elements. */
  apply(p: Projection): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const id = n.id();
        const shown = p.nodes.has(id);
        const faded = p.faded.has(id);
        n.toggleClass('gone', !shown && !faded);
        n.toggleClass('faded', faded);
      });
      this.cy.edges().forEach((e) => {
        const shown = p.edges.has(e.id());
        e.toggleClass('gone', !shown);
        const faded = shown && (p.faded.has(e.source().id()) || p.faded.has(e.target().id()));
        e.toggleClass('faded', faded);
      });
    });
  }

  /** Selection, its neighbourhood and an optional path, in one batch. */
  highlight(h: Highlight): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('hl dim full path').unselect();
      const pathIds = new Set(h.path ?? []);
      if (pathIds.size > 0) {
        cy.elements().forEach((el) => {
          if (pathIds.has(el.id())) el.addClass('path full');
          else el.addClass('dim');
        });
      }
      if (h.selected) {
        const node = cy.getElementById(h.selected);
        if (node.nonempty()) {
          node.select();
          const hood = node.closedNeighborhood();
          hood.addClass('hl');
          hood.nodes().addClass('full');
          if (pathIds.size === 0) cy.elements().difference(hood).addClass('dim');
        }
      } else if (h.edge) {
        const edge = cy.getElementById(h.edge);
        if (edge.nonempty()) {
          edge.select();
          edge.addClass('hl');
          edge.connectedNodes().addClass('hl full');
          if (pathIds.size === 0) cy.elements().difference(edge.union(edge.connectedNodes())).addClass('dim');
        }
      }
    });
  }

  /** Pans to an element without changing the zoom (or fits it if off screen). */
  centre(id: string): void {
    const el = this.cy.getElementById(id);
    if (el.empty() || el.hasClass('gone')) return;
    const opts = { center: { eles: el } };
    if (this.#reduceMotion) this.cy.center(el);
    else this.cy.animate(opts, { duration: 300 });
  }

  /** Runs a layout on what is drawn. Resolves when it has finished. */
  layout(name: LayoutName, root: string | null, onAxis?: (axis: ReturnType<typeof timeLayout> | null) => void): Promise<void> {
    const g = this.#graph;
    if (!g) return Promise.resolve();
    const drawn = this.cy.elements().not('.gone');
    const ids = drawn.nodes().map((n) => n.id());
    const animate = !this.#reduceMotion && ids.length <= 800;
    let options: LayoutOptions;
    onAxis?.(null);
    if (name === 'force') {
      // Deterministic: start from fixed positions and refine (no random start).
      drawn.nodes().forEach((n, i) => {
        n.position(seedPosition(i, ids.length));
      });
      options = {
        name: 'fcose',
        quality: 'proof',
        randomize: false,
        animate: false,
        nodeRepulsion: () => 16000,
        idealEdgeLength: () => 120,
        nodeSeparation: 100,
        gravity: 0.25,
        numIter: 2500,
        padding: 30,
        fit: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
    } else if (name === 'concentric') {
      options = {
        name: 'concentric',
        concentric: (n: NodeSingular) => n.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 18,
        animate,
        animationDuration: 500,
        padding: 30,
      } as LayoutOptions;
    } else if (name === 'hierarchy') {
      const rootId = root && ids.includes(root) ? root : this.#mostConnected(drawn.nodes().map((n) => n));
      options = {
        name: 'breadthfirst',
        roots: rootId ? [rootId] : undefined,
        directed: false,
        spacingFactor: 1.1,
        circle: false,
        grid: false,
        avoidOverlap: true,
        animate,
        animationDuration: 500,
        padding: 30,
      } as LayoutOptions;
    } else {
      let pos: Positions;
      if (name === 'country') pos = countryLayout(g, ids);
      else {
        const axis = timeLayout(g, ids);
        pos = axis.positions;
        onAxis?.(axis);
      }
      options = {
        name: 'preset',
        positions: (n: NodeSingular) => pos.get(n.id()) ?? { x: 0, y: 0 },
        animate,
        animationDuration: 500,
        padding: 30,
        fit: true,
      } as LayoutOptions;
    }
    return new Promise((resolve) => {
      const layout = drawn.layout(options);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }

  #mostConnected(nodes: NodeSingular[]): string | undefined {
    let best: NodeSingular | undefined;
    for (const n of nodes) if (!best || n.degree(false) > best.degree(false)) best = n;
    return best?.id();
  }

  zoomBy(factor: number): void {
    const cy = this.cy;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  fit(): void {
    this.cy.fit(this.cy.elements().not('.gone'), 30);
  }

  /** The current view as a PNG. */
  png(): Blob {
    return this.cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: 2 }) as unknown as Blob;
  }

  /** The current view as SVG; the exporter is loaded on first use. */
  async svg(): Promise<Blob> {
    if (!svgReady) {
      svgReady = import('cytoscape-svg').then((m) => {
        cytoscape.use(m.default);
      });
    }
    await svgReady;
    const text = (this.cy as unknown as { svg(o: { full: boolean; scale: number; bg: string }): string })
      .svg({ full: false, scale: 1, bg: '#ffffff' });
    return new Blob([text], { type: 'image/svg+xml' });
  }

  /** Screen position of a node (for overlays and tests). */
  renderedPosition(id: string): { x: number; y: number } | null {
    const n = this.cy.getElementById(id);
    return n.nonempty() ? n.renderedPosition() : null;
  }

  destroy(): void {
    this.cy.destroy();
    this.#graph = null;
  }
}

/** Deterministic starting positions: a sunflower spiral in input order. */
function seedPosition(i: number, n: number): { x: number; y: number } {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const r = 40 * Math.sqrt(i + 0.5) * (n > 200 ? 1.5 : 1);
  return { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
}
