// Builds dist/ as a self-contained static site:
//   dist/brooklet.js (+ dist/chunks/)       page bundle, defines <st-app>
//   dist/worker.js   (+ dist/worker-chunks/) module worker bundle
//   dist/assets/streamlit-python-*.bin (+ .gz, .br)  the Python package, packed (scripts/python-sources.mjs)
//   dist/pyodide/    Pyodide core, loaded by the worker at run time (not bundled)
//   dist/katex/      KaTeX stylesheet and fonts
//   dist/pyodide/snapshot.bin (+ .gz, .br, snapshot.json)  memory snapshot (scripts/make-snapshot.mjs)
//   dist/sw.js       service worker for <st-app offline> (worker/service-worker.ts)
//   dist/index.html, dist/demo/  playground and example apps
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { cp, copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import esbuild from "rollup-plugin-esbuild";
import { runSnapshotStep } from "./scripts/make-snapshot.mjs";
import { PYTHON_ROOT, collectPythonFiles, packPythonFiles, pythonSourceHash, readPythonFiles } from "./scripts/python-sources.mjs";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
// BROOKLET_DIST builds elsewhere (e.g. a private copy while other tests read dist/).
const DIST = process.env.BROOKLET_DIST ? path.resolve(process.env.BROOKLET_DIST) : path.join(ROOT, "dist");
const fromRoot = (...parts) => path.join(ROOT, ...parts);

const watching = Boolean(process.env.ROLLUP_WATCH);
// Minified by default (this is the shipped site); BROOKLET_MINIFY=0 or watch mode keeps it readable.
const minify = process.env.BROOKLET_MINIFY ? process.env.BROOKLET_MINIFY !== "0" : !watching;

const PYODIDE_FILES = [
  "pyodide.mjs",
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
  "pyodide.js",
];

/** Empties dist/ once per rollup process, before the first build writes to it. */
let cleaned = false;
function cleanDist() {
  return {
    name: "brooklet-clean-dist",
    async buildStart() {
      if (cleaned || watching) return;
      cleaned = true;
      await rm(DIST, { recursive: true, force: true });
    },
  };
}

/**
 * `import { packageUrl, sourceHash } from "virtual:streamlit-python"`: the URL of every Python
 * source and data file under packages/streamlit/, packed into one asset
 * (scripts/python-sources.mjs packPythonFiles, with .br/.gz copies for servers that send them),
 * and a hash of them all (the memory snapshot records the same hash).
 * `import { bundledPyodideVersion } from "virtual:bundled-pyodide"`: the version of the Pyodide
 * copied into dist/pyodide/.
 */
const VIRTUAL_PYTHON = "virtual:streamlit-python";
const VIRTUAL_PYODIDE = "virtual:bundled-pyodide";

function streamlitPython() {
  const virtual = new Set([VIRTUAL_PYTHON, VIRTUAL_PYODIDE]);
  const packed = new Set();
  return {
    name: "brooklet-streamlit-python",
    resolveId(source) {
      return virtual.has(source) ? "\0" + source : null;
    },
    load(id) {
      if (id === "\0" + VIRTUAL_PYODIDE) {
        const { version } = JSON.parse(readFileSync(fromRoot("node_modules", "pyodide", "package.json"), "utf8"));
        return `export const bundledPyodideVersion = ${JSON.stringify(version)};\n`;
      }
      if (id !== "\0" + VIRTUAL_PYTHON) return null;
      const { files, dirs } = collectPythonFiles(PYTHON_ROOT);
      // Directories too, so that adding a new .py file triggers a rebuild in watch mode.
      for (const dir of dirs) this.addWatchFile(dir);
      for (const full of Object.values(files)) this.addWatchFile(full);
      const contents = readPythonFiles(files);
      const ref = this.emitFile({ type: "asset", name: "streamlit-python.bin", source: packPythonFiles(contents) });
      packed.add(ref);
      return (
        `export const packageUrl = import.meta.ROLLUP_FILE_URL_${ref};\n` +
        `export const sourceHash = ${JSON.stringify(pythonSourceHash(contents))};\n`
      );
    },
    generateBundle(_options, bundle) {
      for (const ref of packed) {
        const fileName = this.getFileName(ref);
        const bytes = bundle[fileName].source;
        this.emitFile({ type: "asset", fileName: `${fileName}.gz`, source: zlib.gzipSync(bytes, { level: 9 }) });
        this.emitFile({ type: "asset", fileName: `${fileName}.br`, source: zlib.brotliCompressSync(bytes) });
      }
      packed.clear();
    },
  };
}

/**
 * Pyodide is never bundled: it finds its wasm/stdlib next to its own module (import.meta.url)
 * and pulls in Node-only modules we do not want in a browser bundle. Imports of "pyodide"
 * (static or dynamic) become a relative import of dist/pyodide/pyodide.mjs (copied there by
 * copyFiles), the path computed per output chunk so it is right from dist/ and its subfolders.
 */
const PYODIDE_PLACEHOLDER = "__brooklet_pyodide_mjs__";
function externalPyodide() {
  return {
    name: "brooklet-external-pyodide",
    resolveId(source) {
      if (source === "pyodide" || source === "pyodide/pyodide.mjs") {
        return { id: PYODIDE_PLACEHOLDER, external: true };
      }
      return null;
    },
    renderChunk(code, chunk) {
      if (!code.includes(PYODIDE_PLACEHOLDER)) return null;
      let rel = path.posix.relative(path.posix.dirname(chunk.fileName), "pyodide/pyodide.mjs");
      if (!rel.startsWith(".")) rel = "./" + rel;
      // Only the import specifier changes, on its own line, so the existing source map stays usable.
      return { code: code.replaceAll(PYODIDE_PLACEHOLDER, rel), map: null };
    },
  };
}

/** Copies static files into dist/ after a build writes; `targets` are [from, to] pairs, `to` relative to dist/. */
function copyFiles(name, targets) {
  return {
    name: `brooklet-copy-${name}`,
    buildStart() {
      for (const [from] of targets) if (existsSync(from)) this.addWatchFile(from);
    },
    async writeBundle() {
      for (const [from, to, { optional = false } = {}] of targets) {
        if (!existsSync(from)) {
          if (optional) continue;
          this.error(`missing ${path.relative(ROOT, from)} (run npm install?)`);
        }
        const dest = path.join(DIST, to);
        if (statSync(from).isDirectory()) {
          await cp(from, dest, {
            recursive: true,
            filter: (src) => !/(^|[\\/])(__pycache__|\.[^\\/]+)$/.test(path.relative(from, src)),
          });
        } else {
          await mkdir(path.dirname(dest), { recursive: true });
          await copyFile(from, dest);
        }
      }
    },
  };
}

/**
 * After the worker bundle and Pyodide are written: the memory snapshot (scripts/make-snapshot.mjs,
 * in a child process). It skips itself when dist already has a snapshot of the same Python
 * sources, so watch rebuilds that do not touch Python cost nothing. A failure is a warning, not
 * a broken build: without dist/pyodide/snapshot.json the worker boots Pyodide normally.
 * BROOKLET_SNAPSHOT=0 leaves it out; BROOKLET_SNAPSHOT=required makes a failure fail the build.
 */
function memorySnapshot() {
  const mode = process.env.BROOKLET_SNAPSHOT ?? "1";
  return {
    name: "brooklet-memory-snapshot",
    async writeBundle() {
      if (mode === "0") return;
      const started = performance.now();
      const ok = await runSnapshotStep({ dist: DIST });
      if (ok) return;
      const message = `memory snapshot not made after ${Math.round(performance.now() - started)} ms (see above); apps will boot Pyodide normally`;
      if (mode === "required") this.error(message);
      else this.warn(message);
    },
  };
}

/**
 * Files the service worker caches when it installs (paths relative to dist/), and a version
 * that changes with them, so a new build makes browsers install the new sw.js. Left out: the
 * files the worker caches itself (Pyodide's wasm, stdlib and lock file, the snapshot), source
 * maps and precompressed copies.
 */
const PRECACHE_PLACEHOLDER = "__BROOKLET_PRECACHE__";
const NOT_PRECACHED = /(\.map|\.gz|\.br)$|^sw\.js$|^pyodide\/(pyodide\.asm\.wasm|python_stdlib\.zip|pyodide-lock\.json|pyodide\.js|snapshot\.bin)$/;
function listDist(dir = DIST, rel = "") {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return listDist(path.join(dir, e.name), child);
    return e.isFile() ? [child] : [];
  });
}
function serviceWorkerPrecache() {
  return {
    name: "brooklet-sw-precache",
    renderChunk(code) {
      if (!code.includes(PRECACHE_PLACEHOLDER)) return null;
      const files = listDist().filter((f) => !NOT_PRECACHED.test(f)).sort();
      const hash = createHash("sha256");
      for (const f of [...files, "pyodide/snapshot.json"]) {
        const info = existsSync(path.join(DIST, f)) ? statSync(path.join(DIST, f)) : null;
        hash.update(`${f}:${info?.size}:${Math.floor(info?.mtimeMs ?? 0)}\n`);
      }
      const precache = { version: hash.digest("hex").slice(0, 16), files };
      return { code: code.replaceAll(PRECACHE_PLACEHOLDER, JSON.stringify(precache)), map: null };
    },
  };
}

const plugins = () => [
  externalPyodide(),
  streamlitPython(),
  nodeResolve({ browser: true, exportConditions: ["browser"], extensions: [".mjs", ".js", ".ts", ".json"] }),
  esbuild({
    tsconfig: fromRoot("tsconfig.json"), // experimentalDecorators + useDefineForClassFields: false for Lit
    target: "es2022",
    minify,
    sourceMap: true,
    loaders: { ".json": "json" },
  }),
];

const onwarn = (warning, warn) => {
  // Lit and friends use `this` at module top level in some builds; harmless in ESM.
  if (warning.code === "THIS_IS_UNDEFINED") return;
  warn(warning);
};

export default [
  {
    input: { brooklet: fromRoot("components", "index.ts") },
    // brooklet.js may export more than index.ts does: the elements chunk imports app-worker.ts
    // from it, so what starts Python arrives with brooklet.js, not one request later.
    preserveEntrySignatures: "allow-extension",
    plugins: [
      cleanDist(),
      ...plugins(),
      copyFiles("site", [
        [fromRoot("node_modules", "katex", "dist", "katex.min.css"), "katex/katex.min.css"],
        [fromRoot("node_modules", "katex", "dist", "fonts"), "katex/fonts"],
        [fromRoot("index.html"), "index.html", { optional: true }],
        [fromRoot("demo"), "demo", { optional: true }],
      ]),
    ],
    onwarn,
    output: {
      dir: DIST,
      format: "es",
      entryFileNames: "brooklet.js",
      chunkFileNames: "chunks/[name]-[hash].js",
      assetFileNames: "assets/[name]-[hash][extname]",
      sourcemap: true,
    },
  },
  {
    input: { worker: fromRoot("worker", "worker.ts") },
    plugins: [
      ...plugins(),
      copyFiles(
        "pyodide",
        PYODIDE_FILES.map((f) => [fromRoot("node_modules", "pyodide", f), `pyodide/${f}`]),
      ),
      memorySnapshot(),
    ],
    onwarn,
    output: {
      dir: DIST,
      format: "es",
      entryFileNames: "worker.js",
      chunkFileNames: "worker-chunks/[name]-[hash].js",
      assetFileNames: "assets/[name]-[hash][extname]",
      sourcemap: true,
    },
  },
  {
    // Last: its precache list is taken from what the builds above wrote into dist/.
    input: { sw: fromRoot("worker", "service-worker.ts") },
    plugins: [...plugins(), serviceWorkerPrecache()],
    onwarn,
    output: {
      dir: DIST,
      // A classic script: module service workers are not supported everywhere.
      format: "iife",
      entryFileNames: "sw.js",
      sourcemap: true,
    },
  },
];
