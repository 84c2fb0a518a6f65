import { html, nothing, render } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { ToastPayload } from "../../../packages/protocol/index.js";
import { iconTemplate } from "../../lib/icon.js";
import { markdown } from "../../lib/markdown-view.js";
import { adoptStyles, StElement } from "../../lib/st-element.js";

const toastCss = `
st-app .stToastContainer { position: fixed; right: 1rem; bottom: 1rem; z-index: 1000; display: flex; flex-direction: column; align-items: flex-end; gap: 0.5rem; max-width: min(22rem, calc(100vw - 2rem)); pointer-events: none; }
st-app .stToast { pointer-events: auto; display: flex; align-items: flex-start; gap: 0.5rem; width: 100%; padding: 0.75rem 0.75rem 0.75rem 1rem; border-radius: var(--st-radius); background: var(--st-bg-secondary); color: var(--st-text); box-shadow: 0 4px 16px rgba(0, 0, 0, 0.16); animation: st-toast-in 0.2s ease-out; }
st-app .stToast[data-leaving] { opacity: 0; transform: translateY(0.5rem); transition: opacity 0.2s, transform 0.2s; }
st-app .stToast .st-toast-body { flex: 1; min-width: 0; overflow-wrap: anywhere; }
st-app .stToast .st-toast-body p { margin: 0; }
st-app .stToast .st-toast-close { flex: none; border: none; background: none; color: var(--st-text-muted); font: inherit; font-size: 1.25rem; line-height: 1; cursor: pointer; padding: 0 0.25rem; border-radius: 0.25rem; }
st-app .stToast .st-toast-close:hover { color: var(--st-text); }
st-app .stToast .st-toast-close:focus-visible { outline: 2px solid var(--st-primary); }
@keyframes st-toast-in { from { opacity: 0; transform: translateY(0.5rem); } }
`;

/** Payloads already shown: a toast appears once per delta, not on every redraw. */
const shown = new WeakSet<ToastPayload>();

/** The toast stack of the app containing `el` (created on first use). */
function toastStack(el: HTMLElement): HTMLElement {
  const host = el.closest("st-app") ?? document.body;
  let stack = [...host.children].find((c) => c.classList.contains("stToastContainer")) as HTMLElement | undefined;
  if (!stack) {
    stack = document.createElement("div");
    stack.className = "stToastContainer";
    stack.dataset.testid = "stToastContainer";
    stack.setAttribute("aria-live", "polite");
    host.append(stack);
  }
  return stack;
}

/** Show one toast card in the stack; it removes itself after `duration` seconds or when closed. */
export function showToast(anchor: HTMLElement, toast: ToastPayload): HTMLElement {
  adoptStyles(toastCss);
  const card = document.createElement("div");
  card.className = "stToast";
  card.dataset.testid = "stToast";
  card.setAttribute("role", "status");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const dismiss = () => {
    clearTimeout(timer);
    if (card.hasAttribute("data-leaving")) return;
    card.setAttribute("data-leaving", "");
    setTimeout(() => card.remove(), 200);
  };
  render(
    html`${toast.icon ? html`<span class="st-toast-icon">${iconTemplate(toast.icon)}</span>` : nothing}
      <div class="st-toast-body" data-testid="stMarkdownContainer">${markdown(toast.body)}</div>
      <button type="button" class="st-toast-close" data-testid="stToastDismissButton" aria-label="Close" @click=${dismiss}>×</button>`,
    card,
  );
  toastStack(anchor).append(card);
  if (toast.duration != null) timer = setTimeout(dismiss, toast.duration * 1000);
  return card;
}

/**
 * st.toast: a trigger in the EVENT root. The card lives in the app's toast stack, not in
 * the element tree, so it outlasts the run that sent it (st.toast then st.rerun works) and
 * goes only when its time is up or the user closes it.
 */
@customElement("st-toast")
export class StToast extends StElement<ToastPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: ToastPayload;

  protected static override css = `
st-toast { display: none; }
st-app .stElementContainer:has(> st-toast) { display: none; }
`;

  protected override updated(): void {
    if (this.element && !shown.has(this.element)) {
      shown.add(this.element);
      showToast(this, this.element);
    }
  }

  protected override render() {
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-toast": StToast;
  }
}
