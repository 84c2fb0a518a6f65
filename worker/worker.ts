/** Worker entry: exposes the runtime over Comlink. */
import * as Comlink from "comlink";
import { sourceHash } from "virtual:streamlit-python-hash";
import { createRuntime } from "./runtime.js";

Comlink.expose(
  createRuntime({
    // Not part of this script: the worker starts Python first and loads the sources meanwhile.
    loadPythonFiles: async () => (await import("virtual:streamlit-python")).default,
    sourceHash,
    evaluatedAt: performance.now(),
  }),
);
