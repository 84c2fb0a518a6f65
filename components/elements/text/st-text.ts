import { html } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { TextPayload } from "../../../packages/protocol/index.js";
import { helpIcon } from "../../lib/help.js";
import { StElement } from "../../lib/st-element.js";

/** st.text: fixed-width text, no Markdown. */
@customElement("st-text")
export class StText extends StElement<TextPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: TextPayload;

  protected static override testId = "stText";
  protected static override css = `
st-text { display: flex; align-items: flex-start; font-family: var(--st-font-mono); font-size: 0.875rem; white-space: pre-wrap; overflow-wrap: anywhere; }
`;

  protected override render() {
    return html`<span>${this.element.body}</span>${helpIcon(this.element.help)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-text": StText;
  }
}
