/**
 * Persisted st.cache_data entries in IndexedDB (idb-keyval), for one app.
 *
 * Python runs synchronously and IndexedDB is asynchronous, so the app's entries are read
 * into memory before the first run (a hit after a reload is served at once), reads are
 * served from memory, and writes go to memory at once and to IndexedDB behind.
 * A blocked or unavailable IndexedDB, a full quota or a corrupt entry degrade to
 * memory-only with one console warning: the app keeps working.
 */
import { createStore, delMany, getMany, keys, setMany, type UseStore } from "idb-keyval";

/** What Python sees (runtime/persist.py wraps it). */
export interface PersistStore {
  get(key: string): Uint8Array | undefined;
  set(key: string, value: Uint8Array): void;
  delete(key: string): void;
  deletePrefix(prefix: string): void;
}

const SEP = "\u0000";

export async function openPersistStore(appId: string, dbName = "brooklet-cache"): Promise<PersistStore> {
  const prefix = `${appId}${SEP}`;
  const memory = new Map<string, Uint8Array>();
  let idb: UseStore | undefined;
  let warned = false;
  const degrade = (err: unknown) => {
    idb = undefined;
    if (!warned) {
      warned = true;
      console.warn("Brooklet: persisted caches are memory-only for this page (IndexedDB unavailable):", err);
    }
  };
  try {
    idb = createStore(dbName, "entries");
    const mine = (await keys(idb)).filter((k): k is string => typeof k === "string" && k.startsWith(prefix));
    const values = await getMany<unknown>(mine, idb);
    mine.forEach((key, i) => {
      const value = values[i];
      if (value instanceof Uint8Array) memory.set(key.slice(prefix.length), value);
    });
  } catch (err) {
    degrade(err);
  }

  // Write-behind: one IndexedDB transaction per burst of changes, in order.
  let pendingSets = new Map<string, Uint8Array>();
  let pendingDeletes = new Set<string>();
  let flushing: Promise<void> | undefined;
  const scheduleFlush = () => {
    flushing ??= Promise.resolve().then(async () => {
      const sets = pendingSets;
      const deletes = pendingDeletes;
      pendingSets = new Map();
      pendingDeletes = new Set();
      flushing = undefined;
      if (!idb) return;
      try {
        if (deletes.size) await delMany([...deletes].map((k) => prefix + k), idb);
        if (sets.size) await setMany([...sets].map(([k, v]) => [prefix + k, v] as [string, Uint8Array]), idb);
      } catch (err) {
        degrade(err);
      }
    });
  };

  const store: PersistStore = {
    get: (key) => memory.get(key),
    set(key, value) {
      const copy = value.slice();
      memory.set(key, copy);
      pendingDeletes.delete(key);
      pendingSets.set(key, copy);
      scheduleFlush();
    },
    delete(key) {
      memory.delete(key);
      pendingSets.delete(key);
      pendingDeletes.add(key);
      scheduleFlush();
    },
    deletePrefix(keyPrefix) {
      for (const key of [...memory.keys()]) if (key.startsWith(keyPrefix)) store.delete(key);
    },
  };
  return store;
}
