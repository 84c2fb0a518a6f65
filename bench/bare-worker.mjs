// Bare Pyodide boot in a module worker: import pyodide.mjs, loadPyodide(), run one line of Python.
// Posts its own timings (worker clock) so the page can split the total it measures.
const tStart = performance.now();
try {
  const { loadPyodide } = await import("/dist/pyodide/pyodide.mjs");
  const tImported = performance.now();
  const pyodide = await loadPyodide({ indexURL: "/dist/pyodide/" });
  const tLoaded = performance.now();
  const check = pyodide.runPython("1 + 1");
  postMessage({
    ok: check === 2,
    workerTimeOrigin: performance.timeOrigin,
    tStart,
    importMs: tImported - tStart,
    loadPyodideMs: tLoaded - tImported,
    tReady: performance.now(),
    // Fetches on the worker's clock: when each Pyodide file was requested and fully received.
    resources: performance.getEntriesByType("resource").map((e) => ({
      name: e.name.replace(/^.*\//, ""),
      start: e.startTime,
      end: e.responseEnd,
      bytes: e.encodedBodySize,
    })),
  });
} catch (err) {
  postMessage({ error: String((err && err.stack) || err) });
}
