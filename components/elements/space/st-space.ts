import { nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { SpacePayload } from "../../../packages/protocol/index.js";
import { StElement } from "../../lib/st-element.js";

const REM = { small: 0.75, medium: 2.5, large: 4.25 } as const;

/** st.space: empty space along its container's direction (height in a column, width in a row). */
@customElement("st-space")
export class StSpace extends StElement<SpacePayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: SpacePayload;

  protected static override testId = "stSpace";
  protected static override css = `
st-space { display: block; height: var(--st-space-size); }
st-app .st-container-row > .stElementContainer > st-space { height: auto; width: var(--st-space-size); }
st-app .stElementContainer:has(> st-space[data-stretch]) { flex: 1 1 0; }
st-space[data-stretch] { height: 100%; }
st-app .st-container-row > .stElementContainer > st-space[data-stretch] { width: 100%; }
`;

  protected override willUpdate(): void {
    const { size } = this.element;
    const css = size === "stretch" ? "0px" : typeof size === "number" ? `${size}px` : `${REM[size]}rem`;
    this.style.setProperty("--st-space-size", css);
    this.toggleAttribute("data-stretch", size === "stretch");
  }

  protected override render() {
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-space": StSpace;
  }
}
