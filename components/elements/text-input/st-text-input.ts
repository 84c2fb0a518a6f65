import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { TextInputPayload } from "../../../packages/protocol/index.js";
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

  /** Text typed but not committed yet; null when the field shows the committed value. */
  @state() private draft: string | null = null;
  @state() private focused = false;
  @state() private revealed = false;
  private lastId?: string;

  protected static override testId = "stTextInput";
  protected static override css = `
st-text-input .st-field-row { padding-bottom: 0; }
st-text-input[data-dirty] .st-field-row { margin-bottom: 1.1rem; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const el = this.element;
    if (changed.has("element" as keyof StTextInput) && (el.setValue || el.id !== this.lastId)) this.draft = null;
    this.lastId = el.id;
    super.willUpdate(changed);
    // Python's None arrives as undefined (Pyodide's toJs); these widgets speak null.
    if (this.value === undefined) this.value = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
    this.toggleAttribute("data-dirty", (this.dirty || !!this.element.formId) && this.focused);
  }

  private get shown(): string {
    return this.draft ?? this.value ?? "";
  }

  private get dirty(): boolean {
    return this.draft !== null && this.draft !== (this.value ?? "");
  }

  protected override render() {
    useTextFieldStyles();
    const el = this.element;
    const id = domId(el.id, "input");
    const password = el.inputType === "password";
    // Streamlit: in a form Enter submits it, so the hint says so whether or not the text changed.
    const hint = el.formId ? "Press Enter to submit form" : this.dirty ? "Press Enter to apply" : "";
    const instructions = this.focused
      ? [hint, el.maxChars != null ? `${this.shown.length}/${el.maxChars}` : ""]
          .filter(Boolean)
          .join(" · ")
      : "";
    return html`${widgetLabel(el, id)}
      <div class="st-field-row">
        <div class="st-field" data-testid="stTextInputRootElement" data-baseweb="input" ?data-disabled=${el.disabled}>
          ${fieldIcon(el.icon)}
          <input
            id=${id}
            type=${password && !this.revealed ? "password" : "text"}
            aria-label=${el.label}
            .value=${this.shown}
            placeholder=${el.placeholder ?? ""}
            maxlength=${el.maxChars ?? nothing}
            autocomplete=${el.autocomplete || nothing}
            ?disabled=${el.disabled}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
            @focus=${() => (this.focused = true)}
            @blur=${this.onBlur}
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
        ${inputInstructions(instructions)}
      </div>`;
  }

  private onInput = (event: Event) => {
    this.draft = (event.target as HTMLInputElement).value;
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && !event.isComposing) this.apply();
  };

  private onBlur = () => {
    this.focused = false;
    this.apply();
  };

  /** Commit the draft if it differs from the committed value. */
  private apply(): void {
    if (this.element.disabled) return;
    if (this.dirty) this.commit(this.draft!);
    this.draft = null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-text-input": StTextInput;
  }
}
