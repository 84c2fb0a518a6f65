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
  RerunRequest,
  RunOutcome,
  SerializedError,
  WorkerApi,
  DeferredDownload,
} from "../packages/protocol/index.js";
import { convertMessage } from "./arrow.js";
import { DeltaBatcher } from "./delta-batcher.js";
import { attachInterrupts, isKeyboardInterrupt } from "./interrupt.js";
import { openPersistStore } from "./persistence.js";
import { releaseCacheWrites } from "./boot-cache.js";
import { loadPython } from "./pyodide-loader.js";

/** Where things live in Pyodide's file system. */
export const LIB_DIR = "/home/pyodide/brooklet-lib";
export const APP_DIR = "/home/pyodide/app";

type PyProxy = { toJs(options: object): unknown; destroy(): void };
type PySession = {
  run(widgetStates: unknown, queryString: string, fragmentId?: string, isAutoRerun?: boolean): string;
  destroy(): void;
};

export interface RuntimeDeps {
  /** The `streamlit` package sources, by path relative to the package root. */
  pythonFiles: Record<string, string>;
  /** Hash of those sources; a memory snapshot is used only when it was made from the same. */
  sourceHash?: string;
}

export function createRuntime(deps: RuntimeDeps): WorkerApi {
  let pyodide: PyodideAPI | undefined;
  let session: PySession | undefined;
  let batcher: DeltaBatcher | undefined;
  let entrypoint = "";
  let scannedSource: string | undefined;

  const send = (msg: ForwardMsg) => batcher?.push(msg);

  /** Called from Python with a dict shaped as a ForwardMsg. */
  const emit = (msg: PyProxy) => {
    // Tables become Arrow IPC bytes (read zero-copy from Python), transferred to the page.
    const { msg: js, transfer } = convertMessage<ForwardMsg>(msg as unknown as Parameters<typeof convertMessage>[0]);
    msg.destroy();
    batcher?.push(js, transfer);
  };
  const flush = () => batcher?.flush();

  function writeFiles(py: PyodideAPI, root: string, files: AppFile[]) {
    for (const file of files) {
      const target = `${root}/${file.path}`;
      py.FS.mkdirTree(target.slice(0, target.lastIndexOf("/")));
      py.FS.writeFile(target, file.data);
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
    async boot(options: BootOptions, port: MessagePort, onProgress: (p: BootProgress) => void) {
      const bootStarted = performance.now();
      batcher = new DeltaBatcher((batch, transfer) => port.postMessage(batch, transfer));
      onProgress({ stage: "downloading", message: "Downloading the Python runtime" });
      // Read this app's persisted cache entries while Python boots: hits are served on the first run.
      const persistStoreLoading = openPersistStore(options.appId ?? "default");
      const { py, path: bootPath, note, steps } = await loadPython(options, onProgress, { sourceHash: deps.sourceHash, libDir: LIB_DIR });
      pyodide = py;
      onProgress({ stage: "installing", message: "Installing streamlit" });
      const libFiles = Object.entries(deps.pythonFiles).map(([path, data]) => ({ path, data }));
      writeFiles(py, LIB_DIR, libFiles);
      py.FS.mkdirTree(APP_DIR);
      writeFiles(py, APP_DIR, options.files);
      entrypoint = options.entrypoint;
      py.FS.chdir(APP_DIR);
      steps.filesWritten = performance.now();
      const createSession = py.runPython(`
import sys
if ${JSON.stringify(LIB_DIR)} not in sys.path:  # a memory snapshot has it already
    sys.path.insert(0, ${JSON.stringify(LIB_DIR)})
# The files were just (re)written. Not importlib.invalidate_caches(): it imports importlib.metadata (0.2-1 s).
for _finder in list(sys.path_importer_cache.values()):
    if hasattr(_finder, "invalidate_caches"):
        _finder.invalidate_caches()
from streamlit.runtime.app_session import AppSession, install_sleep_flush

def create_session(emit, flush, script_path, persist_store, persist_by_default, context):
    from streamlit.runtime.persist import JsPersistStore

    install_sleep_flush(flush)
    session = AppSession(emit, script_path, flush)
    session.persist = JsPersistStore(persist_store)
    session.persist_cache_by_default = bool(persist_by_default)
    session.context_info = context.to_py() if context is not None else {}
    return session

create_session
`);
      steps.packageInstalled = performance.now();
      const persistStore = await persistStoreLoading;
      steps.persistStoreOpen = performance.now();
      session = createSession(
        emit,
        flush,
        `${APP_DIR}/${entrypoint}`,
        persistStore,
        Boolean(options.persistCacheByDefault),
        options.context,
      ) as PySession;
      createSession.destroy();
      if (options.interruptBuffer) attachInterrupts(py, session, options.interruptBuffer);
      onProgress({ stage: "ready", message: "Running" });
      releaseCacheWrites(5000); // at the latest: the first run releases them (below)
      steps.sessionReady = performance.now();
      const since = (t: number) => Math.round(t - bootStarted);
      const stepsMs = Object.fromEntries(Object.entries(steps).map(([name, t]) => [name, since(t)]));
      return { path: bootPath, ms: since(performance.now()), ...(note ? { note } : {}), steps: stepsMs };
    },

    async setFiles(files: AppFile[], newEntrypoint: string) {
      if (!pyodide || !session) throw new Error("setFiles() before boot()");
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
        return session.run(states, request.queryString, request.fragmentId ?? undefined, Boolean(request.isAutoRerun)) as RunOutcome;
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
