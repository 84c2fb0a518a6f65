import { html, nothing, type PropertyValues } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { TextAreaPayload } from "../../../packages/protocol/index.js";
import { FieldDraft } from "../../lib/field-draft.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, domId, inputInstructions, isApple, useTextFieldStyles } from "../../lib/text-field.js";
import { widgetLabel } from "../../lib/widget-label.js";

/**
 * st.text_area. Enter inserts a line break; Ctrl+Enter (⌘+Enter on Apple devices) or
 * leaving the field commits the text, as in Streamlit.
 */
@customElement("st-text-area")
export class StTextArea extends StWidget<TextAreaPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: TextAreaPayload;

  private draft = new FieldDraft(this, { committed: () => this.value ?? "", leave: () => this.apply() });

  protected static override testId = "stTextArea";
  protected static override css = `
st-text-area .st-field { align-items: stretch; }
st-text-area textarea { resize: vertical; min-height: 4.25rem; }
st-text-area[data-dirty] .st-field-row { margin-bottom: 1.1rem; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("element" as keyof StTextArea)) this.draft.elementChanged();
    super.willUpdate(changed);
    // Python's None arrives as undefined (Pyodide's toJs); these widgets speak null.
    if (this.value === undefined) this.value = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
    const area = this.querySelector("textarea");
    if (area && this.element.height === "content") {
      area.style.height = "auto";
      area.style.height = `${area.scrollHeight + 2}px`;
    }
  }

  /** The text box's own height: the element height given in Python minus the label. */
  private areaHeight(): string {
    const { height, labelVisibility } = this.element;
    if (typeof height === "number") {
      const label = labelVisibility === "collapsed" ? 0 : 28;
      return `height: ${Math.max(height - label, 40)}px;`;
    }
    if (height == null) return "height: 5.5rem;";
    return "";
  }

  protected override render() {
    useTextFieldStyles();
    const el = this.element;
    const id = domId(el.id, "textarea");
    return html`${widgetLabel(el, id)}
      <div class="st-field-row">
        <div class="st-field" data-testid="stTextAreaRootElement" data-baseweb="textarea" ?data-disabled=${el.disabled}>
          <textarea
            id=${id}
            aria-label=${el.label}
            style=${this.areaHeight()}
            .value=${this.draft.shown}
            placeholder=${el.placeholder ?? ""}
            maxlength=${el.maxChars ?? nothing}
            ?disabled=${el.disabled}
            @input=${this.draft.onInput}
            @keydown=${this.onKeyDown}
            @focus=${this.draft.onFocus}
            @blur=${this.draft.onBlur}
          ></textarea>
        </div>
        ${inputInstructions(this.draft.instructions(isApple() ? "⌘+Enter" : "Ctrl+Enter", el.maxChars))}
      </div>`;
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.isComposing) {
      event.preventDefault();
      this.apply();
    }
  };

  private apply(): void {
    if (!this.element.disabled) this.draft.apply((text) => this.commit(text));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-text-area": StTextArea;
  }
}
