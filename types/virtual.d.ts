/** Built by rollup.config.mjs: the `streamlit` package under packages/streamlit/, packed into one file. */
declare module "virtual:streamlit-python" {
  /** URL of the packed files (scripts/python-sources.mjs packPythonFiles; worker/python-package.ts reads them). */
  export const packageUrl: string;
  /** Hash of those files (scripts/python-sources.mjs); the memory snapshot records the one it was made from. */
  export const sourceHash: string;
}

/** The version of the Pyodide the build copies into dist/pyodide/. */
declare module "virtual:bundled-pyodide" {
  export const bundledPyodideVersion: string;
}
