/**
 * What the Data menu does with the app: open files and addresses, return to
 * the bundled dataset, remember the last dataset and its view in IndexedDB
 * (through `AppState.hooks`), and export. One per app; created by DataMenu.
 */
import type { AppState } from '../../state/app.svelte.ts';
import type { DatasetSource, Loaded } from '../../io/load.ts';
import { classify, DatasetStore, savedForm } from '../../io/persist.ts';
import type { SavedDataset } from '../../io/persist.ts';
import { letWorkersGo, takeSavedForm } from '../../io/parse-client.ts';
import { downloadBlob } from '../../io/download.ts';
import { subsetDataset } from '../../core/formats/project.ts';
import type { ExportFormat } from '../../core/formats/types.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { decodeView, encodeView, VIEW_PARAMS } from '../../core/view/url.ts';

export type Scope = 'all' | 'view';

export interface Current {
  kind: 'bundled' | 'file' | 'url';
  origin: string;
}

/** Rewrites the `data=` parameter of the address, leaving the others exactly as written. */
export function withDataParam(search: string, url: string | null): string {
  const parts = search.replace(/^\?/, '').split('&').filter((p) => p !== '' && !p.startsWith('data='));
  if (url !== null) parts.unshift(`data=${encodeURIComponent(url)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

function hasViewParams(search: string): boolean {
  return search.replace(/^\?/, '').split('&').some((p) => (VIEW_PARAMS as readonly string[]).includes(p.split('=')[0] ?? ''));
}

/**
 * Runs `fn` after the current task (the new dataset is drawn first). Not at the
 * next idle time: a file opened and the page reloaded at once must be kept, and
 * what is built here is small (bigger files are parsed, and their saved form
 * built, in the Worker).
 */
function afterThisTask<T>(fn: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(fn());
      } catch (e) {
        reject(e);
      }
    }, 0);
  });
}

export class DataController {
  /** Where the open dataset came from. */
  current = $state.raw<Current | null>(null);
  /** The last storage failure, in words (also added to the app's notices). */
  storageProblem = $state<string | null>(null);
  readonly store: DatasetStore;
  #restoring: DatasetSource | null = null;
  #viewTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly app: AppState, store: DatasetStore = new DatasetStore()) {
    this.store = store;
    app.hooks = {
      restore: () => this.#restore(),
      loaded: (src, loaded) => this.#loaded(src, loaded),
    };
  }

  openFiles(files: readonly File[]): Promise<boolean> {
    if (files.length === 0) return Promise.resolve(false);
    const src: DatasetSource = files.length === 1 ? { kind: 'file', file: files[0] as File } : { kind: 'files', files: [...files] };
    return this.app.load(src);
  }

  openUrl(url: string): Promise<boolean> {
    return this.app.load({ kind: 'url', url: url.trim() });
  }

  returnToBundled(): Promise<boolean> {
    return this.app.load({ kind: 'bundled' });
  }

  /** The dataset an export writes: all of it, or what the current view shows. */
  exported(scope: Scope): Dataset | null {
    const d = this.app.dataset;
    if (!d) return null;
    const p = this.app.projection;
    return scope === 'view' && p ? subsetDataset(d, p.nodes, p.edges) : d;
  }

  /** Saves one file of an export (the CSV export has four; `index` picks one). Returns its name. */
  async download(format: ExportFormat, scope: Scope, index = 0): Promise<string | null> {
    const d = this.exported(scope);
    if (!d) return null;
    // The converters (with papaparse and the XML parser) load on first use, not with the page.
    const { exportDataset } = await import('../../core/formats/index.ts');
    const file = exportDataset(d, format, new Date().toISOString().slice(0, 10))[index];
    if (!file) return null;
    downloadBlob(new Blob([file.text], { type: file.mime }), file.name);
    return file.name;
  }

  /** Remembers the view shown with a remembered dataset (debounced). */
  rememberView(): void {
    clearTimeout(this.#viewTimer);
    if (!this.app.dataset || this.current === null || this.current.kind === 'bundled') return;
    const search = encodeView(this.app.view);
    this.#viewTimer = setTimeout(() => {
      this.store.saveView(search).catch((e: unknown) => this.#report(classify(e).message));
    }, 400);
  }

  async #restore(): Promise<DatasetSource | null> {
    let saved: SavedDataset | null;
    try {
      saved = await this.store.load();
    } catch {
      // Nothing can be restored; a problem with storage is reported when something is saved.
      return null;
    }
    if (!saved) return null;
    const files = saved.files.map((f) => (f.blob instanceof File ? f.blob : new File([f.blob], f.name)));
    this.#restoring = { kind: 'files', files, origin: saved.origin };
    this.current = { kind: saved.url ? 'url' : 'file', origin: saved.origin };
    return this.#restoring;
  }

  #loaded(src: DatasetSource, loaded: Loaded): void {
    if (src === this.#restoring) {
      this.#restoring = null;
      letWorkersGo(); // it is stored already
      void this.#restoreView();
      return;
    }
    this.current = { kind: src.kind === 'bundled' ? 'bundled' : src.kind === 'url' ? 'url' : 'file', origin: loaded.origin };
    if (typeof history !== 'undefined') {
      const search = withDataParam(location.search, src.kind === 'url' ? src.url : null);
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
    const dataset = this.app.dataset;
    if (src.kind === 'bundled' || !loaded.files || !dataset) {
      letWorkersGo();
      this.store.clear().catch(() => {});
      return;
    }
    void this.#save(dataset, loaded.origin, src.kind === 'url' ? src.url : undefined, takeSavedForm(dataset));
  }

  /**
   * Keeps the dataset as opened (see `savedForm`). A big file's saved form comes from the Worker that
   * parsed it; a small one's is built here, once the new dataset has been drawn.
   */
  async #save(dataset: Dataset, origin: string, url: string | undefined, fromWorker: Promise<Blob | null> | null): Promise<void> {
    const built = fromWorker ? await fromWorker : null;
    if (this.app.dataset !== dataset) return; // another dataset was opened meanwhile
    const blob = built ?? (await afterThisTask(() => savedForm(dataset)));
    if (this.app.dataset !== dataset) return;
    const title = dataset.title;
    const rec: SavedDataset = { origin, url, files: [{ name: 'dataset.json', blob }], title, savedAt: Date.now() };
    this.store.save(rec).then(
      () => {
        this.storageProblem = null;
        this.rememberView();
      },
      (e: unknown) => this.#report(classify(e, { title, bytes: blob.size }).message),
    );
  }

  async #restoreView(): Promise<void> {
    if (typeof location === 'undefined' || hasViewParams(location.search)) return;
    let search: string | null;
    try {
      search = await this.store.loadView();
    } catch {
      return;
    }
    if (!search) return;
    const { state } = decodeView(search);
    this.app.update(() => state, 'replace');
  }

  #report(message: string): void {
    this.storageProblem = message;
    if (!this.app.notices.includes(message)) this.app.notices = [...this.app.notices, message];
  }
}
