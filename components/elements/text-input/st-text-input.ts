import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { TextInputPayload } from "../../../packages/protocol/index.js";
import { FieldDraft } from "../../lib/field-draft.js";
import { eyeIcon, eyeOffIcon } from "../../lib/field-icons.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, domId, fieldIcon, inputInstructions, useTextFieldStyles } from "../../lib/text-field.js";
import { widgetLabel } from "../../lib/widget-label.js";

/**
 * st.text_input. Typing edits a draft; Enter or leaving the field commits it (Streamlit
 * shows "Press Enter to apply" meanwhile), so a rerun happens once per edit, not per key.
 */
@customElement("st-text-input")
export class StTextInput extends StWidget<TextInputPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: TextInputPayload;

  private draft = new FieldDraft(this, { committed: () => this.value ?? "", leave: () => this.apply() });
  @state() private revealed = false;

  protected static override testId = "stTextInput";
  protected static override css = `
st-text-input .st-field-row { padding-bottom: 0; }
st-text-input[data-dirty] .st-field-row { margin-bottom: 1.1rem; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("element" as keyof StTextInput)) this.draft.elementChanged();
    super.willUpdate(changed);
    // Python's None arrives as undefined (Pyodide's toJs); these widgets speak null.
    if (this.value === undefined) this.value = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
  }

  protected override render() {
    useTextFieldStyles();
    const el = this.element;
    const id = domId(el.id, "input");
    const password = el.inputType === "password";
    return html`${widgetLabel(el, id)}
      <div class="st-field-row">
        <div class="st-field" data-testid="stTextInputRootElement" data-baseweb="input" ?data-disabled=${el.disabled}>
          ${fieldIcon(el.icon)}
          <input
            id=${id}
            type=${password && !this.revealed ? "password" : "text"}
            aria-label=${el.label}
            .value=${this.draft.shown}
            placeholder=${el.placeholder ?? ""}
            maxlength=${el.maxChars ?? nothing}
            autocomplete=${el.autocomplete || nothing}
            ?disabled=${el.disabled}
            @input=${this.draft.onInput}
            @keydown=${this.onKeyDown}
            @focus=${this.draft.onFocus}
            @blur=${this.draft.onBlur}
          />
          ${password
            ? html`<button
                type="button"
                class="st-field-button st-password-toggle"
                data-testid="stTextInputPasswordToggle"
                aria-label=${this.revealed ? "Hide password" : "Show password"}
                aria-pressed=${this.revealed ? "true" : "false"}
                ?disabled=${el.disabled}
                @click=${() => (this.revealed = !this.revealed)}
              >${this.revealed ? eyeOffIcon() : eyeIcon()}</button>`
            : nothing}
        </div>
        ${inputInstructions(this.draft.instructions("Enter", el.maxChars))}
      </div>`;
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && !event.isComposing) this.apply();
  };

  /** Commit the draft if it differs from the committed value. */
  private apply(): void {
    if (!this.element.disabled) this.draft.apply((text) => this.commit(text));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-text-input": StTextInput;
  }
}
