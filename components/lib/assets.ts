/** URLs of files shipped beside brooklet.js in dist/ (worker.js, pyodide/, katex/). */

/** The folder of brooklet.js; steps out of dist/chunks/ when this module lands in a chunk. */
function defaultBase(): string {
  const here = new URL(import.meta.url);
  return new URL(/\/chunks\/[^/]*$/.test(here.pathname) ? "../" : "./", here).href;
}

let base = defaultBase();

/** Where dist/ is served from; override when brooklet.js is loaded from elsewhere. Call before the first app boots. */
export function setAssetBase(url: string | URL): void {
  let href = new URL(String(url), document.baseURI).href;
  if (!href.endsWith("/")) href += "/";
  base = href;
}

/** The current base URL (always ends with `/`). */
export function getAssetBase(): string {
  return base;
}

export function assetUrl(path: string): URL {
  return new URL(path, base);
}
