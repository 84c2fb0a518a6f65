/**
 * The worker an <st-app> runs in, and starting it early.
 *
 * Python takes the longest to start, so brooklet.js starts a worker for every <st-app> already
 * in the page as its first step (prestartWorkers, from components/index.ts), before the element
 * classes and their libraries are even defined (100-200 ms on slow machines). The app takes
 * that worker when it boots (takePrestarted) if it still asks for the same Python; otherwise
 * the early worker is dropped and the app starts its own.
 *
 * This module imports only Comlink and assets.ts, so that it runs before everything else.
 */
import * as Comlink from "comlink";
import type { PythonOptions, WorkerApi } from "../../packages/protocol/index.js";
import { assetUrl } from "../lib/assets.js";

/** What the worker for an app is made from. */
export interface WorkerOptions extends PythonOptions {
  workerUrl: URL;
}

export interface AppWorker {
  worker: Worker;
  api: Comlink.Remote<WorkerApi>;
  options: WorkerOptions;
  /** Calls `listener` when the worker fails (its script did not load, or it died), also for a failure before the call. */
  onError(listener: (message: string) => void): void;
}

/** The settings of an <st-app>, read before or after the element is upgraded. */
interface PythonSettings {
  pyodideUrl?: string;
  packageBaseUrl?: string;
  snapshotUrl?: string;
}

/** How long an early worker waits for its app before it is dropped, ms. */
const UNCLAIMED_AFTER_MS = 30_000;

type Prestarted = Map<Element, { appWorker: AppWorker; timer: ReturnType<typeof setTimeout> }>;
/**
 * Shared by every copy of this module in the page: brooklet.js loaded as `brooklet.js?v=2` is a
 * second module instance once its chunks import `brooklet.js`, and must not start a second
 * worker per app.
 */
const prestarted: Prestarted = ((globalThis as Record<symbol, unknown>)[Symbol.for("brooklet.prestarted")] ??= new Map()) as Prestarted;

/** A property of the element (set before or after upgrade), else its attribute. */
function setting(app: Element, property: keyof PythonSettings, attribute: string): string | undefined {
  const value = (app as Element & PythonSettings)[property] ?? app.getAttribute(attribute);
  return value == null ? undefined : String(value);
}

/** The worker and Python an app asks for, from its properties and attributes. */
export function workerOptionsFor(app: Element): WorkerOptions {
  const snapshotUrl = setting(app, "snapshotUrl", "snapshot-url");
  const packageBaseUrl = setting(app, "packageBaseUrl", "package-base-url");
  const pyodideUrl = setting(app, "pyodideUrl", "pyodide-url");
  // URLs absolute, relative to the page: the worker would resolve them against worker.js, Pyodide not at all.
  const absolute = (url: string) => new URL(url, document.baseURI).href;
  return {
    workerUrl: assetUrl("worker.js"),
    pyodideUrl: pyodideUrl ? absolute(pyodideUrl) : assetUrl("pyodide/").href,
    packageBaseUrl: packageBaseUrl && absolute(packageBaseUrl),
    snapshotUrl: snapshotUrl === "none" ? undefined : absolute(snapshotUrl ?? assetUrl("pyodide/snapshot.json").href),
  };
}

function sameOptions(a: WorkerOptions, b: WorkerOptions): boolean {
  return a.workerUrl.href === b.workerUrl.href && a.pyodideUrl === b.pyodideUrl && a.packageBaseUrl === b.packageBaseUrl && a.snapshotUrl === b.snapshotUrl;
}

/** A new worker; with `prepare`, it starts Python right away. */
export function spawnWorker(options: WorkerOptions, prepare = false): AppWorker {
  const worker = new Worker(options.workerUrl, { type: "module", name: "brooklet" });
  const api = Comlink.wrap<WorkerApi>(worker);
  // Listened to from the start: an early worker can fail before its app takes it.
  let failure: string | undefined;
  let onFailure: ((message: string) => void) | undefined;
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    failure ??= event.message || "The Python worker stopped unexpectedly.";
    onFailure?.(failure);
  });
  if (prepare) {
    const { workerUrl: _, ...python } = options;
    // Failures come back from boot(), where the app reports them.
    api.prepare(python).catch(() => undefined);
  }
  return {
    worker,
    api,
    options,
    onError(listener) {
      onFailure = listener;
      if (failure !== undefined) listener(failure);
    },
  };
}

export function dropWorker(appWorker: AppWorker): void {
  appWorker.api[Comlink.releaseProxy]();
  appWorker.worker.terminate();
}

/** Starts a worker and Python for every <st-app> in the document that has none yet. */
export function prestartWorkers(root: ParentNode = document): void {
  if (typeof Worker === "undefined") return;
  for (const app of root.querySelectorAll("st-app")) {
    if (prestarted.has(app)) continue;
    let appWorker: AppWorker;
    try {
      appWorker = spawnWorker(workerOptionsFor(app), true);
    } catch {
      continue; // the app reports the problem when it boots
    }
    const timer = setTimeout(() => {
      prestarted.delete(app);
      dropWorker(appWorker);
    }, UNCLAIMED_AFTER_MS);
    prestarted.set(app, { appWorker, timer });
  }
}

/** The worker started early for `app`, if it was started with `options`; else none (and it is dropped). */
export function takePrestarted(app: Element, options: WorkerOptions): AppWorker | undefined {
  const entry = prestarted.get(app);
  if (!entry) return undefined;
  prestarted.delete(app);
  clearTimeout(entry.timer);
  if (sameOptions(entry.appWorker.options, options)) return entry.appWorker;
  dropWorker(entry.appWorker);
  return undefined;
}
