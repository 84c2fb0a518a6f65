/**
 * The service worker behind `<st-app offline>` (built as dist/sw.js, scope: dist/).
 *
 * On install it caches the site's files (the list rollup.config.mjs writes into this file at
 * build time); afterwards every request inside the scope goes to the network first and falls
 * back to the cache, so an online visit always gets the current build and an offline one the
 * last build seen. Pyodide's large files and the memory snapshot are left alone: the Python
 * worker keeps them in Cache Storage itself (worker/boot-cache.ts) and reads them from there
 * before asking the network, so they are never stored twice.
 */

declare const __BROOKLET_PRECACHE__: { version: string; files: string[] };

const sw = self as unknown as ServiceWorkerGlobalScope;
const PRECACHE = __BROOKLET_PRECACHE__;
const CACHE_PREFIX = "brooklet-site-";
const CACHE = CACHE_PREFIX + PRECACHE.version;
const WORKER_CACHED = /\/pyodide\/(pyodide\.asm\.wasm|python_stdlib\.zip|pyodide-lock\.json|snapshot\.bin)$/;

const scope = (): string => sw.registration.scope;

sw.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // One by one and forgiving: a file missing from a stale list must not cancel offline use.
      await Promise.all(
        PRECACHE.files.map(async (file) => {
          const url = new URL(file, scope()).href;
          try {
            const response = await fetch(url, { cache: "no-cache" });
            if (response.status === 200) await cache.put(url, response);
          } catch {
            // Offline while installing: the file is cached the next time it is fetched.
          }
        }),
      );
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || request.headers.has("range")) return;
  const url = new URL(request.url);
  if (!url.href.startsWith(scope()) || WORKER_CACHED.test(url.pathname)) return;
  event.respondWith(networkFirst(request));
});

async function networkFirst(request: Request): Promise<Response> {
  const navigate = request.mode === "navigate";
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: navigate });
  let response: Response;
  try {
    response = await fetch(request);
  } catch (err) {
    if (cached) return cached;
    if (navigate && new URL(request.url).pathname.endsWith("/")) {
      const index = await cache.match(new URL("index.html", request.url).href);
      if (index) return index;
    }
    throw err;
  }
  // Stored again only when it changed (the server's ETag), not on every visit.
  const changed = !cached || !response.headers.get("etag") || cached.headers.get("etag") !== response.headers.get("etag");
  if (response.status === 200 && response.type === "basic" && changed) {
    const key = navigate ? request.url.split("?")[0] : request;
    cache.put(key, response.clone()).catch(() => undefined);
  }
  return response;
}
