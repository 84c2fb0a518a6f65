import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { styleMap } from "lit/directives/style-map.js";
import type { SpinnerPayload } from "../../../packages/protocol/index.js";
import { widthStyle } from "../../blocks/layout-utils.js";
import { markdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

/**
 * st.spinner: its slot stays hidden for `delayMs` (0.5 s) after the spinner arrives,
 * so quick blocks never flash it (behaviour.md §1.11); with `showTime` the seconds
 * since it arrived tick next to the text.
 */
@customElement("st-spinner")
export class StSpinner extends StElement<SpinnerPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: SpinnerPayload;

  /** True once the delay has passed. */
  @state() private shown = false;
  @state() private elapsed = 0;
  private startedAt = 0;
  private delayTimer?: ReturnType<typeof setTimeout>;
  private tickTimer?: ReturnType<typeof setInterval>;

  // The stSpinner test id is on the drawn spinner, so a pending one is not counted.
  protected static override css = `
st-spinner { display: block; }
st-app .stElementContainer:has(> st-spinner[data-pending]) { display: none; }
st-spinner .stSpinner { display: flex; align-items: center; gap: 0.5rem; }
st-spinner .st-spinner-icon { flex: none; width: 1.25rem; height: 1.25rem; border: 3px solid var(--st-bg-secondary); border-top-color: var(--st-primary); border-radius: 50%; animation: st-spin 0.8s linear infinite; }
st-spinner .st-spinner-text p { margin: 0; }
st-spinner .st-spinner-time { color: var(--st-text-muted); font-variant-numeric: tabular-nums; }
@keyframes st-spin { to { transform: rotate(360deg); } }
`;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimers();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a move: restart the wait for the current payload.
    if (this.element && !this.shown && !this.delayTimer) this.start();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("element")) this.start();
    this.toggleAttribute("data-pending", !this.shown);
  }

  private start(): void {
    this.stopTimers();
    this.shown = false;
    this.elapsed = 0;
    this.startedAt = performance.now();
    this.delayTimer = setTimeout(() => {
      this.delayTimer = undefined;
      this.shown = true;
    }, this.element.delayMs);
    if (this.element.showTime) {
      this.tickTimer = setInterval(() => (this.elapsed = (performance.now() - this.startedAt) / 1000), 100);
    }
  }

  private stopTimers(): void {
    clearTimeout(this.delayTimer);
    clearInterval(this.tickTimer);
    this.delayTimer = undefined;
    this.tickTimer = undefined;
  }

  protected override render() {
    if (!this.shown) return nothing;
    const { text, showTime, cache, width } = this.element;
    return html`<div
      class="stSpinner${cache ? " stCacheSpinner" : ""}"
      data-testid="stSpinner"
      role="status"
      style=${styleMap(widthStyle(width))}
    >
      <span class="st-spinner-icon" data-testid="stSpinnerIcon" aria-hidden="true"></span>
      <div class="st-spinner-text" data-testid="stMarkdownContainer">${markdown(text)}</div>
      ${showTime ? html`<span class="st-spinner-time" data-testid="stSpinnerTime">(${this.elapsed.toFixed(1)} seconds)</span>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-spinner": StSpinner;
  }
}
