/** Loads Pyodide from the configured URL (the bundled copy by default). */
import type { PyodideAPI, loadPyodide as LoadPyodide } from "pyodide";
import type { BootOptions, BootProgress } from "../packages/protocol/index.js";

/** A boot failure with what the user can do about it. */
export class BootError extends Error {
  constructor(message: string, readonly hint: string, cause?: unknown) {
    // The hint is part of the message: only name, message and stack cross Comlink.
    super(`${message}\n${hint}`, { cause });
    this.name = "BootError";
  }
}

export async function loadPython(options: BootOptions, onProgress: (p: BootProgress) => void): Promise<PyodideAPI> {
  const base = options.pyodideUrl.endsWith("/") ? options.pyodideUrl : `${options.pyodideUrl}/`;
  let loadPyodide: typeof LoadPyodide;
  try {
    ({ loadPyodide } = await import(/* webpackIgnore: true */ `${base}pyodide.mjs`));
  } catch (err) {
    throw new BootError(
      `Could not load Pyodide from ${base}pyodide.mjs (${(err as Error).message ?? err}).`,
      "Check that the folder is served (dist/pyodide/ for the bundled copy) or fix the pyodide-url attribute.",
      err,
    );
  }
  onProgress({ stage: "starting", message: "Starting Python" });
  try {
    return await loadPyodide({
      indexURL: base,
      packageBaseUrl: options.packageBaseUrl,
      stdout: (line) => console.log(line),
      stderr: (line) => console.error(line),
    });
  } catch (err) {
    throw new BootError(
      `Python failed to start: ${(err as Error).message ?? err}`,
      `The files in ${base} must all come from the same Pyodide version (pyodide.asm.wasm, python_stdlib.zip, pyodide-lock.json).`,
      err,
    );
  }
}
