/**
 * Derived analysis state for one AppState: the collaboration network, the
 * measures, the shortest paths between the view's `pathFrom` and `pathTo`, and
 * the few UI settings the analysis panels share (path options, which path is
 * highlighted, which collaboration link is open). Everything is `$derived`
 * from the app's dataset and view, so filters and selection carry over.
 *
 * One instance per AppState (`analysisOf(app)`), so that the panels, the
 * renderer and the details panel all read the same values. The lead may move
 * this class into src/state/ unchanged.
 */
import type { AppState } from '../../state/app.svelte.ts';
import type { EntityType } from '../../core/model/schema.ts';
import { collaborationNetwork } from '../../core/analysis/collab.ts';
import type { CollabNetwork } from '../../core/analysis/collab.ts';
import { collabToNetwork, knowledgeNetwork } from '../../core/analysis/network.ts';
import type { Adjacency } from '../../core/analysis/linkpred.ts';
import { featureGraph } from '../../core/analysis/suggest.ts';
import type { Measure, Network } from '../../core/analysis/network.ts';
import { pathElementIds, shortestPaths } from '../../core/analysis/paths.ts';
import type { PathResult } from '../../core/analysis/paths.ts';
import { analysisScope } from '../../core/analysis/scope.ts';
import type { AnalysisScope } from '../../core/analysis/scope.ts';
import { MEASURE_HERE_LIMIT, measureNow, measureScoped } from '../../adapters/cytoscape/measures-client.ts';
import type { Measured } from '../../adapters/cytoscape/measures-client.ts';
import { filtersKey } from '../../core/analysis/scoped.ts';
import { whenIdle } from '../../io/progress.ts';
import { isStakeholder } from '../../core/analysis/relations.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import type { MeasureResult } from '../../adapters/cytoscape/measures.ts';

export type MeasuredNetwork = 'collab' | 'graph';

export interface PathSettings {
  excludeTypes: readonly EntityType[];
  excludeRelations: readonly string[];
  /** Only through entities the filters keep. */
  withinFilters: boolean;
}

export class AnalysisState {
  readonly app: AppState;

  /** Options of "How is A connected to B". */
  pathSettings = $state.raw<PathSettings>({ excludeTypes: [], excludeRelations: [], withinFilters: true });
  /** The one path highlighted, or null for all of them. */
  pathIndex = $state<number | null>(null);
  /** The collaboration link whose evidence is open (`collab:a|b`). */
  openLink = $state<string | null>(null);
  /** Which network the measures table shows. */
  measuredOn = $state<MeasuredNetwork>('collab');

  /** Measures of a large dataset's networks, as they arrive from the Worker. */
  #arrived = $state.raw<{ key: string; result: Measured | string }[]>([]);
  /** Measures asked for, by key (not reactive: asking is not a change anyone shows). */
  #asked = new Set<string>();
  /** Measures of small networks, computed here in a moment of their own. */
  #local = $state.raw<{ key: string; result: MeasureResult }[]>([]);
  /** Small networks whose measuring is planned, by key. */
  #planned = new Set<string>();

  constructor(app: AppState) {
    this.app = app;
  }

  /** Follows the filters only (`filterView`), not every change of the view. */
  scope: AnalysisScope | null = $derived.by(() => (this.app.graph ? analysisScope(this.app.graph, this.app.filterView) : null));

  /** The collaboration network within the filters. */
  collab: CollabNetwork | null = $derived.by(() => {
    const g = this.app.graph;
    const s = this.scope;
    if (!g || !s) return null;
    return collaborationNetwork(g, { stakeholder: s.entity, context: s.context, edge: s.edge });
  });

  /** The stakeholder–feature graph the suggestions rank on (built once per network). */
  features: Adjacency | null = $derived.by(() => {
    const g = this.app.graph;
    const s = this.scope;
    const c = this.collab;
    return g && s && c ? featureGraph(g, c, { within: s.context, edge: s.edge }) : null;
  });

  collabNetwork: Network | null = $derived(this.collab ? collabToNetwork(this.collab) : null);

  /** The knowledge graph within the filters (every entity type). */
  graphNetwork: Network | null = $derived.by(() => {
    const g = this.app.graph;
    const s = this.scope;
    if (!g || !s) return null;
    return knowledgeNetwork(g, g.entities.map((e) => e.id).filter(s.entity), s.edge);
  });

  /**
   * A dataset this big has networks too big to build and measure without a
   * pause: the Worker builds and measures them (from the filters), and until
   * their measures arrive they are null (sizes fall back to degree meanwhile).
   */
  #remote: boolean = $derived.by(() => (this.app.graph?.entities.length ?? 0) > MEASURE_HERE_LIMIT);
  collabMeasures: MeasureResult | null = $derived(this.#remote ? this.#fromWorker('collab') : this.#measure('collab'));
  graphMeasures: MeasureResult | null = $derived(this.#remote ? this.#fromWorker('graph') : this.#measure('graph'));

  /** Measures of the network the current view shows (collaboration view or the graph). */
  viewMeasures: MeasureResult | null = $derived.by(() => (this.app.view.view === 'collab' ? this.collabMeasures : this.graphMeasures));

  /**
   * Node sizes: the view's `sizeBy` measure on the network shown, falling back
   * to degree when that measure was not computed (or not yet).
   */
  sizeValues: ReadonlyMap<string, number> = $derived.by(() => {
    const m = this.viewMeasures;
    // Still being measured in the background: links in the knowledge graph meanwhile.
    if (!m) return this.app.degrees;
    return m.values[this.app.view.sizeBy] ?? m.values.degree ?? new Map();
  });

  /** Shortest paths between the view's two ends, with the options above. */
  paths: PathResult | null = $derived.by(() => {
    const g = this.app.graph;
    const { pathFrom, pathTo } = this.app.view;
    const s = this.scope;
    if (!g || !s || !pathFrom || !pathTo) return null;
    const o = this.pathSettings;
    return shortestPaths(g, pathFrom, pathTo, {
      excludeTypes: o.excludeTypes,
      excludeRelations: o.excludeRelations,
      ...(o.withinFilters ? { within: s.entity, edge: s.edge } : {}),
    });
  });

  /** Node and edge ids to highlight for the path(s): pass to the renderer's `highlight({ path })`. */
  pathIds: string[] = $derived.by(() => {
    const r = this.paths;
    if (!r) return [];
    const i = this.pathIndex;
    const chosen = i !== null && r.paths[i] ? [r.paths[i]] : r.paths;
    return pathElementIds(chosen);
  });

  /** Whether the measures of a network are still being computed (in the background). */
  pending(kind: MeasuredNetwork): boolean {
    if (!this.app.graph) return false;
    return (kind === 'collab' ? this.collabMeasures : this.graphMeasures) === null && this.failure(kind) === null;
  }

  /** Why the measures of a network could not be computed, if they could not. */
  failure(kind: MeasuredNetwork): string | null {
    const got = this.#remote ? this.#arrived.find((a) => a.key === this.#key(kind))?.result : undefined;
    return typeof got === 'string' ? got : null;
  }

  /** The nodes measured (those of the network), once measured. */
  measuredIds(kind: MeasuredNetwork): readonly string[] {
    if (!this.#remote) return (kind === 'collab' ? this.collabNetwork : this.graphNetwork)?.nodes ?? [];
    const got = this.#arrived.find((a) => a.key === this.#key(kind))?.result;
    return got && typeof got !== 'string' ? got.ids : [];
  }

  /** Whether an entity is a node of the collaboration network (a stakeholder within the filters). */
  inCollab(id: string): boolean {
    const g = this.app.graph;
    return g !== null && this.scope !== null && isStakeholder(g, id) && this.scope.entity(id);
  }

  /** A number for each dataset loaded, to key its measures. */
  #datasetIds = new WeakMap<Dataset, number>();
  #datasets = 0;
  #key(kind: MeasuredNetwork): string {
    const d = this.app.dataset;
    if (!d) return '';
    let n = this.#datasetIds.get(d);
    if (n === undefined) this.#datasetIds.set(d, (n = ++this.#datasets));
    return `${n}|${kind}|${filtersKey(this.app.filterView)}`;
  }

  /**
   * Small networks: measured here, in a task of their own when the page is
   * idle, not in the middle of whatever asked first (the first view, or the
   * first selection's details). Null until then, as for a large dataset.
   */
  #measure(kind: MeasuredNetwork): MeasureResult | null {
    if (!this.app.graph) return null;
    const key = this.#key(kind);
    const got = this.#local.find((l) => l.key === key);
    if (got) return got.result;
    this.#plan(kind, key);
    // The details of a selection show both networks' measures: the other one is planned too.
    const other = kind === 'collab' ? 'graph' : 'collab';
    const otherKey = this.#key(other);
    if (!this.#local.some((l) => l.key === otherKey)) this.#plan(other, otherKey);
    return null;
  }

  #plan(kind: MeasuredNetwork, key: string): void {
    if (!this.#planned.has(key)) {
      this.#planned.add(key);
      whenIdle(() => {
        this.#planned.delete(key);
        // The network of the view at that moment (the key says which one it must be).
        if (this.#key(kind) !== key) return;
        const result = measureNow(kind === 'collab' ? this.collabNetwork! : this.graphNetwork!);
        // The last few measured (filters toggled back and forth find theirs again).
        if (result) this.#local = [...this.#local.filter((l) => l.key !== key).slice(-5), { key, result }];
      }, 500);
    }
  }

  #fromWorker(kind: MeasuredNetwork): MeasureResult | null {
    const g = this.app.graph;
    if (!g) return null;
    const key = this.#key(kind);
    const got = this.#arrived.find((a) => a.key === key);
    if (got) return typeof got.result === 'string' ? null : got.result.result;
    if (!this.#asked.has(key)) {
      this.#asked.add(key);
      const keep = (result: Measured | string) => {
        this.#asked.delete(key);
        // The last few measured (filters toggled back and forth find theirs again).
        this.#arrived = [...this.#arrived.filter((a) => a.key !== key).slice(-5), { key, result }];
      };
      measureScoped(g, kind, this.app.filterView).then(keep, (e: unknown) => keep(`The measures could not be computed (${e instanceof Error ? e.message : String(e)}).`));
    }
    return null;
  }

  /** Rank and value of an entity for one measure on one network (for the details panel). */
  measureOf(kind: MeasuredNetwork, measure: Measure, id: string): { value: number; rank: number; of: number } | null {
    const m = kind === 'collab' ? this.collabMeasures : this.graphMeasures;
    const value = m?.values[measure]?.get(id);
    const rank = m?.ranks[measure]?.get(id);
    if (!m || value === undefined || rank === undefined) return null;
    return { value, rank, of: m.nodes };
  }
}

const instances = new WeakMap<AppState, AnalysisState>();

/** The analysis state of an app (created on first use). */
export function analysisOf(app: AppState): AnalysisState {
  let a = instances.get(app);
  if (!a) instances.set(app, (a = new AnalysisState(app)));
  return a;
}
