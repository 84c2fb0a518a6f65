/**
 * Loads Pyodide from the configured URL (the bundled copy by default): from the memory snapshot
 * the build made (scripts/make-snapshot.mjs) when it matches, else with a normal boot.
 */
import type { PyodideAPI, loadPyodide as LoadPyodide } from "pyodide";
import type { BootPath, BootProgress, PythonOptions } from "../packages/protocol/index.js";
import {
  type Snapshot,
  type SnapshotExpectation,
  SnapshotUnusable,
  cacheCoreFiles,
  loadSnapshot,
  precompileWasm,
  storedSnapshot,
} from "./boot-cache.js";
import { type CreatePyodideModule, headerOnly, restoringFrom, snapshotInMemory } from "./snapshot-restore.js";

/** A boot failure with what the user can do about it. */
export class BootError extends Error {
  constructor(message: string, readonly hint: string, cause?: unknown) {
    // The hint is part of the message: only name, message and stack cross Comlink.
    super(`${message}\n${hint}`, { cause });
    this.name = "BootError";
  }
}

/** What the worker installs; a snapshot is used only when it was made from the same. */
export interface PackageIdentity {
  /** Hash of the bundled `streamlit` sources (virtual:streamlit-python). */
  sourceHash?: string;
  /** Where the worker installs the package (runtime.ts LIB_DIR). */
  libDir: string;
  /** The Pyodide the build bundles (dist/pyodide/): its folder URL and version. */
  bundledPyodide?: { url: string; version: string };
}

/** Relies on internals of this Pyodide (how its glue loads the wasm, how a snapshot is laid out and restored): checked for 314. */
const isKnownPyodide = (version: string) => version.startsWith("314.");

export interface LoadedPython {
  py: PyodideAPI;
  path: BootPath;
  /** Why the snapshot was not used, when one was asked for. */
  note?: string;
  /** performance.now() at which each step ended. */
  steps: Record<string, number>;
}

export async function loadPython(
  options: PythonOptions,
  onProgress: (p: BootProgress) => void,
  pkg: PackageIdentity = { libDir: "" },
): Promise<LoadedPython> {
  const base = options.pyodideUrl.endsWith("/") ? options.pyodideUrl : `${options.pyodideUrl}/`;
  const expectSnapshot = (pyodideVersion: string): SnapshotExpectation => ({ pyodideVersion, sourceHash: pkg.sourceHash!, libDir: pkg.libDir });
  // The stored snapshot is looked up now, for the Pyodide this build bundles, and used if that is
  // the Pyodide imported below. The lookup takes several round trips to the browser's storage;
  // started after the import, they waited behind the wasm compile and the glue's parsing, and the
  // snapshot was ready 50-200 ms after the compile (measured), holding Python's start back.
  const bundledVersion = pkg.bundledPyodide?.version;
  const storedEarly =
    options.snapshotUrl && pkg.sourceHash && bundledVersion ? storedSnapshot(options.snapshotUrl, expectSnapshot(bundledVersion)) : undefined;
  storedEarly?.catch(() => undefined);
  const dropStoredEarly = () => void storedEarly?.then((s) => s?.file?.close(), () => undefined);
  const steps: Record<string, number> = {};
  const step = (name: string) => (steps[name] = performance.now());
  const compileWasm = () => {
    step("wasmCompileStarted");
    void precompileWasm(base)?.then(() => step("wasmCompiled"), () => undefined);
  };
  // The bundled Pyodide's version is known before its pyodide.mjs is imported: its files' cache
  // and its wasm compile, which the boot waits for most, start now rather than one import later.
  const bundled = pkg.bundledPyodide?.url === base && bundledVersion ? bundledVersion : undefined;
  const importGlue = () => {
    const imported = (import(/* webpackIgnore: true */ `${base}pyodide.asm.mjs`) as Promise<{ default: CreatePyodideModule }>).then(
      (m) => (step("glueImported"), m.default),
    );
    imported.catch(() => undefined); // loadPyodide reports it
    return imported;
  };
  let glue: Promise<CreatePyodideModule> | undefined;
  if (bundled) {
    cacheCoreFiles(base, bundled);
    if (isKnownPyodide(bundled)) {
      compileWasm();
      if (options.snapshotUrl) glue = importGlue();
    }
  }
  let loadPyodide: typeof LoadPyodide;
  let version: string;
  try {
    ({ loadPyodide, version } = await import(/* webpackIgnore: true */ `${base}pyodide.mjs`));
  } catch (err) {
    dropStoredEarly();
    throw new BootError(
      `Could not load Pyodide from ${base}pyodide.mjs (${(err as Error).message ?? err}).`,
      "Check that the folder is served (dist/pyodide/ for the bundled copy) or fix the pyodide-url attribute.",
      err,
    );
  }
  step("pyodideImported");
  if (bundled && version !== bundled) {
    // Its files may not be cached under the version this build expects: stop here.
    dropStoredEarly();
    throw new BootError(
      `${base}pyodide.mjs is Pyodide ${version}, the bundled copy should be ${bundled}.`,
      "Deploy dist/ as a whole: worker.js and pyodide/ come from the same build.",
    );
  }
  const knownPyodide = isKnownPyodide(version);
  if (!bundled) {
    cacheCoreFiles(base, version);
    if (knownPyodide) compileWasm();
  }
  const config = {
    indexURL: base,
    packageBaseUrl: options.packageBaseUrl,
    stdout: (line: string) => console.log(line),
    stderr: (line: string) => console.error(line),
  };

  let note: string | undefined;
  if (options.snapshotUrl) {
    let snapshot: Snapshot | undefined;
    // Pyodide's module factory, imported as loadPyodide would (after the wasm compile has
    // started: importing it first delayed that compile, which matters more); wrapped to restore
    // the snapshot (snapshot-restore.ts).
    const factory = knownPyodide ? (glue ?? importGlue()) : undefined;
    let createModule: CreatePyodideModule | undefined;
    // Another Pyodide (pyodide-url) has a snapshot of its own, if any.
    const storedCopy = version === bundledVersion ? storedEarly : (dropStoredEarly(), undefined);
    // Handed to loadPyodide as a promise: Pyodide's wasm and stdlib download meanwhile.
    const bytes = (
      pkg.sourceHash
        ? loadSnapshot(options.snapshotUrl, expectSnapshot(version), storedCopy)
        : Promise.reject(new SnapshotUnusable("this worker bundle does not know its package hash"))
    ).then(async (loaded) => {
      snapshot = loaded;
      steps.snapshotLoaded = performance.now();
      onProgress({ stage: "starting", message: "Starting Python" });
      if (!factory) {
        if (!loaded.file) return loaded.bytes!;
        const whole = new Uint8Array(loaded.file.size);
        loaded.file.readInto(whole, 0);
        return whole;
      }
      // A downloaded snapshot is restored the same way, from memory: only what Python lacks is copied.
      const source = loaded.file ?? snapshotInMemory(loaded.bytes!);
      const { bytes: header, memoryOffset } = headerOnly(source);
      createModule = restoringFrom(await factory, source, memoryOffset, loaded.meta.zeroRuns, step);
      return header;
    });
    bytes.catch(() => undefined); // rejections are handled below, through loadPyodide
    try {
      const py = await loadPyodide({
        ...config,
        _loadSnapshot: bytes,
        ...(factory ? { createPyodideModule: async (settings: object) => (createModule ?? (await factory))(settings) } : {}),
      } as Parameters<typeof LoadPyodide>[0]);
      steps.pythonRestored = performance.now();
      afterRestore(py);
      steps.pythonReady = performance.now();
      return { py, path: snapshot!.cached ? "cached-snapshot" : "snapshot", steps };
    } catch (err) {
      if (err instanceof SnapshotUnusable) note = err.message;
      else {
        await snapshot?.forget();
        note = `${snapshot ? "Pyodide rejected it" : "unexpected error"}: ${String((err as Error)?.message ?? err).trim()}`;
      }
      console.info(`Brooklet: starting Python without the memory snapshot (slower): ${note}`);
    } finally {
      snapshot?.file?.close();
    }
  }

  onProgress({ stage: "starting", message: "Starting Python" });
  try {
    const py = await loadPyodide(config);
    steps.pythonReady = performance.now();
    return { py, path: "normal", note, steps };
  } catch (err) {
    throw new BootError(
      `Python failed to start: ${(err as Error).message ?? err}`,
      `The files in ${base} must all come from the same Pyodide version (pyodide.asm.wasm, python_stdlib.zip, pyodide-lock.json).`,
      err,
    );
  }
}

/**
 * A restored Python is the one the build left, down to state the C library and Python compute
 * once at startup. Give this boot its own: the browser's time zone (the snapshot was made under
 * Node, often in UTC), then locale and a fresh random state (streamlit.runtime.worker_boot, in
 * the snapshot). The package files are written again by the runtime (the file system is not
 * part of the snapshot).
 */
function afterRestore(py: PyodideAPI): void {
  refreshTimezone(py);
  const lang = `${(self.navigator?.language || "C").replace("-", "_")}.UTF-8`;
  const boot = py.pyimport("streamlit.runtime.worker_boot");
  try {
    boot.after_restore(lang);
  } finally {
    boot.destroy();
  }
}

type EmscriptenHeap = { HEAPU8: Uint8Array; HEAP32: Int32Array; HEAPU32: Uint32Array; _timezone?: number; _daylight?: number; _tzname?: number };

/**
 * The C library's time zone (`timezone`, `daylight`, `tzname`) as Emscripten's tzset() sets it
 * from the JS clock. tzset() runs once per process and the snapshot remembers that it ran, so
 * its work is redone here, the same way (names like "UTC+0100", as a normal boot has them).
 */
function refreshTimezone(py: PyodideAPI): void {
  const m = (py as unknown as { _module?: EmscriptenHeap })._module;
  if (!m || m._timezone === undefined || m._daylight === undefined || m._tzname === undefined) return;
  const year = new Date().getFullYear();
  const winter = new Date(year, 0, 1).getTimezoneOffset();
  const summer = new Date(year, 6, 1).getTimezoneOffset();
  const zone = (offset: number) => {
    const abs = Math.abs(offset);
    return `UTC${offset >= 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
  };
  m.HEAPU32[m._timezone >>> 2] = Math.max(winter, summer) * 60;
  m.HEAP32[m._daylight >>> 2] = Number(winter !== summer);
  const [std, dst] = summer < winter ? [zone(winter), zone(summer)] : [zone(summer), zone(winter)];
  const encoder = new TextEncoder();
  [std, dst].forEach((name, i) => {
    const ptr = m.HEAPU32[(m._tzname! >>> 2) + i];
    if (!ptr) return;
    const bytes = encoder.encode(name).slice(0, 16); // Emscripten's buffers hold 17 bytes
    m.HEAPU8.set(bytes, ptr);
    m.HEAPU8[ptr + bytes.length] = 0;
  });
}
