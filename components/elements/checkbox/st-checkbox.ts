import { html } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { CheckboxPayload } from "../../../packages/protocol/index.js";
import { helpIcon } from "../../lib/help.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StWidget } from "../../lib/st-widget.js";

/** st.checkbox and st.toggle. */
@customElement("st-checkbox")
export class StCheckbox extends StWidget<CheckboxPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: CheckboxPayload;

  protected static override testId = "stCheckbox";
  protected static override css = `
st-checkbox { display: block; }
st-checkbox label.st-checkbox-label { display: inline-flex; align-items: center; gap: 0.5rem; cursor: pointer; }
st-checkbox[data-label-visibility="hidden"] .st-checkbox-text { visibility: hidden; }
st-checkbox[data-label-visibility="collapsed"] .st-checkbox-text { display: none; }
st-checkbox .st-checkbox-text p { margin: 0; }
st-checkbox input { width: 1rem; height: 1rem; margin: 0; accent-color: var(--st-primary); cursor: inherit; }
st-checkbox input:focus-visible { outline: 2px solid var(--st-primary); outline-offset: 2px; }
st-checkbox input[data-style="toggle"] { appearance: none; width: 2rem; height: 1.1rem; border-radius: 1rem; background: #a3a8b8; position: relative; transition: background 0.2s; }
st-checkbox input[data-style="toggle"]::after { content: ""; position: absolute; top: 0.15rem; left: 0.15rem; width: 0.8rem; height: 0.8rem; border-radius: 50%; background: #fff; transition: transform 0.2s; }
st-checkbox input[data-style="toggle"]:checked { background: var(--st-primary); }
st-checkbox input[data-style="toggle"]:checked::after { transform: translateX(0.9rem); }
st-checkbox label:has(input:disabled) { cursor: not-allowed; opacity: 0.5; }
`;

  protected override render() {
    const { label, disabled, help, style } = this.element;
    return html`<label class="st-checkbox-label">
        <input
          type="checkbox"
          role=${style === "toggle" ? "switch" : "checkbox"}
          data-style=${style}
          .checked=${this.value}
          ?disabled=${disabled}
          aria-label=${label}
          @change=${this.onChange}
        />
        <span class="st-checkbox-text" data-testid="stWidgetLabel"><span data-testid="stMarkdownContainer">${inlineMarkdown(label)}</span></span>
      </label>${helpIcon(help)}`;
  }

  private onChange = (event: Event) => {
    this.commit((event.target as HTMLInputElement).checked);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-checkbox": StCheckbox;
  }
}
