/**
 * The page's end of the interrupt channel (behaviour.md §1.3–§1.4): memory shared with
 * the worker, which Python reads while it is busy running the script.
 *
 * Int32 0 is Pyodide's interrupt buffer: writing 2 (SIGINT) raises KeyboardInterrupt at
 * Python's next bytecode check, which ends even a pure-Python loop (the runner treats it
 * as a stop). Int32 1 is the request flag Python checks before each element it sends:
 * RERUN (a newer request waits) or STOP (the user pressed Stop). Both are reset before
 * each run. Only available when the page is cross-origin isolated (SharedArrayBuffer);
 * see worker/interrupt.ts and packages/streamlit/streamlit/runtime/interrupt.py.
 */

/** Values of the request flag (runtime/interrupt.py uses the same numbers). */
export const NO_REQUEST = 0;
export const RERUN_REQUESTED = 1;
export const STOP_REQUESTED = 2;
/** What Pyodide's interrupt buffer takes for KeyboardInterrupt. */
const SIGINT = 2;

export class InterruptChannel {
  private readonly signal: Int32Array;
  private readonly flag: Int32Array;

  /** A channel when the page may share memory with its worker, else undefined. */
  static create(): InterruptChannel | undefined {
    if (typeof SharedArrayBuffer === "undefined" || !globalThis.crossOriginIsolated) return undefined;
    return new InterruptChannel(new SharedArrayBuffer(8));
  }

  constructor(readonly buffer: SharedArrayBuffer) {
    this.signal = new Int32Array(buffer, 0, 1);
    this.flag = new Int32Array(buffer, 4, 1);
  }

  /** End the run at its next `st` call; the page then starts the newest request. */
  requestRerun(): void {
    // A pending stop wins over a rerun.
    Atomics.compareExchange(this.flag, 0, NO_REQUEST, RERUN_REQUESTED);
  }

  /** End the run at its next `st` call as a stop. */
  requestStop(): void {
    Atomics.store(this.flag, 0, STOP_REQUESTED);
  }

  /** Raise KeyboardInterrupt in Python now, wherever it is (a loop without `st` calls). */
  hardInterrupt(): void {
    Atomics.store(this.signal, 0, SIGINT);
  }

  /** What the page asked for, for tests and diagnostics. */
  get request(): number {
    return Atomics.load(this.flag, 0);
  }

  /** Clear both before a run starts and after it ends. */
  reset(): void {
    Atomics.store(this.flag, 0, NO_REQUEST);
    Atomics.store(this.signal, 0, 0);
  }
}
