/**
 * What a boot downloads, kept in Cache Storage so the next visit starts without the network:
 * Pyodide's own large files (served to Pyodide through a fetch wrapper) and the memory
 * snapshot (read here, handed to loadPyodide as bytes).
 *
 * Cache Storage rather than IndexedDB: Pyodide compiles its wasm with
 * `WebAssembly.instantiateStreaming(response)`, and handing it the cached Response lets the
 * browser reuse the machine code it compiled before (Chromium keeps its wasm code cache next to
 * Cache Storage entries). A compiled `WebAssembly.Module` cannot be stored itself: Chromium
 * throws DataCloneError for it in IndexedDB.
 *
 * Everything degrades to plain fetches when Cache Storage is missing (insecure origins) or fails.
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
  console.warn("Brooklet: Cache Storage unavailable, the next visit downloads Python again:", err);
}

/**
 * Writing 40 MB into Cache Storage while the app's first run is drawn slows that first render
 * down, so the writes wait until the runtime says the first run is over (or a moment after boot).
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
 * Starts compiling Pyodide's wasm now, while the snapshot (or anything else) downloads, instead
 * of when Pyodide gets to it after its other steps. Pyodide asks for the module with
 * `fetch()` + `WebAssembly.instantiateStreaming()`; both are answered from this compilation.
 * Installed once per worker, after cacheCoreFiles (so the compile reads the cached copy).
 */
export function precompileWasm(base: string): void {
  const wasmUrl = new URL("pyodide.asm.wasm", base).href;
  if (typeof WebAssembly.compileStreaming !== "function" || !/^https?:/.test(wasmUrl)) return;
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

export interface Snapshot {
  bytes: Uint8Array<ArrayBuffer>;
  meta: SnapshotMeta;
  /** True when the bytes came from Cache Storage (no network). */
  cached: boolean;
  /** Drops the cached copy (after Pyodide rejected it). */
  forget(): Promise<void>;
}

/**
 * The snapshot described by `metaUrl`, from Cache Storage when an earlier boot stored one for
 * the same Pyodide version and sources (then nothing is fetched at all), else from the network
 * (and stored). Apps booting at once on one page take turns through a Web Lock, so only the
 * first downloads it and the others read the cached copy. Throws SnapshotUnusable.
 */
export async function loadSnapshot(metaUrl: string, expect: SnapshotExpectation): Promise<Snapshot> {
  const key = new URL(metaUrl, self.location.href);
  const cacheable = cachesAvailable() && /^https?:$/.test(key.protocol);
  key.searchParams.set("brooklet-snapshot", `${SNAPSHOT_FORMAT}-${expect.pyodideVersion}-${expect.sourceHash}`);
  const cacheKey = key.href;
  const forget = async () => {
    if (!cacheable) return;
    await caches
      .open(SNAPSHOT_CACHE)
      .then((cache) => cache.delete(cacheKey))
      .catch(() => false);
  };

  const fromCache = async (): Promise<Snapshot | null> => {
    if (!cacheable) return null;
    try {
      const cache = await caches.open(SNAPSHOT_CACHE);
      const hit = await cache.match(cacheKey);
      if (!hit) return null;
      const meta = JSON.parse(hit.headers.get(META_HEADER) ?? "null") as SnapshotMeta;
      const bytes = new Uint8Array(await hit.arrayBuffer());
      if (snapshotMismatch(meta, expect) || bytes.length !== meta.bytes) {
        await cache.delete(cacheKey);
        return null;
      }
      return { bytes, meta, cached: true, forget };
    } catch (err) {
      warnOnce(err);
      return null;
    }
  };

  const store = async (snapshot: Snapshot) => {
    if (!cacheable) return;
    await writesReleased;
    try {
      const cache = await caches.open(SNAPSHOT_CACHE);
      // One snapshot per snapshot.json URL: older builds' copies go.
      for (const old of await cache.keys()) {
        const url = new URL(old.url);
        url.searchParams.delete("brooklet-snapshot");
        if (url.href === new URL(metaUrl, self.location.href).href && old.url !== cacheKey) await cache.delete(old);
      }
      const headers = { "content-type": "application/octet-stream", [META_HEADER]: JSON.stringify(snapshot.meta) };
      await cache.put(cacheKey, new Response(snapshot.bytes, { headers }));
    } catch (err) {
      warnOnce(err);
    }
  };

  const download = async (): Promise<Snapshot> => {
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
    const binUrl = new URL(meta.file, response.url || metaUrl).href;
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      const bin = await fetch(binUrl);
      if (!bin.ok) throw new Error(`HTTP ${bin.status}`);
      bytes = new Uint8Array(await bin.arrayBuffer());
    } catch (err) {
      throw new SnapshotUnusable(`${binUrl} could not be fetched (${(err as Error).message ?? err})`);
    }
    if (bytes.length !== meta.bytes) throw new SnapshotUnusable(`${binUrl} has ${bytes.length} bytes, snapshot.json says ${meta.bytes}`);
    return { bytes, meta, cached: false, forget };
  };

  const locks = (self.navigator as Navigator & { locks?: LockManager }).locks;
  if (!cacheable || !locks) {
    const hit = await fromCache();
    if (hit) return hit;
    const fresh = await download();
    void store(fresh);
    return fresh;
  }
  // The lock is held until the download is stored, but this app goes on as soon as it has the bytes.
  return new Promise<Snapshot>((resolve, reject) => {
    locks
      .request(`brooklet-snapshot ${cacheKey}`, async () => {
        const hit = await fromCache();
        if (hit) return resolve(hit);
        const fresh = await download();
        resolve(fresh);
        await store(fresh);
      })
      .catch(reject);
  });
}
