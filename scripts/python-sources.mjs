// The `streamlit` Python package as the build ships it: which files, and one hash of them.
// Shared by rollup.config.mjs (the worker bundles the files and the hash) and
// scripts/make-snapshot.mjs (the memory snapshot records the hash it was made from), so the
// worker can tell whether a snapshot holds the very package it would install.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PYTHON_ROOT = path.join(ROOT, "packages", "streamlit");
const PYTHON_EXTENSIONS = new Set([".py", ".pyi", ".toml", ".txt", ".json"]);

/**
 * Every Python source and data file under `dir`, keyed by its path relative to `base` with `/`
 * separators ("streamlit/__init__.py" -> absolute path), plus every folder visited (for watching).
 */
export function collectPythonFiles(dir = PYTHON_ROOT, base = dir, out = { files: {}, dirs: [] }) {
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

/** Reads the collected files: relative path -> text. */
export function readPythonFiles(files) {
  const contents = {};
  for (const [rel, full] of Object.entries(files)) contents[rel] = readFileSync(full, "utf8");
  return contents;
}

/**
 * The package as one file for the worker (worker/python-package.ts reads it): a 32-bit
 * little-endian length, a UTF-8 JSON index [[path, byteLength], ...] of that length, then every
 * file's bytes in index order. Bytes rather than a JS module of strings: the worker writes them
 * into Pyodide's file system as they are, with nothing to parse or encode on its thread.
 */
export function packPythonFiles(contents) {
  const files = Object.keys(contents)
    .sort()
    .map((rel) => [rel, Buffer.from(contents[rel], "utf8")]);
  const index = Buffer.from(JSON.stringify(files.map(([rel, bytes]) => [rel, bytes.length])), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(index.length, 0);
  return Buffer.concat([length, index, ...files.map(([, bytes]) => bytes)]);
}

/** A short hash of the package: every path and its text, in path order. */
export function pythonSourceHash(contents) {
  const hash = createHash("sha256");
  for (const rel of Object.keys(contents).sort()) hash.update(rel).update("\0").update(contents[rel]).update("\0");
  return hash.digest("hex").slice(0, 20);
}
