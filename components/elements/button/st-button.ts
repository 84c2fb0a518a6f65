import { html, nothing, type PropertyValues } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { ButtonPayload } from "../../../packages/protocol/index.js";
import { helpIcon } from "../../lib/help.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StElement } from "../../lib/st-element.js";

export const buttonCss = `
st-app .st-button { display: inline-flex; align-items: center; justify-content: center; gap: 0.5rem; min-height: 2.5rem; padding: 0.25rem 0.75rem; border-radius: var(--st-radius); font: inherit; line-height: 1.6; cursor: pointer; user-select: none; transition: color 0.2s, border-color 0.2s, background-color 0.2s; }
st-app .st-button p { margin: 0; }
st-app .st-button[data-kind="secondary"] { border: 1px solid var(--st-border); background: var(--st-bg); color: var(--st-text); }
st-app .st-button[data-kind="secondary"]:hover { border-color: var(--st-primary); color: var(--st-primary); }
st-app .st-button[data-kind="primary"] { border: 1px solid var(--st-primary); background: var(--st-primary); color: #fff; }
st-app .st-button[data-kind="primary"]:hover { filter: brightness(0.92); }
st-app .st-button[data-kind="tertiary"] { border: none; background: none; color: var(--st-text); padding: 0; min-height: auto; }
st-app .st-button[data-kind="tertiary"]:hover { color: var(--st-primary); }
st-app .st-button:focus-visible { outline: none; box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
st-app .st-button:disabled { cursor: not-allowed; opacity: 0.4; }
st-app .st-button[data-full-width] { width: 100%; }
`;

/** st.button: fires a trigger for the run it causes. */
@customElement("st-button")
export class StButton extends StElement<ButtonPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: ButtonPayload;

  protected static override testId = "stButton";
  protected static override css = `${buttonCss} st-button { display: flex; align-items: center; }`;

  /** st.form_submit_button carries stFormSubmitButton instead of stButton. */
  protected override testId(): string {
    return this.element?.isFormSubmitter ? "stFormSubmitButton" : "stButton";
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const testId = this.testId();
    if (this.isConnected && this.dataset.testid !== testId) {
      if (this.dataset.testid) this.classList.remove(this.dataset.testid);
      this.dataset.testid = testId;
      this.classList.add(testId);
    }
  }

  protected override render() {
    const { label, kind, icon, disabled, help, useContainerWidth, isFormSubmitter } = this.element;
    return html`<button
        class="st-button"
        type="button"
        data-testid="stBaseButton-${kind}${isFormSubmitter ? "FormSubmit" : ""}"
        data-kind=${kind}
        ?data-full-width=${useContainerWidth}
        ?disabled=${disabled}
        @click=${this.onClick}
      >
        ${icon ? buttonIcon(icon) : nothing}
        <div data-testid="stMarkdownContainer">${inlineMarkdown(label)}</div>
      </button>${helpIcon(help)}`;
  }

  private onClick = () => {
    if (this.element.disabled) return;
    const { id, formId, isFormSubmitter } = this.element;
    // A submit button's click submits its form (components/app/forms.ts).
    this.emitValue({ widgetId: id, value: true, trigger: true, ...(isFormSubmitter && formId ? { formId } : {}) });
  };
}

/** An emoji, or `:material/name:` drawn with the Material Symbols font (as Streamlit does). */
function buttonIcon(icon: string) {
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  return material
    ? html`<span class="st-md-material-icon" data-testid="stIconMaterial" aria-hidden="true">${material[1]}</span>`
    : html`<span data-testid="stIconEmoji">${icon}</span>`;
}

declare global {
  interface HTMLElementTagNameMap {
    "st-button": StButton;
  }
}
