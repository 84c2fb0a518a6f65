import { html, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { ColorPickerPayload } from "../../../packages/protocol/index.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, domId, useTextFieldStyles } from "../../lib/text-field.js";
import { widgetLabel } from "../../lib/widget-label.js";

const HEX = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

/** `#abc` → `#aabbcc` (the native colour input only takes six digits). */
export function sixDigitHex(hex: string): string {
  if (/^#[0-9a-fA-F]{3}$/.test(hex)) return `#${[...hex.slice(1)].map((c) => c + c).join("")}`.toLowerCase();
  return hex.toLowerCase();
}

/**
 * st.color_picker: a colour swatch (the browser's colour dialog) and the hex value, which
 * can also be typed (committed on Enter or blur when it is a valid hex colour).
 */
@customElement("st-color-picker")
export class StColorPicker extends StWidget<ColorPickerPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: ColorPickerPayload;

  /** Hex text typed but not committed yet. */
  @state() private draft: string | null = null;
  private lastId?: string;

  protected static override testId = "stColorPicker";
  protected static override css = `
st-color-picker .st-color-row { display: flex; align-items: center; gap: 0.5rem; }
st-color-picker .st-color-block { position: relative; width: 2.5rem; height: 2.5rem; flex: none; border-radius: var(--st-radius); border: 1px solid var(--st-border); overflow: hidden; cursor: pointer; }
st-color-picker .st-color-block input { position: absolute; inset: -0.5rem; width: calc(100% + 1rem); height: calc(100% + 1rem); border: 0; padding: 0; opacity: 0; cursor: inherit; }
st-color-picker .st-color-block:focus-within { outline: 2px solid var(--st-primary); outline-offset: 2px; }
st-color-picker .st-color-block[data-disabled] { cursor: not-allowed; opacity: 0.55; }
st-color-picker .st-field { width: 7.5rem; min-height: 2.5rem; }
st-color-picker .st-field input { font-family: var(--st-font-mono); font-size: 0.875rem; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const el = this.element;
    if (changed.has("element" as keyof StColorPicker) && (el.setValue || el.id !== this.lastId)) this.draft = null;
    this.lastId = el.id;
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width, "content");
  }

  protected override render() {
    useTextFieldStyles();
    const el = this.element;
    const id = domId(el.id, "color");
    const valid = this.draft === null || HEX.test(this.draft);
    return html`${widgetLabel(el, id)}
      <div class="st-color-row">
        <div class="st-color-block" data-testid="stColorPickerBlock" style="background-color: ${this.value}" ?data-disabled=${el.disabled}>
          <input
            type="color"
            tabindex="-1"
            aria-label=${`${el.label} colour`}
            .value=${sixDigitHex(this.value)}
            ?disabled=${el.disabled}
            @change=${this.onPicked}
          />
        </div>
        <div class="st-field" ?data-disabled=${el.disabled} ?data-invalid=${!valid}>
          <input
            id=${id}
            type="text"
            aria-label=${el.label}
            aria-invalid=${valid ? "false" : "true"}
            spellcheck="false"
            autocomplete="off"
            maxlength="7"
            .value=${this.draft ?? this.value}
            ?disabled=${el.disabled}
            @input=${(e: Event) => (this.draft = (e.target as HTMLInputElement).value)}
            @keydown=${this.onKeyDown}
            @blur=${() => this.apply(true)}
          />
        </div>
      </div>`;
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter" || event.isComposing) return;
    // Enter applies the typed hex; in Streamlit it never submits the widget's form.
    event.stopPropagation();
    this.apply();
  };

  private onPicked = (event: Event) => {
    if (this.element.disabled) return;
    const hex = (event.target as HTMLInputElement).value.toLowerCase();
    this.draft = null;
    if (hex !== this.value.toLowerCase()) this.commit(hex);
  };

  /** Commit a typed hex colour; on blur an invalid one is dropped. */
  private apply(leaving = false): void {
    if (this.element.disabled || this.draft === null) return;
    let text = this.draft.trim();
    if (text && !text.startsWith("#")) text = `#${text}`;
    if (!HEX.test(text)) {
      if (leaving) this.draft = null;
      return;
    }
    this.draft = null;
    if (text.toLowerCase() !== this.value.toLowerCase()) this.commit(text.toLowerCase());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-color-picker": StColorPicker;
  }
}
