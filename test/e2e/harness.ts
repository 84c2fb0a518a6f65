/**
 * Drives a real <st-app> (real worker, real Pyodide) from browser tests.
 * One app per test file: boot once, then swap the script between tests.
 */
import type { StApp } from "../../components/app/st-app.js";
import type { RunEventDetail } from "../../components/lib/events.js";

export type { StApp };

// brooklet.js defines the elements from a chunk it loads after starting Python (components/index.ts).
const BUNDLE: string = "/dist/brooklet.js";
await ((await import(BUNDLE)) as { defined: Promise<void> }).defined;

const BOOT_TIMEOUT = 90_000;
const RUN_TIMEOUT = 30_000;

/** Resolves with the next st-run-end that ends a run (not an st.rerun hand-over). */
export function nextRunEnd(app: StApp, timeout = RUN_TIMEOUT): Promise<RunEventDetail> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      app.removeEventListener("st-run-end", onEnd);
      reject(new Error(`No st-run-end within ${timeout} ms (status ${app.status})`));
    }, timeout);
    const onEnd = (event: CustomEvent<RunEventDetail>) => {
      if (event.detail.outcome === "rerun") return;
      clearTimeout(timer);
      app.removeEventListener("st-run-end", onEnd);
      resolve(event.detail);
    };
    app.addEventListener("st-run-end", onEnd);
  });
}

/** Boots an app from source and waits for its first run to end. */
export async function bootApp(source: string, attrs: Record<string, string> = {}): Promise<StApp> {
  const app = document.createElement("st-app") as StApp;
  for (const [name, value] of Object.entries(attrs)) app.setAttribute(name, value);
  app.code = source;
  const ended = nextRunEnd(app, BOOT_TIMEOUT);
  document.body.append(app);
  await ended;
  await settle(app);
  return app;
}

/**
 * Boots one app for the enclosing `describe` (in `before`), hands it to `take`, and removes it
 * in `after`: every test of the suite swaps its own script into that app.
 */
export function appForSuite(take: (app: StApp) => void, source = 'import streamlit as st\nst.write("booted")\n'): void {
  let app: StApp | undefined;
  before(async () => {
    app = await bootApp(source);
    take(app);
  });
  after(() => app?.remove());
}

/** Replaces the app's script and waits for the run it causes. */
export async function runScript(app: StApp, source: string): Promise<RunEventDetail> {
  const ended = nextRunEnd(app);
  app.code = source;
  const detail = await ended;
  await settle(app);
  return detail;
}

/** Performs a user action that causes a run and waits for it to end. */
export async function act(app: StApp, action: () => void | Promise<void>): Promise<RunEventDetail> {
  const ended = nextRunEnd(app);
  await action();
  const detail = await ended;
  await settle(app);
  return detail;
}

/** Waits until Lit has rendered everything (elements render in their own update cycles). */
export async function settle(app: StApp): Promise<void> {
  await app.updateComplete;
  for (const el of app.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>("*")) {
    if (el.updateComplete) await el.updateComplete;
  }
  await new Promise((r) => requestAnimationFrame(() => r(null)));
}

export function byTestId(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
}

/** Visible text of the main area's elements, in order. */
export function mainTexts(app: StApp, testId = "stMarkdown"): string[] {
  const main = app.querySelector('[data-testid="stMain"]')!;
  return byTestId(main, testId).map((el) => el.textContent!.trim());
}

export function buttonByLabel(app: StApp, label: string): HTMLButtonElement {
  const button = byTestId(app, "stButton")
    .map((el) => el.querySelector("button")!)
    .find((b) => b.textContent!.trim() === label);
  if (!button) throw new Error(`No button labelled ${label}`);
  return button;
}

export async function waitFor<T>(check: () => T | undefined | null | false, timeout = RUN_TIMEOUT, what = "condition"): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Dedent a script written inline in a test. */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, "");
  const indent = Math.min(...text.split("\n").filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return text.split("\n").map((l) => l.slice(indent)).join("\n");
}

/** Keys of the persisted-cache IndexedDB store that belong to an app (see worker/persistence.ts). */
export async function persistedKeys(appId: string): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open("brooklet-cache");
    open.onupgradeneeded = () => open.result.createObjectStore("entries");
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    if (!db.objectStoreNames.contains("entries")) return [];
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = db.transaction("entries").objectStore("entries").getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const prefix = `${appId}\u0000`;
    return keys.filter((k): k is string => typeof k === "string" && k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  } finally {
    db.close();
  }
}

/** Waits until the app's persisted entries satisfy `check` (writes reach IndexedDB behind the run). */
export async function waitForPersisted(appId: string, check: (keys: string[]) => boolean, what: string): Promise<void> {
  const start = performance.now();
  for (;;) {
    if (check(await persistedKeys(appId))) return;
    if (performance.now() - start > RUN_TIMEOUT) throw new Error(`Timed out waiting for persisted ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
