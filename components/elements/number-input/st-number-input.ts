import { html, nothing, type PropertyValues } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { NumberInputPayload } from "../../../packages/protocol/index.js";
import { FieldDraft } from "../../lib/field-draft.js";
import { minusIcon, plusIcon } from "../../lib/field-icons.js";
import { sprintf } from "../../lib/printf.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, domId, fieldIcon, inputInstructions, useTextFieldStyles } from "../../lib/text-field.js";
import { widgetLabel } from "../../lib/widget-label.js";

/** JavaScript's safe integer range: int widgets never leave it (Streamlit does the same). */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Decimal places of a number as written (0.01 → 2, 1e-7 → 7). */
function decimals(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const text = String(n);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]) + (text.split("e")[0]!.split(".")[1]?.length ?? 0);
  return text.split(".")[1]?.length ?? 0;
}

/**
 * st.number_input (a text field with the spinbutton role, so half-typed text such as "-"
 * survives re-renders). The field shows the value through the printf-style `format`; typing
 * edits a draft committed on Enter or blur (out-of-range text is refused with the
 * browser's validity message, as Streamlit does); ArrowUp/ArrowDown and the +/- buttons
 * step by `step` and commit at once, never past min/max.
 */
@customElement("st-number-input")
export class StNumberInput extends StWidget<NumberInputPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: NumberInputPayload;

  private draft = new FieldDraft(this, { committed: () => this.formatted(this.value), leave: () => this.apply(false) });

  protected static override testId = "stNumberInput";
  protected static override css = `
st-number-input .st-step { width: 2rem; border-radius: 0; }
st-number-input .st-step:last-child { border-top-right-radius: var(--st-radius); border-bottom-right-radius: var(--st-radius); }
st-number-input .st-step:hover:not(:disabled) { background: var(--st-primary); color: #fff; }
st-number-input[data-dirty] .st-field-row { margin-bottom: 1.1rem; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("element" as keyof StNumberInput)) this.draft.elementChanged();
    super.willUpdate(changed);
    // Python's None arrives as undefined (Pyodide's toJs); these widgets speak null.
    if (this.value === undefined) this.value = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
  }

  private get isInt(): boolean {
    return this.element.dataType === "int";
  }

  private get min(): number {
    const { min } = this.element;
    return min ?? (this.isInt ? -MAX_SAFE : -Number.MAX_VALUE);
  }

  private get max(): number {
    const { max } = this.element;
    return max ?? (this.isInt ? MAX_SAFE : Number.MAX_VALUE);
  }

  /** The committed value as the field shows it. */
  private formatted(value: number | null): string {
    if (value === null || value === undefined) return "";
    const shown = sprintf(this.element.format, this.isInt ? Math.trunc(value) : value);
    return shown.trim();
  }

  /** The draft as a number: undefined when it is not a number, null when empty. */
  private parse(text: string): number | null | undefined {
    const trimmed = text.trim();
    if (trimmed === "") return null;
    const n = Number(trimmed);
    if (!Number.isFinite(n)) return undefined;
    return this.isInt ? Math.trunc(n) : n;
  }

  /** The number steps start from: a valid draft, else the committed value. */
  private current(): number | null {
    if (this.draft.text !== null) {
      const parsed = this.parse(this.draft.text);
      if (parsed !== undefined) return parsed;
    }
    return this.value;
  }

  private stepped(direction: 1 | -1): number | null {
    const { step } = this.element;
    const base = this.current();
    const from = base ?? (direction > 0 ? Math.max(this.min, 0) : Math.min(this.max, 0));
    if (base === null) return from >= this.min && from <= this.max ? from : null;
    const places = Math.max(decimals(step), decimals(base));
    const next = Number((base + direction * step).toFixed(Math.min(places, 15)));
    return next >= this.min && next <= this.max ? next : null;
  }

  protected override render() {
    useTextFieldStyles();
    const el = this.element;
    const id = domId(el.id, "number");
    const canDown = !el.disabled && this.stepped(-1) !== null;
    const canUp = !el.disabled && this.stepped(1) !== null;
    return html`${widgetLabel(el, id)}
      <div class="st-field-row">
        <div class="st-field" data-testid="stNumberInputContainer" data-baseweb="input" ?data-disabled=${el.disabled}>
          ${fieldIcon(el.icon)}
          <input
            id=${id}
            type="text"
            role="spinbutton"
            data-testid="stNumberInputField"
            aria-label=${el.label}
            aria-valuenow=${this.value ?? nothing}
            aria-valuetext=${this.formatted(this.value) || nothing}
            aria-valuemin=${el.min ?? nothing}
            aria-valuemax=${el.max ?? nothing}
            inputmode=${this.isInt ? "numeric" : "decimal"}
            autocomplete="off"
            .value=${this.draft.shown}
            placeholder=${el.placeholder ?? ""}
            ?disabled=${el.disabled}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
            @focus=${this.draft.onFocus}
            @blur=${this.draft.onBlur}
          />
          <button
            type="button"
            class="st-field-button st-step"
            data-testid="stNumberInputStepDown"
            aria-label="Decrement"
            tabindex="-1"
            ?disabled=${!canDown}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.step(-1)}
          >${minusIcon()}</button>
          <button
            type="button"
            class="st-field-button st-step"
            data-testid="stNumberInputStepUp"
            aria-label="Increment"
            tabindex="-1"
            ?disabled=${!canUp}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.step(1)}
          >${plusIcon()}</button>
        </div>
        ${inputInstructions(this.draft.instructions("Enter"))}
      </div>`;
  }

  private get field(): HTMLInputElement | null {
    return this.querySelector("input");
  }

  private onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    input.setCustomValidity("");
    this.draft.text = input.value;
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      this.step(event.key === "ArrowUp" ? 1 : -1);
    } else if (event.key === "Enter" && !event.isComposing) {
      this.apply(true);
    }
  };

  private step(direction: 1 | -1): void {
    if (this.element.disabled) return;
    const next = this.stepped(direction);
    if (next === null) return;
    this.draft.text = null;
    this.field?.setCustomValidity("");
    if (next !== this.value) this.commit(next);
  }

  /** Commit a typed number; refuse one outside min/max (and keep it for correction). */
  private apply(fromEnter: boolean): void {
    if (this.element.disabled || this.draft.text === null) return;
    const parsed = this.parse(this.draft.text);
    const field = this.field;
    if (parsed === undefined || (parsed === null && this.element.default != null)) {
      // Not a number, or emptied where empty is not allowed: back to the committed value.
      this.draft.text = null;
      return;
    }
    if (parsed !== null && (parsed < this.min || parsed > this.max)) {
      if (field) {
        field.setCustomValidity(
          parsed < this.min
            ? `Value must be greater than or equal to ${this.formatted(this.min)}.`
            : `Value must be less than or equal to ${this.formatted(this.max)}.`,
        );
        if (fromEnter) field.reportValidity();
      }
      if (!fromEnter) this.draft.text = null;
      return;
    }
    field?.setCustomValidity("");
    this.draft.text = null;
    if (parsed !== this.value) this.commit(parsed);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-number-input": StNumberInput;
  }
}
