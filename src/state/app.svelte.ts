/**
 * The app state: one immutable dataset and one view state (ids only), both
 * replaced, never mutated; everything else is derived. The URL mirrors the view.
 */
import type { Dataset } from '../core/model/dataset.ts';
import type { ValidationIssue } from '../core/model/validate.ts';
import { buildGraph, neighbours } from '../core/graph/graph.ts';
import type { GraphIndex } from '../core/graph/graph.ts';
import { passingFilters, project } from '../core/graph/visible.ts';
import type { SearchHit, Searcher } from '../core/search/index.ts';
import { searcherFor } from './remote-search.svelte.ts';
import type { Projection } from '../core/graph/visible.ts';
import { emptyView, keptWhile, sameDrawing, sameFilters } from '../core/view/state.ts';
import type { ViewState } from '../core/view/state.ts';
import { decodeView, mergeSearch, resolveIds } from '../core/view/url.ts';
import { bundledLayout, describeSource, loadDataset } from '../io/load.ts';
import type { SavedLayout } from '../core/layout/saved.ts';
import type { DatasetSource, Loaded } from '../io/load.ts';
import { nextPaint } from '../io/progress.ts';
import type { LoadProgress } from '../io/progress.ts';

export interface LoadFailure {
  origin: string;
  errors: ValidationIssue[];
}

/** [data] Set by the Data menu (src/components/data) to remember and restore the last dataset. */
export interface LoadHooks {
  /** Asked once, before the first load of the bundled dataset: a remembered dataset to open instead. */
  restore?: () => Promise<DatasetSource | null>;
  /** Told after every successful load. */
  loaded?: (src: DatasetSource, loaded: Loaded) => void;
}

/** Whether a view change is a step the back button should return to. */
export type HistoryMode = 'push' | 'replace' | 'none';

export class AppState {
  dataset = $state.raw<Dataset | null>(null);
  view = $state.raw<ViewState>(emptyView());
  /** The last failed load; the dataset loaded before stays in `dataset`. */
  failure = $state.raw<LoadFailure | null>(null);
  loading = $state<string | null>(null);
  /** Messages about the view (ids in a link that do not exist...). */
  notices = $state.raw<string[]>([]);
  /** Most entities drawn at once; bigger views show an overview of the most connected. */
  drawLimit = $state(1000);
  /** Most links drawn at once; beyond it, those between the most connected (and the selection's). */
  edgeLimit = $state(1500);
  /** Bumped when the canvas should re-run its layout (same view, new request). */
  relayout = $state(0);
  /** The bundled dataset's first view laid out beforehand (null for other datasets, or when it did not arrive). */
  savedLayout = $state.raw<SavedLayout | null>(null);

  graph: GraphIndex | null = $derived(this.dataset ? buildGraph(this.dataset) : null);
  degrees: ReadonlyMap<string, number> = $derived.by(() => {
    const m = new Map<string, number>();
    const g = this.graph;
    if (g) for (const e of g.entities) m.set(e.id, neighbours(g, e.id).length);
    return m;
  });
  search: Searcher | null = $derived(this.graph ? searcherFor(this.graph) : null);
  #byFilters = keptWhile(sameFilters);
  /**
   * The view as far as the filters go: the same object for as long as no filter
   * changes, so that what depends only on the filters (which entities pass, the
   * analysis scope) is not computed again on every selection or keystroke.
   */
  filterView: ViewState = $derived(this.#byFilters(this.view));
  /** Entities passing the filters (type, country, dates): search results honour them too. */
  passing: Set<string> = $derived(this.graph ? passingFilters(this.graph, this.filterView) : new Set());
  /** Search results for the query in the view, within the filters. */
  hits: SearchHit[] = $derived.by(() => {
    const q = this.#query;
    if (!this.search || q.trim() === '') return (this.#lastHits = []);
    const passing = this.passing;
    const out = this.search.run(q, { filter: (id) => passing.has(id), sort: this.#sort });
    // A large dataset's answer comes from a Worker: until it does, the graph keeps what it shows.
    if (out.pending) return this.#lastHits;
    return (this.#lastHits = out.hits.slice(0, 200));
  });
  #lastHits: SearchHit[] = [];
  // Strings: a selection (a new view with the same query) does not search again.
  #query: string = $derived(this.view.query);
  #sort: ViewState['sort'] = $derived(this.view.sort);
  #byDrawing = keptWhile(sameDrawing);
  /** The view as far as what is drawn goes (see `sameDrawing`): typing a query or changing the layout does not project again. */
  drawingView: ViewState = $derived(this.#byDrawing(this.view));
  projection: Projection | null = $derived.by(() => {
    const g = this.graph;
    if (!g) return null;
    const v = this.drawingView;
    const only = v.searchGraph !== 'off' && v.query.trim() !== '' ? this.hits.map((h) => h.id) : undefined;
    return project(g, v, only ? { ids: only, neighbours: v.searchGraph === 'neighbours' } : undefined,
      { limit: this.drawLimit, edgeLimit: this.edgeLimit, importance: this.degrees, passed: this.passing });
  });

  // [data] Import (src/components/data): progress of the running load, remarks on the last one, hooks.
  progress = $state.raw<LoadProgress | null>(null);
  warnings = $state.raw<ValidationIssue[]>([]);
  hooks: LoadHooks = {};
  #loads = 0;

  /** Loads a dataset; on failure keeps the current one and records every problem. */
  async load(src: DatasetSource): Promise<boolean> {
    if (this.#loads === 0 && src.kind === 'bundled' && this.hooks.restore) {
      this.#loads++;
      const saved = await this.hooks.restore();
      if (saved && (await this.load(saved))) return true;
      if (saved) this.notices = [...this.notices, 'The dataset you opened last time could not be opened again, so the bundled dataset is shown.'];
    }
    const seq = ++this.#loads;
    const current = () => seq === this.#loads;
    this.loading = describeSource(src);
    // Fetched alongside the dataset; used only if it fits what is drawn (see core/layout/saved.ts).
    const layout = src.kind === 'bundled' ? bundledLayout() : Promise.resolve(null);
    try {
      const loaded = await loadDataset(src, { base: this.dataset, onProgress: (p) => current() && (this.progress = p) });
      const { result, origin } = loaded;
      if (!current()) return false; // a newer load started meanwhile and wins
      if (!result.ok) {
        this.failure = { origin, errors: result.errors };
        return false;
      }
      if (loaded.files) {
        this.progress = { phase: 'indexing', origin };
        await nextPaint();
        if (!current()) return false;
      }
      const saved = await layout;
      if (!current()) return false;
      this.failure = null;
      this.warnings = result.warnings;
      this.savedLayout = saved;
      this.dataset = result.dataset;
      this.#checkView();
      this.hooks.loaded?.(src, loaded);
      return true;
    } finally {
      if (current()) {
        this.loading = null;
        this.progress = null;
      }
    }
  }

  /** Applies a pure transition to the view and records it in the URL. */
  update(fn: (s: ViewState) => ViewState, mode: HistoryMode = 'replace'): void {
    const next = fn(this.view);
    if (next === this.view) return;
    this.view = next;
    this.#writeUrl(mode);
  }

  /** Reads the view from the address bar (start-up, back and forward). */
  readUrl(search: string): void {
    const { state, problems } = decodeView(search);
    this.view = state;
    this.notices = problems;
    this.#checkView();
  }

  dismissNotices(): void {
    this.notices = [];
  }

  #checkView(): void {
    const g = this.graph;
    if (!g) return;
    const { state, problems } = resolveIds(this.view, (id) => g.byId.has(id), (id) => g.edgeById.has(id));
    if (problems.length) {
      this.view = state;
      this.notices = [...this.notices, ...problems];
      this.#writeUrl('replace');
    }
  }

  #writeUrl(mode: HistoryMode): void {
    if (mode === 'none' || typeof history === 'undefined') return;
    const search = mergeSearch(location.search, this.view);
    const url = `${location.pathname}${search}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
}
