import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { RadioPayload } from "../../../packages/protocol/index.js";
import { markdown, inlineMarkdown } from "../../lib/markdown-view.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, domId } from "../../lib/text-field.js";
import { widgetLabel } from "../../lib/widget-label.js";

/**
 * st.radio. The group is one tab stop (role radiogroup) and names the checked option with
 * aria-activedescendant; the arrow keys move the choice and commit it, as native radio
 * buttons do; Space picks the focused option when none is chosen (`index=None`).
 */
@customElement("st-radio")
export class StRadio extends StWidget<RadioPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: RadioPayload;

  /** The option with keyboard focus while none is chosen. */
  @state() private focusIndex = 0;

  protected static override testId = "stRadio";
  protected static override css = `
st-radio .st-radio-group { display: flex; flex-direction: column; gap: 0.25rem; outline: none; border-radius: 0.25rem; width: fit-content; max-width: 100%; }
st-radio .st-radio-group[data-horizontal] { flex-direction: row; flex-wrap: wrap; column-gap: 1rem; }
st-radio .st-radio-option { display: flex; align-items: flex-start; gap: 0.5rem; cursor: pointer; line-height: 1.6; }
st-radio .st-radio-option p { margin: 0; }
st-radio .st-radio-dot { flex: none; width: 1rem; height: 1rem; margin-top: 0.2rem; border-radius: 50%; border: 1px solid var(--st-border); background: var(--st-bg); display: inline-flex; align-items: center; justify-content: center; transition: border-color 0.2s; }
st-radio .st-radio-option[aria-checked="true"] .st-radio-dot { border: 0.3rem solid var(--st-primary); }
st-radio .st-radio-group:focus-visible .st-radio-option[data-focus] .st-radio-dot { box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.5); }
st-radio .st-radio-group[aria-disabled="true"] .st-radio-option { cursor: not-allowed; opacity: 0.55; }
st-radio .st-radio-caption { display: block; font-size: 0.875rem; color: var(--st-text-muted); }
st-radio .st-radio-caption p { margin: 0; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Python's None arrives as undefined (Pyodide's toJs); this widget speaks null.
    if (this.value === undefined) this.value = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width, "content");
  }

  /** Index of the chosen option, or -1. */
  private get checkedIndex(): number {
    return this.value === null ? -1 : this.element.options.indexOf(this.value);
  }

  /** The option the keyboard acts on. */
  private get focusedIndex(): number {
    const checked = this.checkedIndex;
    return checked >= 0 ? checked : Math.min(this.focusIndex, this.element.options.length - 1);
  }

  protected override render() {
    const el = this.element;
    const groupId = domId(el.id, "radio");
    const checked = this.checkedIndex;
    const focused = this.focusedIndex;
    return html`${widgetLabel(el, groupId)}
      <div
        id=${groupId}
        class="st-radio-group"
        role="radiogroup"
        aria-label=${el.label}
        aria-disabled=${el.disabled ? "true" : "false"}
        aria-activedescendant=${focused >= 0 ? domId(el.id, `radio-${focused}`) : nothing}
        tabindex=${el.disabled ? "-1" : "0"}
        ?data-horizontal=${el.horizontal}
        @keydown=${this.onKeyDown}
      >
        ${el.options.map((option, i) => {
          const caption = el.captions[i];
          return html`<label
            id=${domId(el.id, `radio-${i}`)}
            class="st-radio-option"
            data-baseweb="radio"
            role="radio"
            aria-checked=${i === checked ? "true" : "false"}
            ?data-focus=${i === focused}
            @click=${() => this.choose(i)}
          >
            <span class="st-radio-dot" aria-hidden="true"></span>
            <span class="st-radio-text">
              <span data-testid="stMarkdownContainer">${inlineMarkdown(option)}</span>
              ${caption ? html`<span class="st-radio-caption" data-testid="stCaptionContainer">${markdown(caption)}</span>` : nothing}
            </span>
          </label>`;
        })}
      </div>`;
  }

  private choose(index: number): void {
    if (this.element.disabled) return;
    const label = this.element.options[index];
    if (label === undefined) return;
    this.focusIndex = index;
    (this.querySelector(".st-radio-group") as HTMLElement | null)?.focus({ preventScroll: true });
    if (label !== this.value) this.commit(label);
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (this.element.disabled) return;
    const count = this.element.options.length;
    if (!count) return;
    const current = this.focusedIndex;
    let next: number | null = null;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowRight":
        next = this.checkedIndex < 0 ? current : (current + 1) % count;
        break;
      case "ArrowUp":
      case "ArrowLeft":
        next = this.checkedIndex < 0 ? current : (current - 1 + count) % count;
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = count - 1;
        break;
      case " ":
        next = current;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.choose(next);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-radio": StRadio;
  }
}
