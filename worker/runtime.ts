/**
 * The worker's runtime: boots Pyodide, installs the `streamlit` package and the app's
 * files, and runs the script. It only depends on a way to post batches, so it can be
 * driven from a Worker (worker.ts) or from Node in tests.
 */
import type { PyodideAPI } from "pyodide";
import type {
  AppFile,
  BootOptions,
  BootProgress,
  ForwardMsg,
  PythonOptions,
  RerunRequest,
  RunOutcome,
  SerializedError,
  WorkerApi,
  DeferredDownload,
} from "../packages/protocol/index.js";
import { DeltaBatcher } from "./delta-batcher.js";
import { attachInterrupts, isKeyboardInterrupt } from "./interrupt.js";
import { openPersistStore } from "./persistence.js";
import { releaseCacheWrites } from "./boot-cache.js";
import { type LoadedPython, loadPython } from "./pyodide-loader.js";

/** Where things live in Pyodide's file system. */
export const LIB_DIR = "/home/pyodide/brooklet-lib";
export const APP_DIR = "/home/pyodide/app";

type PyProxy = { toJs(options: object): unknown; destroy(): void };
type PySession = {
  run(widgetStates: unknown, queryString: string, fragmentId?: string, isAutoRerun?: boolean, page?: string): string;
  destroy(): void;
};

export interface RuntimeDeps {
  /** The `streamlit` package's files, paths relative to the package root. */
  loadPythonFiles(): Promise<AppFile[]>;
  /** Hash of those sources; a memory snapshot is used only when it was made from the same. */
  sourceHash?: string;
  /** The Pyodide the build bundles: its folder URL and version (pyodide-loader.ts starts it early). */
  bundledPyodide?: { url: string; version: string };
  /** performance.now() when the worker's script ran (for the boot steps benchmarks print). */
  evaluatedAt?: number;
}

export function createRuntime(deps: RuntimeDeps): WorkerApi {
  let pyodide: PyodideAPI | undefined;
  let session: PySession | undefined;
  let batcher: DeltaBatcher | undefined;
  let entrypoint = "";
  let scannedSource: string | undefined;

  const send = (msg: ForwardMsg) => batcher?.push(msg);
  /** worker/arrow.ts (apache-arrow), loaded while Python boots: the worker's own script stays small so that it starts Python sooner. */
  let convertMessage: typeof import("./arrow.js").convertMessage | undefined;

  /** Python being loaded, by prepare() or boot(); `key` says with which options. */
  let python: { key: string; startedAt: number; loading: Promise<LoadedPython>; prepared: boolean } | undefined;
  /** Progress goes to the page once boot() gives a listener; until then the last one waits. */
  let progressListener: ((p: BootProgress) => void) | undefined;
  let lastProgress: BootProgress | undefined;
  const reportProgress = (p: BootProgress) => {
    lastProgress = p;
    progressListener?.(p);
  };

  /** The package's files, fetched once while Python starts. */
  let pythonFiles: Promise<AppFile[]> | undefined;

  function startPython(options: PythonOptions, prepared: boolean) {
    const key = JSON.stringify([options.pyodideUrl, options.packageBaseUrl ?? null, options.snapshotUrl ?? null]);
    if (python?.key === key) return python;
    pythonFiles ??= deps.loadPythonFiles();
    pythonFiles.catch(() => undefined); // reported by boot()
    reportProgress({ stage: "downloading", message: "Downloading the Python runtime" });
    const loading = loadPython(options, reportProgress, {
      sourceHash: deps.sourceHash,
      bundledPyodide: deps.bundledPyodide,
      libDir: LIB_DIR,
    });
    loading.catch(() => undefined); // reported by boot()
    python = { key, startedAt: performance.now(), loading, prepared };
    return python;
  }

  /** Called from Python with a dict shaped as a ForwardMsg. */
  const emit = (msg: PyProxy) => {
    // Tables become Arrow IPC bytes (read zero-copy from Python), transferred to the page.
    const { msg: js, transfer } = convertMessage!<ForwardMsg>(msg as unknown as Parameters<NonNullable<typeof convertMessage>>[0]);
    msg.destroy();
    batcher?.push(js, transfer);
  };
  const flush = () => batcher?.flush();

  function writeFiles(py: PyodideAPI, root: string, files: AppFile[]) {
    const encoder = new TextEncoder();
    const made = new Set<string>();
    for (const file of files) {
      const target = `${root}/${file.path}`;
      const dir = target.slice(0, target.lastIndexOf("/"));
      if (!made.has(dir)) py.FS.mkdirTree(dir);
      made.add(dir);
      // Encoded here: Emscripten's own UTF-8 encoder is a JS loop, 3-5x slower for the package's 0.5 MB.
      py.FS.writeFile(target, typeof file.data === "string" ? encoder.encode(file.data) : file.data);
    }
  }

  /** The app's files as last given (paths relative to APP_DIR). */
  let appFiles = new Set<string>();

  function removeFile(py: PyodideAPI, path: string) {
    try {
      py.FS.unlink(path);
    } catch {
      // already gone (or written by the script itself and removed since)
    }
  }

  /** Loads packages the script imports that Pyodide's index knows (numpy, pandas, ...). */
  async function loadImportedPackages(py: PyodideAPI) {
    const source = py.FS.readFile(`${APP_DIR}/${entrypoint}`, { encoding: "utf8" }) as string;
    if (source === scannedSource) return;
    scannedSource = source;
    try {
      await py.loadPackagesFromImports(source);
    } catch (err) {
      // The script's own import then fails with a clear ImportError in the app.
      console.warn("Brooklet: could not load packages imported by the app:", err);
    }
  }

  return {
    prepare(options: PythonOptions) {
      startPython(options, true);
    },

    async boot(options: BootOptions, port: MessagePort, onProgress: (p: BootProgress) => void) {
      const bootCalled = performance.now();
      batcher = new DeltaBatcher((batch, transfer) => port.postMessage(batch, transfer));
      progressListener = onProgress;
      const { startedAt, loading, prepared } = startPython(options, false);
      if (lastProgress) onProgress(lastProgress);
      // Read this app's persisted cache entries while Python boots: hits are served on the first run.
      const persistStoreLoading = openPersistStore(options.appId ?? "default");
      const support = Promise.all([pythonFiles!, import("./arrow.js")]);
      support.catch(() => undefined); // awaited below, after Python
      const { py, path: bootPath, note, steps } = await loading;
      const [libFiles, arrow] = await support;
      convertMessage = arrow.convertMessage;
      steps.bootCalled = bootCalled;
      // On this worker's clock, 0 is when the page created it.
      steps.workerCreated = 0;
      if (deps.evaluatedAt !== undefined) steps.workerEvaluated = deps.evaluatedAt;
      pyodide = py;
      onProgress({ stage: "installing", message: "Installing streamlit" });
      writeFiles(py, LIB_DIR, libFiles);
      py.FS.mkdirTree(APP_DIR);
      writeFiles(py, APP_DIR, options.files);
      appFiles = new Set(options.files.map((f) => f.path));
      entrypoint = options.entrypoint;
      py.FS.chdir(APP_DIR);
      steps.filesWritten = performance.now();
      // A memory snapshot has the package on the path already, and streamlit.runtime.worker_boot imported.
      if (bootPath === "normal") py.runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(LIB_DIR)})`);
      const workerBoot = py.pyimport("streamlit.runtime.worker_boot");
      workerBoot.refresh_import_caches();
      steps.packageInstalled = performance.now();
      const persistStore = await persistStoreLoading;
      steps.persistStoreOpen = performance.now();
      session = workerBoot.create_session(
        emit,
        flush,
        `${APP_DIR}/${entrypoint}`,
        persistStore,
        Boolean(options.persistCacheByDefault),
        options.context,
      ) as PySession;
      workerBoot.destroy();
      if (options.interruptBuffer) attachInterrupts(py, session, options.interruptBuffer);
      onProgress({ stage: "ready", message: "Running" });
      progressListener = undefined;
      releaseCacheWrites(5000); // at the latest: the first run releases them (below)
      steps.sessionReady = performance.now();
      const since = (t: number) => Math.round(t - startedAt);
      const stepsMs = Object.fromEntries(Object.entries(steps).map(([name, t]) => [name, since(t)]));
      return { path: bootPath, ms: since(performance.now()), prepared, ...(note ? { note } : {}), steps: stepsMs };
    },

    async setFiles(files: AppFile[], newEntrypoint: string) {
      if (!pyodide || !session) throw new Error("setFiles() before boot()");
      // Files the app no longer has go (a removed page must not stay in the menu).
      const now = new Set(files.map((f) => f.path));
      for (const path of appFiles) {
        if (!now.has(path)) removeFile(pyodide, `${APP_DIR}/${path}`);
      }
      appFiles = now;
      writeFiles(pyodide, APP_DIR, files);
      entrypoint = newEntrypoint;
      const setPath = pyodide.runPython("lambda s, p: setattr(s, 'main_script_path', p)");
      setPath(session, `${APP_DIR}/${entrypoint}`);
      setPath.destroy();
    },

    async clearCaches() {
      pyodide?.runPython("import streamlit as st\nst.cache_data.clear()\nst.cache_resource.clear()");
    },

    async downloadData(handle: string): Promise<DeferredDownload> {
      if (!pyodide) return { error: "The Python runtime is not running." };
      const call = pyodide.runPython("from streamlit.widgets.button import deferred_download\ndeferred_download");
      try {
        const result = call(handle) as PyProxy;
        const js = result.toJs({ dict_converter: Object.fromEntries, create_pyproxies: false }) as DeferredDownload;
        result.destroy();
        return js;
      } finally {
        call.destroy();
      }
    },

    async run(request: RerunRequest): Promise<RunOutcome> {
      if (!pyodide || !session) throw new Error("run() before boot()");
      await loadImportedPackages(pyodide);
      // JS null arrives in Python as jsnull, undefined as None.
      const states = request.widgetStates ? pyodide.toPy(request.widgetStates) : undefined;
      try {
        return session.run(states, request.queryString, request.fragmentId ?? undefined, Boolean(request.isAutoRerun), request.page ?? undefined) as RunOutcome;
      } catch (err) {
        if (isKeyboardInterrupt(err)) {
          // The page's hard stop landed in the runner's own code: the run is over all the same.
          send({ type: "scriptFinished", runId: -1, outcome: "stopped" });
          return "stopped";
        }
        const error = serializeError(err);
        send({ type: "scriptFinished", runId: -1, outcome: "fatal", error });
        return "fatal";
      } finally {
        states?.destroy?.();
        batcher?.flush();
        releaseCacheWrites();
      }
    },
  };
}

export function serializeError(err: unknown): SerializedError {
  if (err instanceof Error) {
    const pyType = (err as { type?: string }).type;
    return { name: err.name, message: err.message, stack: err.stack, ...(pyType ? { pyType } : {}) };
  }
  return { name: "Error", message: String(err) };
}
