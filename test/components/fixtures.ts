/* Shared helpers for component tests: mounting, real mouse/keyboard input, event capture. */
import { resetMouse, sendKeys, sendMouse } from "@web/test-runner-commands";
import type { LitElement } from "lit";
import { WIDGET_VALUE_EVENT, type WidgetValueDetail } from "../../components/lib/events.js";

const mounted: HTMLElement[] = [];

/**
 * A fresh container in the document. It is a plain `<st-app>` tag (never upgraded: these
 * tests do not import st-app.ts), so CSS written as `st-app .x` applies as in the app.
 */
export function makeContainer(): HTMLElement {
  if (customElements.get("st-app")) {
    throw new Error("component tests must not define <st-app>: the container would boot an app");
  }
  const container = document.createElement("st-app");
  container.style.display = "block";
  document.body.append(container);
  mounted.push(container);
  return container;
}

type PayloadOf<K extends keyof HTMLElementTagNameMap> = HTMLElementTagNameMap[K] extends { element: infer P } ? P : never;

/** Create `tag`, give it `payload` and wait for its first render. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  payload: PayloadOf<K>,
  container: HTMLElement = makeContainer(),
): Promise<HTMLElementTagNameMap[K] & LitElement> {
  const el = document.createElement(tag) as HTMLElementTagNameMap[K] & LitElement & { element: unknown };
  el.element = payload;
  container.append(el);
  await el.updateComplete;
  return el;
}

/** Give an element a new payload (as a rerun does) and wait for it to render. */
export async function update<P>(el: LitElement & { element: P }, payload: P): Promise<void> {
  el.element = payload;
  await el.updateComplete;
}

/** Remove everything mounted so far (call from afterEach). */
export async function cleanup(): Promise<void> {
  await resetMouse();
  for (const c of mounted.splice(0)) c.remove();
}

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Poll `check` until it returns a truthy value or `timeoutMs` passes. */
export async function waitFor<T>(check: () => T, what: string, timeoutMs = 5000): Promise<NonNullable<T>> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A real mouse click (through the browser's input pipeline) at the centre of `target`. */
export async function clickOn(target: Element): Promise<void> {
  target.scrollIntoView({ block: "center" });
  const r = target.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) throw new Error(`cannot click ${target.outerHTML.slice(0, 80)}: not laid out`);
  await sendMouse({ type: "click", position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

/** Press one key natively (e.g. "Space", "Enter", "Tab") on whatever has focus. */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

export interface CapturedEvent {
  detail: WidgetValueDetail;
  bubbles: boolean;
  composed: boolean;
  target: EventTarget | null;
}

/** Record every widget value event that reaches the document (so only bubbling ones). */
export function captureValueEvents(): { events: CapturedEvent[]; stop(): void } {
  const events: CapturedEvent[] = [];
  const listener = (e: Event) => {
    const ev = e as CustomEvent<WidgetValueDetail>;
    events.push({ detail: ev.detail, bubbles: ev.bubbles, composed: ev.composed, target: ev.target });
  };
  document.addEventListener(WIDGET_VALUE_EVENT, listener);
  return { events, stop: () => document.removeEventListener(WIDGET_VALUE_EVENT, listener) };
}

/** The implicit ARIA role of the native controls widgets use, else the explicit role. */
export function roleOf(control: Element): string | null {
  const explicit = control.getAttribute("role");
  if (explicit) return explicit;
  if (control instanceof HTMLButtonElement) return "button";
  if (control instanceof HTMLInputElement) {
    if (control.type === "checkbox") return "checkbox";
    if (control.type === "radio") return "radio";
    if (control.type === "range") return "slider";
    if (["text", "search", "email", "url", "tel", "password", ""].includes(control.type)) return "textbox";
    if (control.type === "number") return "spinbutton";
  }
  if (control instanceof HTMLTextAreaElement) return "textbox";
  if (control instanceof HTMLSelectElement) return "combobox";
  return null;
}

const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/**
 * The control's accessible name, following the parts of the accessible-name computation
 * widgets rely on: aria-labelledby, aria-label, associated <label>s, then own text (buttons).
 * (The test runner's a11y-snapshot command is not enabled in web-test-runner.config.mjs.)
 */
export function accessibleName(control: HTMLElement): string {
  const ids = control.getAttribute("aria-labelledby");
  if (ids) {
    return squash(ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" "));
  }
  const aria = squash(control.getAttribute("aria-label"));
  if (aria) return aria;
  const labels = (control as HTMLInputElement).labels;
  if (labels && labels.length) {
    return squash([...labels].map((l) => ownText(l, control)).join(" "));
  }
  return squash(control.textContent);
}

/** Text of `node` without the text of `skip` inside it. */
function ownText(node: Node, skip: Node): string {
  if (node === skip) return "";
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
  return [...node.childNodes].map((c) => ownText(c, skip)).join("");
}
