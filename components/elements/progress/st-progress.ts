import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { styleMap } from "lit/directives/style-map.js";
import type { ProgressPayload } from "../../../packages/protocol/index.js";
import { widthStyle } from "../../blocks/layout-utils.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

/** st.progress: a bar (0..100) with optional Markdown text above it; replaced in place as it moves. */
@customElement("st-progress")
export class StProgress extends StElement<ProgressPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: ProgressPayload;

  protected static override testId = "stProgress";
  protected static override css = `
st-progress { display: block; }
st-progress .st-progress-text { margin-bottom: 0.25rem; font-size: 0.875rem; }
st-progress .st-progress-text p { margin: 0; }
st-progress .st-progress-track { height: 0.5rem; border-radius: 0.25rem; background: var(--st-bg-secondary); overflow: hidden; }
st-progress .st-progress-fill { height: 100%; background: var(--st-primary); border-radius: 0.25rem; transition: width 0.1s linear; }
`;

  protected override render() {
    const { value, text, width } = this.element;
    return html`<div style=${styleMap(widthStyle(width))}>
      ${text ? html`<div class="st-progress-text" data-testid="stMarkdownContainer">${inlineMarkdown(text)}</div>` : nothing}
      <div
        class="st-progress-track"
        role="progressbar"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${value}
        aria-label=${text ?? "Progress"}
      >
        <div class="st-progress-fill" style=${styleMap({ width: `${value}%` })}></div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-progress": StProgress;
  }
}
