/**
 * <st-status-widget>: "Running…" with a Stop button while a script runs, at the top
 * right of the app, as in Streamlit's header. Stop fires `st-stop-request`; <st-app>
 * ends the run (components/app/session.ts `stop()`).
 */
import { LitElement, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { adoptStyles } from "../lib/st-element.js";

export const STOP_REQUEST_EVENT = "st-stop-request";

const css = `
/* A zero-width rail down the app's right edge, left of the app menu; the widget sticks to the top of the view. */
st-status-widget { position: absolute; top: 0; bottom: 0; right: 3.25rem; width: 0; z-index: 30; }
st-status-widget .stStatusWidget {
  position: sticky; top: 0.5rem; margin-top: 0.5rem; width: max-content; transform: translateX(-100%);
  display: flex; align-items: center; gap: 0.5rem;
  padding: 0.25rem 0.25rem 0.25rem 0.75rem; border-radius: var(--st-radius);
  background: var(--st-bg); color: var(--st-text); font-size: 0.875rem;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.12);
  /* Short runs finish before it shows; it can be used (and tested) at once. */
  animation: st-status-in 0.2s ease-out 0.5s both;
}
st-status-widget .st-status-icon { width: 0.875rem; height: 0.875rem; border: 2px solid var(--st-bg-secondary); border-top-color: var(--st-primary); border-radius: 50%; animation: st-spin 0.8s linear infinite; }
st-status-widget button { font: inherit; font-size: 0.875rem; padding: 0.125rem 0.625rem; border-radius: var(--st-radius); border: 1px solid var(--st-border); background: var(--st-bg); color: var(--st-text); cursor: pointer; }
st-status-widget button:hover { border-color: var(--st-primary); color: var(--st-primary); }
st-status-widget button:focus-visible { outline: none; box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
@keyframes st-status-in { from { opacity: 0; } to { opacity: 1; } }
/* <st-app>'s notice after Stop had to restart Python. */
st-app .st-notice { display: flex; align-items: flex-start; gap: 0.75rem; border-radius: var(--st-radius); padding: 0.75rem 1rem; margin-bottom: 1rem; background: rgba(28, 131, 225, 0.1); color: #004280; }
st-app .st-notice span { flex: 1; }
st-app .st-notice button { border: 0; background: none; font-size: 1.25rem; line-height: 1; cursor: pointer; color: inherit; border-radius: 0.25rem; }
st-app .st-notice button:focus-visible { outline: 2px solid var(--st-primary); }
@keyframes st-spin { to { transform: rotate(360deg); } }
`;

@customElement("st-status-widget")
export class StStatusWidget extends LitElement {
  /** A run is in progress: show the widget. */
  @property({ type: Boolean }) running = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(css);
  }

  protected override render() {
    if (!this.running) return nothing;
    return html`<div class="stStatusWidget" data-testid="stStatusWidget" role="status">
      <span class="st-status-icon" aria-hidden="true"></span>
      <span>Running…</span>
      <button type="button" data-testid="stStatusWidgetStopButton" @click=${this.onStop}>Stop</button>
    </div>`;
  }

  private onStop = () => {
    this.dispatchEvent(new CustomEvent(STOP_REQUEST_EVENT, { bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-status-widget": StStatusWidget;
  }
}
