/**
 * IndexedDB behind `@st.cache_data(persist="disk")`: one database per app
 * (named after the app's URL), one object store of pickled entries keyed
 * `<cache id>/<value key>`.
 *
 * The worker opens it while Pyodide boots, hands every stored entry to Python
 * before the first run, and afterwards applies Python's writes in the
 * background. Python never waits on IndexedDB: reads come from what was
 * handed over; writes are fire and forget (kept in order by one chain).
 *
 *   const store = openCacheStore(appUrl);          // at boot start
 *   await attachCacheStore(host, store);           // after the session exists
 */
import type { HostModule } from "./python";

const STORE = "entries";
const VERSION = 1;
const OPEN_TIMEOUT_MS = 5_000;

/** The database name for an app: one per app URL, so apps never share entries. */
export function cacheDbName(appUrl: string): string {
  return `wasmlit-cache ${appUrl}`;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}

/** One app's persisted cache entries. */
export class CacheStore {
  /** Writes run one after another, in the order Python made them. */
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly db: IDBDatabase) {}

  /** Every stored entry as [key, bytes]. */
  async loadAll(): Promise<[string, Uint8Array][]> {
    const tx = this.db.transaction(STORE, "readonly");
    const store = tx.objectStore(STORE);
    const [keys, values] = await Promise.all([
      request(store.getAllKeys()),
      request(store.getAll() as IDBRequest<ArrayBuffer[]>),
    ]);
    return keys.map((key, i) => [String(key), new Uint8Array(values[i] ?? new ArrayBuffer(0))]);
  }

  /** Apply one change from Python: "put" stores bytes; "delete_prefix" drops keys ("" = all). */
  write(op: string, key: string, data?: ArrayBuffer): void {
    this.chain = this.chain
      .then(() => this.apply(op, key, data))
      .catch((err: unknown) => console.warn(`wasmlit: cache store ${op} failed: ${String(err)}`));
  }

  /** Resolves when every write so far has reached IndexedDB (for tests and shutdown). */
  flushed(): Promise<void> {
    return this.chain;
  }

  private async apply(op: string, key: string, data?: ArrayBuffer): Promise<void> {
    const tx = this.db.transaction(STORE, "readwrite");
    const store = tx.objectStore(STORE);
    if (op === "put" && data) {
      store.put(data, key);
    } else if (op === "delete_prefix") {
      if (key === "") store.clear();
      else store.delete(IDBKeyRange.bound(key, `${key}\uffff`));
    } else {
      throw new Error(`unknown operation ${op}`);
    }
    await done(tx);
  }
}

/** Open (or create) the app's database; null where IndexedDB is missing or refused. */
export async function openCacheStore(appUrl: string): Promise<CacheStore | null> {
  if (typeof indexedDB === "undefined") return null;
  try {
    const open = indexedDB.open(cacheDbName(appUrl), VERSION);
    open.onupgradeneeded = () => {
      if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE);
    };
    return new CacheStore(await request(open));
  } catch (err) {
    console.warn(`wasmlit: persisted caches are off (IndexedDB: ${String(err)})`);
    return null;
  }
}

/**
 * Hand the stored entries to Python and give it the write function. Never
 * throws: without IndexedDB, persist="disk" simply lasts one page load.
 */
export async function attachCacheStore(
  host: HostModule,
  opening: Promise<CacheStore | null>,
): Promise<void> {
  // A database that never answers (another tab holding an upgrade) must not stall the boot.
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OPEN_TIMEOUT_MS));
  const store = await Promise.race([opening, timeout]);
  if (!store) return;
  try {
    const entries = await store.loadAll();
    host.attach_cache_store(entries, (op, key, data) => store.write(op, key, data));
  } catch (err) {
    console.warn(`wasmlit: persisted caches are off: ${String(err)}`);
  }
}
