/**
 * The only place that talks to Cytoscape. The app hands it plain data (the graph
 * index, a projection, the selection) and gets user intents back through the
 * handlers; it never reads app state itself.
 */
import cytoscape from 'cytoscape';
import type { Core, EdgeCollection, EdgeSingular, ElementDefinition, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import type { GraphIndex } from '../../core/graph/graph.ts';
import type { Projection } from '../../core/graph/visible.ts';
import { shortLabel } from '../../core/encode/encode.ts';
import type { Positions, TimeAxis } from '../../core/encode/layouts.ts';
import type { LayoutName } from '../../core/view/state.ts';
import { drawingKey } from '../../core/layout/saved.ts';
import type { SavedLayout } from '../../core/layout/saved.ts';
import { stylesheet } from './style.ts';
import { fitToPositions, LargeLayout } from './large-layout.ts';
import { concentric, FALLBACK, FCOSE, hierarchy, preset, seedPosition } from './layout-options.ts';
import { fromCyId, toCyId } from './ids.ts';

let fcoseReady: Promise<void> | null = null;

/** Loads the force-directed layout (fcose with cose-base) when a small graph is first laid out by force. */
export function loadFcose(): Promise<void> {
  fcoseReady ??= import('cytoscape-fcose').then((m) => {
    cytoscape.use(m.default);
  }, (e: unknown) => {
    fcoseReady = null; // try again next time
    throw e;
  });
  return fcoseReady;
}

let svgReady: Promise<void> | null = null;

/** Loads the SVG exporter: on the first export, or ahead of time so that export works offline later. */
export function loadSvgExporter(): Promise<void> {
  svgReady ??= import('cytoscape-svg').then((m) => {
    cytoscape.use(m.default);
  }, (e: unknown) => {
    svgReady = null; // try again next time
    throw e;
  });
  return svgReady;
}

export interface RendererHandlers {
  onNode(id: string): void;
  onEdge(id: string): void;
  onBackground(): void;
  /** On a large drawing, what the pointer is over, to be named above the canvas (null: nothing). */
  onHover?(h: HoverLabel | null): void;
}

/** The name of what the pointer is over, and where (in pixels from the canvas's top left corner). */
export interface HoverLabel {
  text: string;
  x: number;
  y: number;
}

export interface Highlight {
  selected: string | null;
  edge: string | null;
  /** Ids on a highlighted path (nodes and edges). */
  path?: readonly string[];
}

/** How many of the most connected nodes keep a label at any zoom. */
const LABELLED = 18;
/**
 * A selection's neighbours are named (full names, 15 px) from this zoom, where a name is 7 px tall
 * on screen, and the links' labels (12 px) from where they are 8 px: the sizes below which the
 * stylesheet's `min-zoomed-font-size` hides them. Further out they would be smudges, and
 * measuring hundreds of names and labels made selecting a hub a long task.
 */
const NAMES_FROM_ZOOM = 7 / 15;
const LINK_LABELS_FROM_ZOOM = 8 / 12;
/** Above this many drawn nodes the renderer switches to its cheap style and worker layout. */
const LARGE = 800;
/** The same threshold, for views deciding what to redo when the drawing changes. */
export const LARGE_DRAWING = LARGE;

export class GraphRenderer {
  readonly cy: Core;
  #graph: GraphIndex | null = null;
  #reduceMotion: boolean;
  #size: (id: string) => number = () => 20;
  /** Position of each entity in order of importance (0 = most connected). */
  #rank = new Map<string, number>();
  #large: boolean | null = null;
  /** The links a layout places the drawn entities by (the projection's `layoutEdges`). */
  #layoutEdges: ReadonlySet<string> = new Set();
  #job = 0;
  /** Force layouts computed (or given by `remember`), by drawing: the same drawing is not laid out twice. */
  #saved = new Map<string, Positions>();
  /** Whether something was laid out since the dataset was set (a first view appears in place, it does not glide). */
  #laidOut = false;
  /** ForceAtlas2 in its Worker, for large drawings. */
  readonly #largeLayout: LargeLayout;
  /** The highlighted neighbourhood, named only once the zoom makes names legible, and whether it is now. */
  #hood: { nodes: NodeCollection; edges: EdgeCollection; names: boolean; labels: boolean } | null = null;

  constructor(container: HTMLElement, handlers: RendererHandlers, opts: { reduceMotion: boolean }) {
    this.#reduceMotion = opts.reduceMotion;
    this.cy = cytoscape({
      container,
      style: stylesheet({ reduceMotion: opts.reduceMotion }),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      // Elements come later (`apply`): no layout of the empty graph at start (Cytoscape's default is a grid).
      layout: { name: 'null' },
      // A tap does not select by itself: `highlight` selects once the details have painted. Selected
      // by Cytoscape, the node was restyled and the canvas redrawn in the very frame of the details,
      // which waited for it (hundreds of ms on a large drawing without a GPU).
      autounselectify: true,
    });
    this.#largeLayout = new LargeLayout(this.cy);
    this.cy.on('tap', 'node', (ev) => handlers.onNode(fromCyId(ev.target.id())));
    this.cy.on('tap', 'edge', (ev) => handlers.onEdge(fromCyId(ev.target.id())));
    this.cy.on('tap', (ev) => {
      if (ev.target === this.cy) handlers.onBackground();
    });
    // What the pointer is over is named. On a large drawing, not by restyling it: that redraws every
    // element (about 150 ms at 1,000 nodes without a GPU), so the page names it above the canvas.
    this.cy.on('mouseover', 'node, edge', (ev) => {
      if (this.#large) handlers.onHover?.(hoverLabel(ev.target as NodeSingular | EdgeSingular));
      else ev.target.addClass('hovered');
    });
    this.cy.on('mouseout', 'node, edge', (ev) => {
      handlers.onHover?.(null);
      if (ev.target.hasClass('hovered')) ev.target.removeClass('hovered');
    });
    this.cy.on('viewport remove', () => handlers.onHover?.(null));
    this.cy.on('zoom', () => this.#nameIfLegible());
  }

  /** Names the highlighted neighbourhood when zoomed in far enough to read it, and unnames it further out. */
  #nameIfLegible(): void {
    const hood = this.#hood;
    if (!hood) return;
    const zoom = this.cy.zoom();
    const names = zoom >= NAMES_FROM_ZOOM;
    const labels = zoom >= LINK_LABELS_FROM_ZOOM;
    // Most zoom events cross neither threshold: nothing to restyle.
    if (names === hood.names && labels === hood.labels) return;
    this.cy.batch(() => {
      if (names !== hood.names) {
        if (names) hood.nodes.addClass('full');
        else hood.nodes.removeClass('full');
      }
      if (labels !== hood.labels) {
        if (labels) hood.edges.addClass('told');
        else hood.edges.removeClass('told');
      }
    });
    hood.names = names;
    hood.labels = labels;
  }

  /** Whether the drawing is large (cheap style, worker layout, no animation). */
  get large(): boolean {
    return this.#large === true;
  }

  /** Starts over with a new dataset; elements are added by `apply`. */
  setGraph(g: GraphIndex, size: (id: string) => number, importance: ReadonlyMap<string, number>): void {
    this.#graph = g;
    this.#size = size;
    this.#rank = new Map(
      [...g.entities]
        .sort((a, b) => (importance.get(b.id) ?? 0) - (importance.get(a.id) ?? 0) || a.id.localeCompare(b.id))
        .map((e, i) => [e.id, i]),
    );
    this.cy.elements().remove();
    this.#large = null;
    this.#laidOut = false;
  }

  /** A force layout computed before (the bundled dataset's, kept next to it): used when that drawing is shown. */
  remember(l: SavedLayout): void {
    this.#keep(l.key, new Map(Object.entries(l.positions).map(([id, [x, y]]) => [id, { x, y }])));
  }

  #keep(key: string, pos: Positions): void {
    this.#saved.delete(key);
    this.#saved.set(key, pos);
    // A few drawings (views switched back and forth), not every one ever shown.
    if (this.#saved.size > 12) this.#saved.delete(this.#saved.keys().next().value!);
  }

  /** Sets node sizes (after the size measure changed); nodes whose size is the same are not touched (no restyle). */
  setSizes(size: (id: string) => number): void {
    this.#size = size;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const s = size(fromCyId(n.id()));
        if (n.data('size') !== s) n.data('size', s);
      });
    });
  }

  /**
   * Makes the drawn elements match the projection: adds what is missing, removes
   * what is not drawn (so a large dataset never puts every element in Cytoscape),
   * marks faded ones.
   */
  apply(p: Projection): void {
    const g = this.#graph;
    if (!g) return;
    const cy = this.cy;
    const large = p.nodes.size + p.faded.size > LARGE;
    if (large !== this.#large) {
      this.#large = large;
      cy.style(stylesheet({ large, reduceMotion: this.#reduceMotion }));
      // Cytoscape reads these at start-up only; its renderer keeps them as fields.
      const r = (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean; textureOnViewport: boolean } }).renderer();
      r.hideEdgesOnViewport = large;
      r.textureOnViewport = large;
    }
    this.#layoutEdges = p.layoutEdges;
    const wanted = (id: string) => p.nodes.has(id) || p.faded.has(id);
    cy.batch(() => {
      cy.remove(cy.edges().filter((e) => !p.edges.has(fromCyId(e.id()))));
      cy.remove(cy.nodes().filter((n) => !wanted(fromCyId(n.id()))));
      const add: ElementDefinition[] = [];
      const count = p.nodes.size + p.faded.size;
      let i = cy.nodes().length;
      // Joining a drawing: placed next to a neighbour already drawn (counted once, not per node).
      const drawnBefore = i > 0;
      for (const set of [p.nodes, p.faded]) {
        for (const id of set) {
          if (cy.getElementById(toCyId(id)).nonempty()) continue;
          const e = g.byId.get(id);
          if (!e) continue;
          const rank = this.#rank.get(id) ?? i;
          add.push({
            group: 'nodes',
            data: { id: toCyId(id), name: e.name, short: shortLabel(e), type: e.type, size: this.#size(id) },
            classes: rank < LABELLED ? 'labelled' : 'minor',
            position: (drawnBefore && this.#placeNear(id)) || seedPosition(rank, count),
          });
          i++;
        }
      }
      for (const id of p.edges) {
        if (cy.getElementById(toCyId(id)).nonempty()) continue;
        const edge = g.edgeById.get(id);
        if (!edge) continue;
        const t = g.relationTypes.get(edge.type);
        add.push({
          group: 'edges',
          data: { id: toCyId(id), source: toCyId(edge.source), target: toCyId(edge.target), type: edge.type, label: t?.label ?? edge.type },
          classes: [t?.collaborative ? 'collab' : 'weak', edge.derived ? 'derived' : ''].filter(Boolean).join(' '),
        });
      }
      if (add.length) cy.add(add);
      // Touch only what changes: class updates restyle elements, which is costly by the thousand.
      const was = cy.elements('.faded');
      if (p.faded.size === 0) {
        was.removeClass('faded');
      } else {
        const now = cy.nodes().filter((n) => p.faded.has(fromCyId(n.id())));
        const fadedAll = now.union(now.connectedEdges());
        was.difference(fadedAll).removeClass('faded');
        fadedAll.difference(was).addClass('faded');
      }
    });
  }

  /** A position next to an already drawn neighbour, for a node that joins the view. */
  #placeNear(id: string): { x: number; y: number } | undefined {
    const g = this.#graph;
    if (!g) return undefined;
    for (const edge of g.incident.get(id) ?? []) {
      const other = this.cy.getElementById(toCyId(edge.source === id ? edge.target : edge.source));
      if (other.nonempty() && other.isNode()) {
        const p = other.position();
        const angle = hash(id) * 2 * Math.PI;
        return { x: p.x + 70 * Math.cos(angle), y: p.y + 70 * Math.sin(angle) };
      }
    }
    return undefined;
  }

  /** Selection, its neighbourhood and an optional path, in one batch. */
  highlight(h: Highlight): void {
    const cy = this.cy;
    // Dimming everything else restyles every element: fine for a few hundred, not for thousands.
    const dimOthers = !this.#large;
    cy.autounselectify(false);
    cy.batch(() => {
      cy.elements('.hl, .dim, .full, .told, .path').removeClass('hl dim full told path');
      this.#hood = null;
      cy.elements(':selected').unselect();
      const pathIds = new Set(h.path ?? []);
      if (pathIds.size > 0) {
        cy.elements().forEach((el) => {
          if (pathIds.has(fromCyId(el.id()))) el.addClass('path full');
          else if (dimOthers) el.addClass('dim');
        });
      }
      if (h.selected) {
        const node = cy.getElementById(toCyId(h.selected));
        if (node.nonempty()) {
          node.select();
          const hood = node.closedNeighborhood();
          // Links only: no rule styles a highlighted node, and a class change restyles the element.
          hood.edges().addClass('hl');
          // A path's entities stay named at any zoom (they have their own class, `path full`).
          this.#hood = { nodes: hood.nodes().not(node).not('.path'), edges: hood.edges().not('.path'), names: false, labels: false };
          this.#nameIfLegible();
          if (pathIds.size === 0 && dimOthers) cy.elements().difference(hood).addClass('dim');
        }
      } else if (h.edge) {
        const edge = cy.getElementById(toCyId(h.edge));
        if (edge.nonempty()) {
          edge.select();
          edge.addClass('hl told');
          edge.connectedNodes().addClass('full');
          if (pathIds.size === 0 && dimOthers) cy.elements().difference(edge.union(edge.connectedNodes())).addClass('dim');
        }
      }
    });
    cy.autounselectify(true);
    // Compute the new styles now, in this task: left to the next frame, computing them and drawing
    // took one task of 50-70 ms on the first highlight of the bundled dataset. (A large drawing only
    // restyles the neighbourhood's links.) Reading a style (`numericStyle`) computes it for an element whose style is out of date.
    if (dimOthers) cy.elements().forEach((el) => void el.numericStyle('opacity'));
  }

  /**
   * Brings an element into view without changing the zoom: pans to it when it
   * is off screen or near an edge. One well in view stays where it is, so the
   * graph does not move under the pointer that clicked it.
   */
  centre(id: string): void {
    const el = this.cy.getElementById(toCyId(id));
    if (el.empty()) return;
    const at = el.renderedPosition();
    const w = this.cy.width();
    const h = this.cy.height();
    if (at.x >= w * 0.1 && at.x <= w * 0.9 && at.y >= h * 0.1 && at.y <= h * 0.9) return;
    const opts = { center: { eles: el } };
    // Every frame of a large drawing costs a lot without a GPU: jump instead of gliding.
    if (this.#reduceMotion || this.#large) this.cy.center(el);
    else this.cy.animate(opts, { duration: 300 });
  }

  /** Runs a layout on what is drawn. Resolves when it has finished. */
  layout(name: LayoutName, root: string | null, onAxis?: (axis: TimeAxis | null) => void): Promise<void> {
    const g = this.#graph;
    if (!g) return Promise.resolve();
    const drawn = this.cy.elements();
    const ids = drawn.nodes().map((n) => fromCyId(n.id()));
    const animate = !this.#reduceMotion && ids.length <= 800;
    onAxis?.(null);
    this.#job++; // a newer layout supersedes a worker layout still running
    this.#largeLayout.release();
    if (name === 'force' && ids.length > LARGE) {
      return this.#largeForce(ids);
    }
    const key = name === 'force' ? drawingKey(ids, drawn.edges().map((e) => fromCyId(e.id()))) : '';
    const saved = this.#saved.get(key);
    if (saved && ids.every((id) => saved.has(id))) {
      return this.#run(drawn, preset((n) => saved.get(fromCyId(n.id()))!, animate && this.#laidOut), name);
    }
    if (name === 'concentric') return this.#run(drawn, concentric(animate), name);
    if (name === 'hierarchy') {
      const rootId = root && ids.includes(root) ? root : this.#mostConnected(drawn.nodes().map((n) => n));
      return this.#run(drawn, hierarchy(rootId, animate), name);
    }
    const job = this.#job;
    if (name !== 'force') {
      // The country and time layouts (and d3's time scales) load when first chosen.
      return import('../../core/encode/layouts.ts').then(({ countryLayout, timeLayout }) => {
        if (job !== this.#job) return;
        let pos: Positions;
        if (name === 'country') pos = countryLayout(g, ids);
        else {
          const axis = timeLayout(g, ids);
          pos = axis.positions;
          onAxis?.(axis);
        }
        return this.#run(drawn, preset((n) => pos.get(fromCyId(n.id())) ?? { x: 0, y: 0 }, animate), name);
      });
    }
    // Deterministic: start from fixed positions and refine (no random start).
    drawn.nodes().forEach((n, i) => {
      n.position(seedPosition(i, ids.length));
    });
    return loadFcose().then(
      async () => {
        if (job !== this.#job) return;
        await this.#run(drawn, { ...FCOSE }, name);
        if (job === this.#job) this.#keep(key, new Map(drawn.nodes().map((n) => [fromCyId(n.id()), { ...n.position() }])));
      },
      () => this.#run(drawn, { ...FALLBACK }, 'concentric'),
    );
  }

  #run(drawn: ReturnType<Core['elements']>, options: LayoutOptions, name: LayoutName | 'concentric'): Promise<void> {
    const large = this.#large === true;
    if (large) (options as { fit?: boolean }).fit = false;
    return new Promise((resolve) => {
      const layout = drawn.layout(options);
      layout.one('layoutstop', () => {
        this.#laidOut = true;
        if (large) fitToPositions(this.cy);
        resolve();
      });
      try {
        layout.run();
      } catch (e) {
        // A layout library can fail on unusual data (cose-base keys plain objects by node id, so an
        // entity id such as "constructor" breaks fcose): fall back to a plain layout instead of hanging.
        console.error(`The ${name} layout failed; a concentric layout is shown instead.`, e);
        drawn.layout({ ...FALLBACK }).run();
        resolve();
      }
    });
  }

  /** Large graphs: ForceAtlas2 in a Web Worker (see large-layout.ts), from a spiral by importance. */
  #largeForce(ids: string[]): Promise<void> {
    const cy = this.cy;
    const ordered = [...ids].sort((a, b) => (this.#rank.get(a) ?? 0) - (this.#rank.get(b) ?? 0));
    const index = new Map(ordered.map((id, i) => [id, i]));
    const start = new Float64Array(ordered.length * 2);
    ordered.forEach((_, i) => {
      const p = seedPosition(i, ordered.length);
      start[2 * i] = p.x;
      start[2 * i + 1] = p.y;
    });
    // Placed by every link between them, also those an overview does not draw.
    const pairs: number[] = [];
    for (const id of this.#layoutEdges) {
      const e = this.#graph?.edgeById.get(id);
      const a = e && index.get(e.source);
      const b = e && index.get(e.target);
      if (a !== undefined && b !== undefined) pairs.push(a, b);
    }
    const job = this.#job;
    return this.#largeLayout.run({
      job,
      start,
      pairs,
      current: () => job === this.#job,
      // Moving a thousand nodes costs a tenth of a second: the spiral is put in place only if it is shown.
      place: (pos) => {
        cy.batch(() => {
          ordered.forEach((id, i) => {
            const n = cy.getElementById(toCyId(id));
            if (n.nonempty()) n.position({ x: pos[2 * i]!, y: pos[2 * i + 1]! });
          });
        });
        fitToPositions(cy);
      },
    });
  }

  #mostConnected(nodes: NodeSingular[]): string | undefined {
    let best: NodeSingular | undefined;
    for (const n of nodes) if (!best || n.degree(false) > best.degree(false)) best = n;
    return best ? fromCyId(best.id()) : undefined;
  }

  zoomBy(factor: number): void {
    const cy = this.cy;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  fit(): void {
    if (this.#large) fitToPositions(this.cy);
    else this.cy.fit(this.cy.elements(), 30);
  }

  /** The current view as a PNG. */
  png(): Blob {
    return this.cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: 2 }) as unknown as Blob;
  }

  /** The current view as SVG; the exporter is loaded on first use. */
  async svg(): Promise<Blob> {
    await loadSvgExporter();
    const text = (this.cy as unknown as { svg(o: { full: boolean; scale: number; bg: string }): string })
      .svg({ full: false, scale: 1, bg: '#ffffff' });
    return new Blob([text], { type: 'image/svg+xml' });
  }

  /** Screen position of a node (for overlays and tests). */
  renderedPosition(id: string): { x: number; y: number } | null {
    const n = this.cy.getElementById(toCyId(id));
    return n.nonempty() ? n.renderedPosition() : null;
  }

  destroy(): void {
    this.#largeLayout.destroy();
    this.cy.destroy();
    this.#graph = null;
  }
}

/** A number in [0, 1) from a string, stable across runs. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/** Deterministic starting positions: a sunflower spiral, most important in the middle. */

/** The full name of a node, or an edge read as a sentence, placed below the node or at the edge's middle. */
function hoverLabel(el: NodeSingular | EdgeSingular): HoverLabel {
  // Kept clear of the canvas's sides (the label is up to 18rem wide, centred on x).
  const within = (x: number) => Math.min(Math.max(x, 150), Math.max(150, el.cy().width() - 150));
  if (el.isNode()) {
    const at = el.renderedPosition();
    return { text: String(el.data('name') ?? ''), x: within(at.x), y: at.y + el.renderedOuterHeight() / 2 + 4 };
  }
  const at = el.renderedMidpoint();
  return { text: `${el.source().data('name') ?? ''} ${el.data('label') ?? '—'} ${el.target().data('name') ?? ''}`, x: within(at.x), y: at.y + 6 };
}
