/**
 * What a boot downloads, kept in the browser so the next visit starts without the network:
 * Pyodide's own large files in Cache Storage (served to Pyodide through a fetch wrapper), the
 * memory snapshot in the Origin Private File System (read here, handed to loadPyodide).
 *
 * Why these stores: Pyodide compiles its wasm with `WebAssembly.instantiateStreaming(response)`,
 * and a Response from Cache Storage lets Chromium reuse the machine code it compiled before (it
 * keeps its wasm code cache beside Cache Storage entries); a compiled `WebAssembly.Module`
 * cannot be stored itself (Chromium throws DataCloneError for it in IndexedDB). The 31 MB
 * snapshot reads in about 150 ms from an OPFS file with a synchronous handle in the worker,
 * against 350-700 ms from Cache Storage (measured in Chromium 156; Cache Storage is the
 * fallback where OPFS is missing).
 *
 * Everything degrades to plain fetches when storage is missing (insecure origins) or fails.
 */

/** Pyodide files fetched with `fetch()` by Pyodide itself (the .mjs files are imported, so the HTTP cache has them). */
const CORE_FILES = ["pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"];
const CORE_CACHE_PREFIX = "brooklet-pyodide-";
const SNAPSHOT_CACHE = "brooklet-snapshot-v1";
/** Header of a cached snapshot entry holding its snapshot.json. */
const META_HEADER = "x-brooklet-snapshot";

const cachesAvailable = (): boolean => typeof caches !== "undefined";

let warned = false;
function warnOnce(err: unknown): void {
  if (warned) return;
  warned = true;
  console.warn("Brooklet: could not use the browser's storage; the next visit downloads Python again:", err);
}

/**
 * Writing 40 MB into the browser's storage while the app's first run is drawn would slow that
 * first render down (the OPFS write blocks this thread), so the writes wait until the runtime
 * says the first run is over, or a few seconds after boot when no run comes.
 */
let releaseWrites!: () => void;
const writesReleased = new Promise<void>((resolve) => (releaseWrites = resolve));

/** Lets the cache writes start, now or after `delayMs`. */
export function releaseCacheWrites(delayMs = 0): void {
  if (delayMs > 0) setTimeout(releaseWrites, delayMs);
  else releaseWrites();
}

const requestUrl = (input: RequestInfo | URL): string =>
  input instanceof Request ? input.url : new URL(String(input), self.location.href).href;

/**
 * Serves Pyodide's wasm, stdlib and lock file under `base` from Cache Storage (a cache per
 * Pyodide version), fetching and storing them on a miss. Installed once per worker.
 */
export function cacheCoreFiles(base: string, version: string): void {
  if (!cachesAvailable()) return;
  const cacheName = CORE_CACHE_PREFIX + version;
  const urls = new Set(CORE_FILES.map((f) => new URL(f, base).href));
  const networkFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = requestUrl(input);
    const method = init?.method ?? (input instanceof Request ? input.method : "GET");
    if (!urls.has(url) || method !== "GET") return networkFetch(input, init);
    let cache: Cache | undefined;
    try {
      cache = await caches.open(cacheName);
      const hit = await cache.match(url);
      if (hit) return hit;
    } catch (err) {
      warnOnce(err);
    }
    const response = await networkFetch(input, init);
    if (cache && response.status === 200) {
      const copy = response.clone();
      void writesReleased.then(() => cache.put(url, copy)).catch(warnOnce);
    }
    return response;
  };
  // Other Pyodide versions' files are of no use any more.
  void caches
    .keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith(CORE_CACHE_PREFIX) && n !== cacheName).map((n) => caches.delete(n))))
    .catch(() => undefined);
}

/**
 * Starts compiling Pyodide's wasm now, while the snapshot (or anything else) loads, instead of
 * when Pyodide gets to it after its other steps. Pyodide asks for the module with `fetch()` +
 * `WebAssembly.instantiateStreaming()`; both are answered from this compilation. Installed
 * once per worker, after cacheCoreFiles (so the compile reads the cached copy).
 *
 * Compiling on the page instead (and posting the module here) was measured: Chromium keeps a
 * page's compiled wasm in its code cache, but only the few functions optimised by then, so a
 * snapshot boot gained nothing, while streaming 9.6 MB through the page's main thread held the
 * worker's start back by up to a second on a first visit.
 */
export function precompileWasm(base: string): Promise<WebAssembly.Module> | undefined {
  const wasmUrl = new URL("pyodide.asm.wasm", base).href;
  if (typeof WebAssembly.compileStreaming !== "function" || !/^https?:/.test(wasmUrl)) return undefined;
  const networkFetch = globalThis.fetch.bind(globalThis);
  const compiled = WebAssembly.compileStreaming(networkFetch(wasmUrl));
  compiled.catch(() => undefined); // Pyodide then compiles it itself and reports the error
  /** Responses handed to Pyodide in place of the wasm; instantiateStreaming knows them. */
  const placeholders = new WeakSet<Response>();
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (requestUrl(input) !== wasmUrl) return networkFetch(input, init);
    try {
      await compiled;
    } catch {
      return networkFetch(input, init);
    }
    const placeholder = new Response(null, { status: 200, headers: { "content-type": "application/wasm" } });
    placeholders.add(placeholder);
    return placeholder;
  };
  const instantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
  WebAssembly.instantiateStreaming = async (source, imports) => {
    const response = await source;
    if (!placeholders.has(response)) return instantiateStreaming(response, imports);
    const module = await compiled;
    return { module, instance: await WebAssembly.instantiate(module, imports) };
  };
  return compiled;
}

/** dist/pyodide/snapshot.json, written by scripts/make-snapshot.mjs. */
export interface SnapshotMeta {
  format: number;
  key: string;
  pyodideVersion: string;
  sourceHash: string;
  libDir: string;
  /** The snapshot file, relative to snapshot.json. */
  file: string;
  bytes: number;
  /** Where the memory image holds only zeros: [offset in the image, length] runs, in order (snapshot-restore.ts). */
  zeroRuns?: [number, number][];
}

/** What the worker would install itself; a snapshot is used only when it was made from the same. */
export interface SnapshotExpectation {
  pyodideVersion: string;
  sourceHash: string;
  libDir: string;
}

export const SNAPSHOT_FORMAT = 1;

/** The snapshot cannot be used; the message says why (shown in the console note). */
export class SnapshotUnusable extends Error {
  override name = "SnapshotUnusable";
}

/** Why `meta` does not fit, or null when it does. */
export function snapshotMismatch(meta: Partial<SnapshotMeta> | null, expect: SnapshotExpectation): string | null {
  if (!meta || typeof meta !== "object") return "snapshot.json is not a snapshot description";
  if (meta.format !== SNAPSHOT_FORMAT) return `snapshot format ${meta.format}, this worker reads format ${SNAPSHOT_FORMAT}`;
  if (meta.pyodideVersion !== expect.pyodideVersion)
    return `it was made with Pyodide ${meta.pyodideVersion}, this page loads Pyodide ${expect.pyodideVersion}`;
  if (meta.sourceHash !== expect.sourceHash)
    return `it was made from other streamlit package sources (${meta.sourceHash}, this worker has ${expect.sourceHash}); rebuild`;
  if (meta.libDir !== expect.libDir) return `it installs the package in ${meta.libDir}, this worker in ${expect.libDir}`;
  if (typeof meta.file !== "string" || typeof meta.bytes !== "number") return "snapshot.json lacks file or bytes";
  return null;
}

/**
 * A stored snapshot file not read yet: Python's memory is filled from it directly while Pyodide
 * restores it (snapshot-restore.ts), which saves reading 31 MB into a buffer
 * first and copying it again (each costs 150-450 ms in a worker that is compiling the wasm).
 */
export interface SnapshotFile {
  /** Bytes in the file (the whole snapshot). */
  readonly size: number;
  /** Fills `target` from the file, starting at `offset`; throws when the file has fewer bytes. */
  readInto(target: Uint8Array, offset: number): void;
  close(): void;
}

export interface Snapshot {
  meta: SnapshotMeta;
  /** The whole snapshot in memory (downloaded, or read from Cache Storage)... */
  bytes?: Uint8Array<ArrayBuffer>;
  /** ...or the stored file, open for reading; the caller closes it. */
  file?: SnapshotFile;
  /** True when it came from the browser's storage (no network). */
  cached: boolean;
  /** Drops the stored copy (after Pyodide rejected it). */
  forget(): Promise<void>;
}

type StoredSnapshot = { meta: SnapshotMeta } & ({ bytes: Uint8Array<ArrayBuffer>; file?: undefined } | { file: SnapshotFile; bytes?: undefined });

/** Where a downloaded snapshot is kept for the next visit. */
interface SnapshotStore {
  read(): Promise<StoredSnapshot | null>;
  write(bytes: Uint8Array<ArrayBuffer>, meta: SnapshotMeta): Promise<void>;
  remove(): Promise<void>;
}

const OPFS_DIR = "brooklet-snapshots";

/** A short, file-name-safe hash of a string (FNV-1a). */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

type SyncHandle = { getSize(): number; read(b: Uint8Array, o: { at: number }): number; write(b: Uint8Array, o: { at: number }): number; truncate(n: number): void; flush(): void; close(): void };
type SyncCapableHandle = FileSystemFileHandle & { createSyncAccessHandle?(options?: { mode?: string }): Promise<SyncHandle> };

/**
 * The stored file, open: with a synchronous read-only handle (several workers may hold one at
 * once) it is read later, straight into Python's memory; else (older browsers, or another worker
 * holds an exclusive handle) its bytes are read now.
 */
async function openOpfsFile(handle: SyncCapableHandle): Promise<{ file: SnapshotFile } | { bytes: Uint8Array<ArrayBuffer> }> {
  if (handle.createSyncAccessHandle) {
    try {
      const sync = await handle.createSyncAccessHandle({ mode: "read-only" });
      const size = sync.getSize();
      return {
        file: {
          size,
          readInto(target, offset) {
            const read = sync.read(target, { at: offset });
            if (read !== target.length) throw new Error(`the stored snapshot has ${offset + read} bytes, ${offset + target.length} were expected`);
          },
          close: () => sync.close(),
        },
      };
    } catch {
      // Fall through to the Blob.
    }
  }
  return { bytes: new Uint8Array(await (await handle.getFile()).arrayBuffer()) };
}

/** A small stored file's text: through a synchronous read-only handle where there is one (a round trip fewer than a File). */
async function readSmallFile(handle: SyncCapableHandle): Promise<string> {
  if (handle.createSyncAccessHandle) {
    try {
      const sync = await handle.createSyncAccessHandle({ mode: "read-only" });
      try {
        const bytes = new Uint8Array(sync.getSize());
        sync.read(bytes, { at: 0 });
        return new TextDecoder().decode(bytes);
      } finally {
        sync.close();
      }
    } catch {
      // Fall through to the File.
    }
  }
  return (await handle.getFile()).text();
}

async function writeOpfsFile(handle: SyncCapableHandle, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  if (handle.createSyncAccessHandle) {
    const sync = await handle.createSyncAccessHandle();
    try {
      sync.truncate(0);
      sync.write(bytes, { at: 0 });
      sync.flush();
    } finally {
      sync.close();
    }
    return;
  }
  const writable = await handle.createWritable();
  await writable.write(bytes);
  await writable.close();
}

/**
 * The Origin Private File System: NAME.bin, then NAME.json (written last, so a reader that
 * finds the .json finds a complete .bin). null where the browser has no OPFS.
 */
async function opfsStore(name: string, group: string): Promise<SnapshotStore | null> {
  const storage = self.navigator?.storage;
  if (!storage?.getDirectory) return null;
  let dir: FileSystemDirectoryHandle;
  try {
    dir = await (await storage.getDirectory()).getDirectoryHandle(OPFS_DIR, { create: true });
  } catch {
    return null;
  }
  const bin = `${name}.bin`;
  const json = `${name}.json`;
  return {
    async read() {
      // Both files at once: each step is a round trip to the browser's storage, and while the
      // wasm compiles these wait their turn (measured: the snapshot was ready after the compile).
      const handles = await Promise.all([dir.getFileHandle(json), dir.getFileHandle(bin)]).catch(() => null);
      if (!handles) return null; // none stored (or no complete one: the .json is written last)
      const [metaText, opened] = await Promise.all([readSmallFile(handles[0]), openOpfsFile(handles[1])]);
      try {
        return { meta: JSON.parse(metaText) as SnapshotMeta, ...opened };
      } catch (err) {
        if ("file" in opened) opened.file.close();
        throw err;
      }
    },
    async write(bytes, meta) {
      // One snapshot per snapshot.json URL: older builds' copies go.
      const names = (dir as unknown as { keys(): AsyncIterable<string> }).keys();
      for await (const entry of names) {
        if (entry.startsWith(`${group}-`) && !entry.startsWith(`${name}.`)) await dir.removeEntry(entry).catch(() => undefined);
      }
      await writeOpfsFile(await dir.getFileHandle(bin, { create: true }), bytes);
      await writeOpfsFile(await dir.getFileHandle(json, { create: true }), new TextEncoder().encode(JSON.stringify(meta)));
    },
    async remove() {
      await dir.removeEntry(json).catch(() => undefined);
      await dir.removeEntry(bin).catch(() => undefined);
    },
  };
}

/** Cache Storage, where there is no OPFS: one entry, its snapshot.json in a header. */
function cacheStore(key: string, metaUrl: string): SnapshotStore | null {
  if (!cachesAvailable()) return null;
  return {
    async read() {
      const hit = await (await caches.open(SNAPSHOT_CACHE)).match(key);
      if (!hit) return null;
      const meta = JSON.parse(hit.headers.get(META_HEADER) ?? "null") as SnapshotMeta;
      return { meta, bytes: new Uint8Array(await hit.arrayBuffer()) };
    },
    async write(bytes, meta) {
      const cache = await caches.open(SNAPSHOT_CACHE);
      for (const old of await cache.keys()) {
        const url = new URL(old.url);
        url.searchParams.delete("brooklet-snapshot");
        if (url.href === metaUrl && old.url !== key) await cache.delete(old);
      }
      const headers = { "content-type": "application/octet-stream", [META_HEADER]: JSON.stringify(meta) };
      await cache.put(key, new Response(bytes, { headers }));
    },
    async remove() {
      await (await caches.open(SNAPSHOT_CACHE)).delete(key);
    },
  };
}

/** Where the snapshot described by `metaUrl` is kept for `expect`, and its stored copy. */
async function snapshotPlace(metaUrl: string, expect: SnapshotExpectation) {
  const absolute = new URL(metaUrl, self.location.href);
  const persistent = /^https?:$/.test(absolute.protocol); // not blob: or data: URLs
  const version = `${SNAPSHOT_FORMAT}-${expect.pyodideVersion}-${expect.sourceHash}`;
  const group = shortHash(absolute.href);
  let store: SnapshotStore | null = null;
  if (persistent) {
    const key = new URL(absolute);
    key.searchParams.set("brooklet-snapshot", version);
    store = (await opfsStore(`${group}-${version.replace(/[^\w.-]/g, "_")}`, group).catch(() => null)) ?? cacheStore(key.href, absolute.href);
  }
  const forget = async () => {
    await store?.remove().catch(() => undefined);
  };
  /** The stored copy, or null (none, or not for `expect`: then it is dropped). */
  const stored = async (): Promise<Snapshot | null> => {
    try {
      const hit = await store?.read();
      if (!hit) return null;
      if (snapshotMismatch(hit.meta, expect) || (hit.file?.size ?? hit.bytes?.length) !== hit.meta.bytes) {
        hit.file?.close();
        await forget();
        return null;
      }
      return { ...hit, cached: true, forget };
    } catch (err) {
      warnOnce(err);
      return null;
    }
  };
  return { absolute, persistent, version, store, forget, stored };
}

/**
 * The stored copy of the snapshot described by `metaUrl`, or null: nothing is downloaded. Lets
 * the worker look it up before it has imported Pyodide (pyodide-loader.ts).
 */
export async function storedSnapshot(metaUrl: string, expect: SnapshotExpectation): Promise<Snapshot | null> {
  return (await snapshotPlace(metaUrl, expect)).stored();
}

/**
 * The snapshot described by `metaUrl`: from the browser's storage when an earlier boot kept one
 * for the same Pyodide version and package sources (then nothing is fetched at all), else from
 * the network (and kept: in the Origin Private File System, or Cache Storage without one).
 * `storedCopy` is what storedSnapshot() found for the same arguments, when it was asked already.
 * Apps booting at once on one page take turns through a Web Lock, so only the first downloads
 * it and the others read the stored copy. Throws SnapshotUnusable.
 */
export async function loadSnapshot(
  metaUrl: string,
  expect: SnapshotExpectation,
  storedCopy?: Promise<Snapshot | null>,
): Promise<Snapshot> {
  const early = await storedCopy;
  if (early) return early;
  const { absolute, persistent, version, store, forget, stored } = await snapshotPlace(metaUrl, expect);

  const keep = async (snapshot: Snapshot & { bytes: Uint8Array<ArrayBuffer> }) => {
    await writesReleased;
    try {
      await store?.write(snapshot.bytes, snapshot.meta);
    } catch (err) {
      warnOnce(err);
      await forget();
    }
  };

  const download = async (): Promise<Snapshot & { bytes: Uint8Array<ArrayBuffer> }> => {
    // The snapshot is almost always snapshot.bin beside snapshot.json: ask for both at once.
    const guess = persistent ? new URL("snapshot.bin", absolute).href : null;
    const early = new AbortController();
    const guessed = guess ? fetch(guess, { signal: early.signal }) : null;
    guessed?.catch(() => undefined);
    try {
      let response: Response;
      try {
        response = await fetch(metaUrl, { cache: "no-cache" });
      } catch (err) {
        throw new SnapshotUnusable(`${metaUrl} could not be fetched (${(err as Error).message ?? err})`);
      }
      if (!response.ok) throw new SnapshotUnusable(`no snapshot at ${metaUrl} (HTTP ${response.status})`);
      let meta: SnapshotMeta;
      try {
        meta = (await response.json()) as SnapshotMeta;
      } catch {
        throw new SnapshotUnusable(`${metaUrl} is not JSON`);
      }
      const mismatch = snapshotMismatch(meta, expect);
      if (mismatch) throw new SnapshotUnusable(`the snapshot does not match: ${mismatch}`);
      const binUrl = new URL(meta.file, absolute).href;
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        const bin = await (binUrl === guess && guessed ? guessed : fetch(binUrl));
        if (!bin.ok) throw new Error(`HTTP ${bin.status}`);
        bytes = new Uint8Array(await bin.arrayBuffer());
      } catch (err) {
        throw new SnapshotUnusable(`${binUrl} could not be fetched (${(err as Error).message ?? err})`);
      }
      if (bytes.length !== meta.bytes) throw new SnapshotUnusable(`${binUrl} has ${bytes.length} bytes, snapshot.json says ${meta.bytes}`);
      return { bytes, meta, cached: false, forget };
    } finally {
      early.abort(); // a no-op once read; stops a wrong guess
    }
  };

  // Stored copies are complete once visible: read without waiting for the lock.
  const hit = storedCopy ? null : await stored();
  if (hit) return hit;
  const locks = (self.navigator as Navigator & { locks?: LockManager }).locks;
  if (!store || !locks) {
    const fresh = await download();
    void keep(fresh);
    return fresh;
  }
  // Held until the download is stored, but this app goes on as soon as it has the bytes.
  return new Promise<Snapshot>((resolve, reject) => {
    locks
      .request(`brooklet-snapshot ${absolute.href} ${version}`, async () => {
        const other = await stored(); // another app of this page stored it meanwhile
        if (other) return resolve(other);
        const fresh = await download();
        resolve(fresh);
        await keep(fresh);
      })
      .catch(reject);
  });
}
