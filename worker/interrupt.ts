/**
 * The worker's end of the page's interrupt channel (components/app/interrupt.ts): memory
 * shared with the page, readable while Python is busy. Its first Int32 is Pyodide's
 * interrupt buffer (the page writes 2, SIGINT, for a hard stop: KeyboardInterrupt at the
 * next bytecode check); its second is the page's flag, read by Python's
 * `AppSession.check_interrupt` before each element is sent (runtime/interrupt.py).
 */
import type { PyodideAPI } from "pyodide";

export function attachInterrupts(py: PyodideAPI, session: unknown, buffer: SharedArrayBuffer): void {
  py.setInterruptBuffer(new Int32Array(buffer, 0, 1));
  const flag = new Int32Array(buffer, 4, 1);
  const interrupt = py.pyimport("streamlit.runtime.interrupt");
  try {
    interrupt.install(session, () => Atomics.load(flag, 0));
  } finally {
    interrupt.destroy();
  }
}

/** A Python KeyboardInterrupt that escaped the runner (the hard stop landed outside the script). */
export function isKeyboardInterrupt(err: unknown): boolean {
  return (err as { type?: string } | null)?.type === "KeyboardInterrupt";
}
