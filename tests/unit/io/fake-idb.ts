/**
 * A small in-memory stand-in for IndexedDB (only what src/io/persist.ts uses),
 * able to fail the ways real browsers do: no storage at all, a refused open,
 * a full disk.
 */
export interface FakeOptions {
  openThrows?: Error;
  openFails?: Error;
  openBlocked?: boolean;
  writeFails?: Error;
}

type Handler = (() => void) | null;

export function fakeIndexedDB(opt: FakeOptions = {}): { factory: IDBFactory; data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const db = {
    objectStoreNames: { contains: () => false },
    createObjectStore: () => ({}),
    transaction: () => {
      const jobs: (() => void)[] = [];
      const tx = { error: null as Error | null, oncomplete: null as Handler, onerror: null as Handler, onabort: null as Handler, objectStore: () => store };
      const request = <T>(job: () => T) => {
        const r = { result: undefined as T | undefined, error: null };
        jobs.push(() => {
          r.result = job();
        });
        return r;
      };
      const store = {
        get: (k: string) => request(() => data.get(k)),
        put: (v: unknown, k: string) => request(() => {
          if (opt.writeFails) throw opt.writeFails;
          data.set(k, v);
        }),
        delete: (k: string) => request(() => data.delete(k)),
      };
      setTimeout(() => {
        try {
          jobs.forEach((j) => j());
          tx.oncomplete?.();
        } catch (e) {
          tx.error = e as Error;
          tx.onerror?.();
        }
      });
      return tx;
    },
  };
  const factory = {
    open: () => {
      if (opt.openThrows) throw opt.openThrows;
      const req = { result: db, error: null as Error | null, onsuccess: null as Handler, onerror: null as Handler, onupgradeneeded: null as Handler, onblocked: null as Handler };
      setTimeout(() => {
        if (opt.openBlocked) req.onblocked?.();
        else if (opt.openFails) {
          req.error = opt.openFails;
          req.onerror?.();
        } else {
          req.onupgradeneeded?.();
          req.onsuccess?.();
        }
      });
      return req;
    },
  };
  return { factory: factory as unknown as IDBFactory, data };
}

export const domError = (name: string, message = name) => Object.assign(new Error(message), { name });
