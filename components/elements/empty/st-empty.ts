import { nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { EmptyPayload } from "../../../packages/protocol/index.js";
import { StElement } from "../../lib/st-element.js";

/** The slot st.empty() leaves until something replaces it. */
@customElement("st-empty")
export class StEmpty extends StElement<EmptyPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: EmptyPayload;

  protected static override testId = "stEmpty";

  protected override render() {
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-empty": StEmpty;
  }
}
