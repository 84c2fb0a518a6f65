import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { AlertPayload } from "../../../packages/protocol/index.js";
import { markdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

const CONTENT_TEST_IDS = {
  success: "stAlertContentSuccess",
  info: "stAlertContentInfo",
  warning: "stAlertContentWarning",
  error: "stAlertContentError",
} as const;

/** st.success, st.info, st.warning, st.error. */
@customElement("st-alert")
export class StAlert extends StElement<AlertPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: AlertPayload;

  protected static override testId = "stAlert";
  protected static override css = `
st-alert { display: block; }
st-alert .stAlertContainer { display: flex; gap: 0.75rem; padding: 1rem; border-radius: var(--st-radius); }
st-alert .stAlertContainer p:first-child { margin-top: 0; }
st-alert .stAlertContainer p:last-child { margin-bottom: 0; }
st-alert [data-kind="success"] { background: rgba(33, 195, 84, 0.1); color: #177233; }
st-alert [data-kind="info"] { background: rgba(28, 131, 225, 0.1); color: #004280; }
st-alert [data-kind="warning"] { background: rgba(255, 227, 18, 0.1); color: #926c05; }
st-alert [data-kind="error"] { background: rgba(255, 43, 43, 0.09); color: #7d353b; }
st-alert .st-alert-icon { flex: none; }
`;

  protected override render() {
    const { format, body, icon } = this.element;
    return html`<div class="stAlertContainer" data-testid="stAlertContainer" data-kind=${format} role="alert">
      ${icon ? html`<span class="st-alert-icon" data-testid="stAlertDynamicIcon">${alertIcon(icon)}</span>` : nothing}
      <div data-testid=${CONTENT_TEST_IDS[format]} class="stMarkdownContainer">${markdown(body)}</div>
    </div>`;
  }
}

/** An emoji, or `:material/name:` drawn with the Material Symbols font (as Streamlit does). */
function alertIcon(icon: string) {
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  return material ? html`<span class="st-md-material-icon" aria-hidden="true">${material[1]}</span>` : icon;
}

declare global {
  interface HTMLElementTagNameMap {
    "st-alert": StAlert;
  }
}
