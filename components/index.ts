/**
 * dist/brooklet.js: starts Python for the apps already in the page, then defines <st-app> and
 * every element.
 *
 * Python takes longest to start, so its workers come first (app-worker.ts, part of this file).
 * The elements are a chunk of their own, imported after that: while the chunk downloads this
 * thread is free to start those workers (the browser needs it for that), where evaluating the
 * chunk first would hold them back by the 100-200 ms it takes. (Waiting with the chunk until
 * the workers had compiled the wasm was measured too: the compile got faster, but the page
 * then became what the app waited for.) No top-level await: the elements chunk imports
 * app-worker.ts from this file, which must have finished evaluating.
 */
import { prestartWorkers } from "./app/app-worker.js";

export { setAssetBase } from "./lib/assets.js";

prestartWorkers();

/** Resolves once <st-app> and every element are defined. */
export const defined: Promise<void> = import("./elements.js").then(() => undefined);
