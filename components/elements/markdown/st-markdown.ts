import { html } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { MarkdownPayload } from "../../../packages/protocol/index.js";
import { helpIcon } from "../../lib/help.js";
import { markdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

/** st.markdown, st.caption, st.latex, st.divider and text from st.write. */
@customElement("st-markdown")
export class StMarkdown extends StElement<MarkdownPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: MarkdownPayload;

  protected static override testId = "stMarkdown";
  protected static override css = `
st-markdown { display: block; }
st-markdown .stCaptionContainer { font-size: 0.875rem; color: var(--st-text-muted); }
st-markdown .st-markdown-help { display: flex; align-items: flex-start; gap: 0.25rem; }
st-markdown hr { border: none; border-bottom: 1px solid var(--st-border); margin: 1.5rem 0; }
`;

  protected override render() {
    const { body, allowHtml, variant, help } = this.element;
    const isCaption = variant === "caption";
    const content = html`<div
      class=${isCaption ? "stCaptionContainer" : "stMarkdownContainer"}
      data-testid=${isCaption ? "stCaptionContainer" : "stMarkdownContainer"}
    >${markdown(body, { allowHtml })}</div>`;
    return help ? html`<div class="st-markdown-help">${content}${helpIcon(help)}</div>` : content;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-markdown": StMarkdown;
  }
}
