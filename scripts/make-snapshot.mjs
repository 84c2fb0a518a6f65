// Memory snapshot of a booted Pyodide with `streamlit` imported, so the worker starts in well
// under a second instead of booting Python and importing the package (issue 7).
//
//   node scripts/make-snapshot.mjs [--dist DIR] [--force]
//
// Writes into DIR/pyodide/ (default dist/, or $BROOKLET_DIST):
//   snapshot.bin (+ .gz, .br)  the memory image (Pyodide's `makeMemorySnapshot()`)
//   snapshot.json              what it was made from: Pyodide version, a hash of the Python
//                              package sources, LIB_DIR; the worker boots from the snapshot
//                              only when these match what it would install itself
// rollup.config.mjs runs it after writing the worker bundle. It does nothing when the snapshot
// in DIR is already made from the same inputs, and reuses a copy kept in
// node_modules/.cache/brooklet-snapshot/ when one matches, so rebuilds that do not touch
// Python cost about nothing. The last line of output says what happened.
//
// The snapshot holds Python's memory only: no JS references and no app state. The package is
// imported, nothing is run; every `AppSession` is created after the restore with the real
// callbacks. Pyodide refuses (`makeMemorySnapshot` throws) if Python holds JS objects other
// than paths from globalThis. The file system is NOT part of the image: the worker writes the
// package files again after restoring.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { PYTHON_ROOT, ROOT, collectPythonFiles, pythonSourceHash, readPythonFiles } from "./python-sources.mjs";

/** Where the worker installs the package; must equal LIB_DIR in worker/runtime.ts (the worker checks snapshot.json). */
export const LIB_DIR = "/home/pyodide/brooklet-lib";
/** Bumped when snapshot.json or what the worker must do after a restore changes. */
export const SNAPSHOT_FORMAT = 1;
const PYODIDE_DIR = path.join(ROOT, "node_modules", "pyodide");
const CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "brooklet-snapshot");
const KEEP_CACHED = 3;
const FILES = ["snapshot.bin", "snapshot.bin.gz", "snapshot.bin.br", "snapshot.json"];

/**
 * Modules imported into the snapshot: the package and what the worker imports right after
 * booting. Nothing else: pre-importing the stdlib modules apps often use (csv, statistics,
 * zoneinfo, ...) was tried and made the gzipped snapshot about 0.9 MB bigger, more than the
 * whole package costs, to save a few ms on first use.
 */
const IMPORTS = [
  "streamlit",
  "streamlit.runtime.app_session",
  "streamlit.runtime.persist",
  // What the worker calls while it boots (worker/runtime.ts, worker/interrupt.ts, worker/pyodide-loader.ts).
  "streamlit.runtime.worker_boot",
  "streamlit.runtime.interrupt",
];

const log = (msg) => console.log(`[snapshot] ${msg}`);

function parseArgs(argv) {
  const opts = { dist: process.env.BROOKLET_DIST ? path.resolve(process.env.BROOKLET_DIST) : path.join(ROOT, "dist"), force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dist") opts.dist = path.resolve(argv[++i]);
    else if (a.startsWith("--dist=")) opts.dist = path.resolve(a.slice("--dist=".length));
    else if (a === "--force") opts.force = true;
    else throw new Error(`unknown argument ${a} (usage: node scripts/make-snapshot.mjs [--dist DIR] [--force])`);
  }
  return opts;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Everything the snapshot depends on, hashed: the same key means the same snapshot. */
function inputsKey(sourceHash) {
  const pkg = readJson(path.join(PYODIDE_DIR, "package.json"));
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ format: SNAPSHOT_FORMAT, pyodide: pkg?.version, libDir: LIB_DIR, sourceHash, imports: IMPORTS }));
  for (const f of ["pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"]) {
    const info = statSync(path.join(PYODIDE_DIR, f));
    hash.update(`${f}:${info.size}:${Math.floor(info.mtimeMs)}`);
  }
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest("hex").slice(0, 20);
}

function complete(dir, key) {
  const meta = readJson(path.join(dir, "snapshot.json"));
  return meta?.key === key && FILES.every((f) => existsSync(path.join(dir, f)));
}

function copyAll(from, to) {
  mkdirSync(to, { recursive: true });
  for (const f of FILES) copyFileSync(path.join(from, f), path.join(to, f));
}

/** Keeps the newest KEEP_CACHED snapshots in the cache folder (each is about 40 MB). */
function pruneCache() {
  if (!existsSync(CACHE_DIR)) return;
  for (const e of readdirSync(CACHE_DIR)) {
    const dir = path.join(CACHE_DIR, e);
    // Left by a build that died while writing.
    if (e.includes(".partial-") && Date.now() - statSync(dir).mtimeMs > 3600_000) rmSync(dir, { recursive: true, force: true });
  }
  const entries = readdirSync(CACHE_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.includes(".partial-"))
    .map((e) => ({ dir: path.join(CACHE_DIR, e.name), mtime: statSync(path.join(CACHE_DIR, e.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { dir } of entries.slice(KEEP_CACHED)) rmSync(dir, { recursive: true, force: true });
}

/** Boots Pyodide under Node, installs and imports the package, returns the snapshot and facts about it. */
async function build(contents) {
  const { loadPyodide } = await import(pathToFileURL(path.join(PYODIDE_DIR, "pyodide.mjs")).href);
  const output = [];
  const py = await loadPyodide({
    indexURL: PYODIDE_DIR + path.sep,
    _makeSnapshot: true,
    // What a browser boot has (Node would put this script's path in sys.executable and $_).
    _sysExecutable: "./this.program",
    stdout: (line) => output.push(line),
    stderr: (line) => output.push(line),
  });
  for (const [rel, text] of Object.entries(contents)) {
    const target = `${LIB_DIR}/${rel}`;
    py.FS.mkdirTree(target.slice(0, target.lastIndexOf("/")));
    py.FS.writeFile(target, text);
  }
  let modules;
  // A namespace of its own, so the snapshot's __main__ holds nothing of this script.
  const namespace = py.runPython("dict()");
  try {
    modules = py.runPython(`
import gc, importlib, sys
sys.path.insert(0, ${JSON.stringify(LIB_DIR)})
import streamlit
for _name in ${JSON.stringify(IMPORTS)}:
    try:
        importlib.import_module(_name)
    except ModuleNotFoundError as _err:
        if _err.name != _name:  # a module that is there but fails to import is a real error
            raise
del _name
gc.collect()
len(sys.modules)
`, { globals: namespace });
  } catch (err) {
    // Only the Python traceback: the error object would drag Pyodide's minified source along.
    throw new Error(`importing streamlit failed:\n${err?.message ?? err}${output.length ? `\n${output.join("\n")}` : ""}`);
  }
  namespace.destroy();
  const snapshot = py.makeMemorySnapshot();
  return { snapshot, modules, pyodideVersion: py.version, buildId: py._api?.config?.BUILD_ID ?? null };
}

/**
 * Where the memory image (the snapshot from its memory offset on, Pyodide 314's layout) holds
 * only zeros: [offset in the image, length] runs of whole 4 KiB pages. The worker skips reading
 * them where Python's fresh memory is zero already (worker/snapshot-restore.ts).
 */
function zeroRuns(snapshot) {
  const bytes = Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength);
  const image = bytes.subarray(bytes.readUInt32LE(4));
  const PAGE = 4096;
  const zeroPage = Buffer.alloc(PAGE);
  const runs = [];
  let start = -1;
  for (let at = 0; at < image.length; at += PAGE) {
    const page = image.subarray(at, at + PAGE);
    const zero = page.equals(page.length === PAGE ? zeroPage : zeroPage.subarray(0, page.length));
    if (zero && start < 0) start = at;
    if (!zero && start >= 0) {
      runs.push([start, at - start]);
      start = -1;
    }
  }
  if (start >= 0) runs.push([start, image.length - start]);
  return runs;
}

async function main() {
  const started = performance.now();
  const { dist, force } = parseArgs(process.argv.slice(2));
  const outDir = path.join(dist, "pyodide");
  const contents = readPythonFiles(collectPythonFiles(PYTHON_ROOT).files);
  const sourceHash = pythonSourceHash(contents);
  const key = inputsKey(sourceHash);
  const cached = path.join(CACHE_DIR, key);

  if (!force && complete(outDir, key)) {
    log(`up to date (${key})`);
    return;
  }
  // Whatever was there describes other inputs: never leave a stale snapshot.json behind.
  for (const f of FILES) rmSync(path.join(outDir, f), { force: true });
  if (!force && complete(cached, key)) {
    copyAll(cached, outDir);
    log(`reused node_modules/.cache/brooklet-snapshot/${key} in ${Math.round(performance.now() - started)} ms`);
    return;
  }

  const { snapshot, modules, pyodideVersion, buildId } = await build(contents);
  const madeMs = performance.now() - started;
  const [gz, br] = await Promise.all([
    promisify(zlib.gzip)(snapshot, { level: 6 }), // 9 saves under 1% and takes 3x longer
    promisify(zlib.brotliCompress)(snapshot, {
      params: {
        // 6: about 2 s for 20% less than gzip; 11 saves 15% more but takes over a minute
        [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
        [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: snapshot.length,
      },
    }),
  ]);
  const meta = {
    format: SNAPSHOT_FORMAT,
    key,
    pyodideVersion,
    buildId,
    sourceHash,
    libDir: LIB_DIR,
    file: "snapshot.bin",
    bytes: snapshot.length,
    gzipBytes: gz.length,
    brotliBytes: br.length,
    sha256: createHash("sha256").update(snapshot).digest("hex"),
    zeroRuns: zeroRuns(snapshot),
    modules,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "snapshot.bin"), snapshot);
  writeFileSync(path.join(outDir, "snapshot.bin.gz"), gz);
  writeFileSync(path.join(outDir, "snapshot.bin.br"), br);
  writeFileSync(path.join(outDir, "snapshot.json"), JSON.stringify(meta, null, 2) + "\n");
  try {
    // Written aside and renamed: parallel builds may read the cache at any moment.
    const partial = `${cached}.partial-${process.pid}`;
    copyAll(outDir, partial);
    if (complete(cached, key)) rmSync(partial, { recursive: true, force: true });
    else {
      rmSync(cached, { recursive: true, force: true });
      renameSync(partial, cached);
    }
    pruneCache();
  } catch (err) {
    log(`note: could not keep a copy in ${CACHE_DIR}: ${err.message}`);
  }
  const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
  log(
    `made in ${(madeMs / 1000).toFixed(1)} s + ${((performance.now() - started - madeMs) / 1000).toFixed(1)} s compressing: ` +
      `${mb(snapshot.length)} raw, ${mb(gz.length)} gzip, ${mb(br.length)} brotli; ${modules} modules (${key})`,
  );
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  try {
    await main();
    // Pyodide keeps handles open under Node; the work is done.
    process.exit(0);
  } catch (err) {
    console.error(`[snapshot] failed: ${err?.message ?? err}`);
    process.exit(1);
  }
}

/**
 * Runs this script in a child process (Pyodide under Node patches globals such as `require`,
 * which must not leak into rollup's process). Resolves to true when dist has a snapshot.
 */
export function runSnapshotStep({ dist, force = false } = {}) {
  const args = [fileURLToPath(import.meta.url), "--dist", dist, ...(force ? ["--force"] : [])];
  return new Promise((resolve) => {
    // TZ=UTC: the same snapshot whatever zone the build machine is in (the worker sets the user's zone after restoring).
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, TZ: "UTC" } });
    child.on("error", () => resolve(false));
    child.on("close", (code) => resolve(code === 0));
  });
}
