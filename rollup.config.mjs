// Builds dist/ as a self-contained static site:
//   dist/brooklet.js (+ dist/chunks/)       page bundle, defines <st-app>
//   dist/worker.js   (+ dist/worker-chunks/) module worker bundle
//   dist/pyodide/    Pyodide core, loaded by the worker at run time (not bundled)
//   dist/katex/      KaTeX stylesheet and fonts
//   dist/index.html, dist/demo/  playground and example apps
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cp, copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import esbuild from "rollup-plugin-esbuild";

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
 * `import files from "virtual:streamlit-python"`: every Python source and data file under
 * packages/streamlit/, keyed by its path relative to that folder ("streamlit/__init__.py").
 */
const VIRTUAL_PYTHON = "virtual:streamlit-python";
const PYTHON_ROOT = fromRoot("packages", "streamlit");
const PYTHON_EXTENSIONS = new Set([".py", ".pyi", ".toml", ".txt", ".json"]);

function collectPythonFiles(dir, base = dir, out = { files: {}, dirs: [] }) {
  if (!existsSync(dir)) return out;
  out.dirs.push(dir);
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".") || entry.name === "__pycache__" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) collectPythonFiles(full, base, out);
    else if (entry.isFile() && PYTHON_EXTENSIONS.has(path.extname(entry.name))) {
      out.files[path.relative(base, full).split(path.sep).join("/")] = full;
    }
  }
  return out;
}

function streamlitPython() {
  const resolvedId = "\0" + VIRTUAL_PYTHON;
  return {
    name: "brooklet-streamlit-python",
    resolveId(source) {
      return source === VIRTUAL_PYTHON ? resolvedId : null;
    },
    load(id) {
      if (id !== resolvedId) return null;
      const { files, dirs } = collectPythonFiles(PYTHON_ROOT);
      // Directories too, so that adding a new .py file triggers a rebuild in watch mode.
      for (const dir of dirs) this.addWatchFile(dir);
      const contents = {};
      for (const [rel, full] of Object.entries(files)) {
        this.addWatchFile(full);
        contents[rel] = readFileSync(full, "utf8");
      }
      return `export default ${JSON.stringify(contents)};\n`;
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
];
