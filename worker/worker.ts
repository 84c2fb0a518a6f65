/** Worker entry: exposes the runtime over Comlink. */
import * as Comlink from "comlink";
import { bundledPyodideVersion } from "virtual:bundled-pyodide";
import { packageUrl, sourceHash } from "virtual:streamlit-python";
import { fetchPythonFiles } from "./python-package.js";
import { createRuntime } from "./runtime.js";

Comlink.expose(
  createRuntime({
    // Not part of this script: the worker starts Python first and fetches the sources meanwhile.
    loadPythonFiles: () => fetchPythonFiles(packageUrl),
    sourceHash,
    // rollup.config.mjs copies Pyodide into pyodide/ beside worker.js.
    bundledPyodide: { url: new URL("./pyodide/", import.meta.url).href, version: bundledPyodideVersion },
    evaluatedAt: performance.now(),
  }),
);
