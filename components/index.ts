/**
 * dist/brooklet.js: starts Python for the apps already in the page, then defines <st-app> and
 * every element.
 *
 * Python takes longest to start, so its workers come first (app-worker.ts). The elements are a
 * chunk of their own, imported after that: while the chunk downloads this thread is free to
 * start those workers (the browser needs it for that), where evaluating the chunk first would
 * hold them back by the 100-200 ms it takes.
 */
import { prestartWorkers } from "./app/app-worker.js";

export { setAssetBase } from "./lib/assets.js";

prestartWorkers();

const elements = await import("./elements.js");
export const StApp = elements.StApp;
