/**
 * The look shared by Streamlit's field-like widgets (text input and area, number, select,
 * multiselect, date, time, colour hex): a grey rounded field that shows a primary-coloured
 * border while focused, the "Press Enter to apply" instructions and the width rule.
 */
import { html, nothing } from "lit";
import type { WidthSpec } from "../../packages/protocol/index.js";
import { closeIcon } from "./field-icons.js";
import { adoptStyles } from "./st-element.js";

export const textFieldCss = `
st-app .st-field { position: relative; display: flex; align-items: center; min-height: 2.5rem; border: 1px solid var(--st-bg-secondary); border-radius: var(--st-radius); background: var(--st-bg-secondary); color: var(--st-text); transition: border-color 0.2s; }
st-app .st-field:focus-within { border-color: var(--st-primary); }
st-app .st-field[data-disabled] { opacity: 0.55; cursor: not-allowed; }
st-app .st-field[data-invalid] { border-color: #ff2b2b; }
st-app .st-field input, st-app .st-field textarea { flex: 1; min-width: 0; width: 100%; border: 0; outline: none; background: transparent; font: inherit; color: inherit; padding: 0.5rem 0.75rem; line-height: 1.4; }
st-app .st-field input:disabled, st-app .st-field textarea:disabled { cursor: not-allowed; }
st-app .st-field input::placeholder, st-app .st-field textarea::placeholder { color: var(--st-text-muted); opacity: 1; }
st-app .st-field-icon { display: inline-flex; padding-left: 0.75rem; color: var(--st-text-muted); }
st-app .st-field-icon + input { padding-left: 0.5rem; }
st-app .st-field-button { display: inline-flex; align-items: center; justify-content: center; align-self: stretch; min-width: 2rem; border: 0; background: transparent; color: var(--st-text-muted); font: inherit; cursor: pointer; border-radius: var(--st-radius); }
st-app .st-field-button:hover:not(:disabled) { color: var(--st-text); }
st-app .st-field-button:focus-visible { outline: 2px solid var(--st-primary); outline-offset: -2px; }
st-app .st-field-button:disabled { cursor: not-allowed; opacity: 0.5; }
st-app .st-input-instructions { position: absolute; right: 0.5rem; bottom: -1.35rem; font-size: 0.75rem; color: var(--st-text-muted); pointer-events: none; white-space: nowrap; }
st-app .st-field-row { position: relative; }
`;

/** Adds the shared field CSS to the document (call from the element's render). */
export function useTextFieldStyles(): void {
  adoptStyles(textFieldCss);
}

/** Streamlit's `InputInstructions` line under a field ("Press Enter to apply", "3/10"). */
export function inputInstructions(text: string) {
  if (!text) return nothing;
  return html`<div class="st-input-instructions" data-testid="InputInstructions" aria-live="polite">${text}</div>`;
}

/** Applies `width=` to the element: stretch fills, content fits, pixels cap the width. */
export function applyWidth(host: HTMLElement, width: WidthSpec | undefined, fallback: WidthSpec = "stretch"): void {
  const w = width ?? fallback;
  host.style.display = "block";
  if (typeof w === "number") {
    host.style.width = `${w}px`;
    host.style.maxWidth = "100%";
  } else if (w === "content") {
    host.style.width = "fit-content";
    host.style.maxWidth = "100%";
  } else {
    host.style.width = "100%";
    host.style.maxWidth = "";
  }
}

/** A DOM id derived from a widget id, for `<label for>` and ARIA references. */
export function domId(widgetId: string, part: string): string {
  return `st-${part}-${widgetId.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/** Whether this platform labels the command key ⌘ (Apple devices). */
export function isApple(): boolean {
  return /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);
}

const keepFocus = (e: Event) => e.preventDefault();

/** The × button that empties a field ("Clear value"); a click on it leaves focus where it was. */
export function clearButton(label: string, onClick: () => void) {
  return html`<button type="button" class="st-field-button" aria-label=${label} tabindex="-1"
    @mousedown=${keepFocus} @click=${onClick}>${closeIcon()}</button>`;
}

/** An emoji or `:material/name:` icon inside a field. */
export function fieldIcon(icon: string | null | undefined) {
  if (!icon) return nothing;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  return html`<span class="st-field-icon" aria-hidden="true">${material
    ? html`<span class="st-md-material-icon" data-testid="stIconMaterial">${material[1]}</span>`
    : html`<span data-testid="stIconEmoji">${icon}</span>`}</span>`;
}
