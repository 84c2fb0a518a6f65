import { html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { ButtonGroupOption, ButtonGroupPayload } from "../../../packages/protocol/index.js";
import { inlineMarkdown } from "../../lib/markdown-view.js";
import { StWidget } from "../../lib/st-widget.js";
import { widgetLabel } from "../../lib/widget-label.js";

/** Feedback icons are Material Symbols in Streamlit; without the font they are drawn as glyphs. */
const GLYPHS: Record<string, string> = {
  thumb_up: "👍",
  thumb_down: "👎",
  sentiment_sad: "😞",
  sentiment_dissatisfied: "🙁",
  sentiment_neutral: "😐",
  sentiment_satisfied: "🙂",
  sentiment_very_satisfied: "😄",
  star: "☆",
  star_filled: "★",
};

let nextGroupId = 0;

/**
 * st.pills, st.segmented_control and st.feedback. The options form a listbox: it takes
 * the focus, arrow keys move the active option and Enter or Space toggles it.
 */
@customElement("st-button-group")
export class StButtonGroup extends StWidget<ButtonGroupPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: ButtonGroupPayload;
  /** The option the keyboard points at. */
  @state() private active = 0;
  private readonly domId = `st-button-group-${nextGroupId++}`;

  protected static override testId = "stButtonGroup";
  protected static override css = `
st-button-group { display: block; }
st-button-group .st-bg-options { display: flex; flex-wrap: wrap; gap: 0.5rem; outline: none; border-radius: var(--st-radius); }
st-button-group .st-bg-options:focus-visible { box-shadow: 0 0 0 0.2rem rgba(255, 75, 75, 0.35); }
st-button-group .st-bg-options[data-style="segmented_control"] { gap: 0; flex-wrap: nowrap; width: fit-content; max-width: 100%; }
st-button-group .st-bg-options[data-style="borderless"] { gap: 0.125rem; }
st-button-group button.st-bg-option { display: inline-flex; align-items: center; gap: 0.35rem; min-height: 2rem; padding: 0.2rem 0.75rem; border: 1px solid var(--st-border); border-radius: 1rem; background: var(--st-bg); color: var(--st-text); font: inherit; font-size: 0.875rem; line-height: 1.4; cursor: pointer; }
st-button-group button.st-bg-option p { margin: 0; }
st-button-group button.st-bg-option:hover:not(:disabled) { border-color: var(--st-primary); color: var(--st-primary); }
st-button-group button.st-bg-option[aria-selected="true"] { border-color: var(--st-primary); background: rgba(255, 75, 75, 0.1); color: var(--st-primary); }
st-button-group button.st-bg-option[data-active] { outline: 2px solid var(--st-primary); outline-offset: 1px; }
st-button-group .st-bg-options:not(:focus-within) button.st-bg-option[data-active] { outline: none; }
st-button-group [data-style="segmented_control"] button.st-bg-option { border-radius: 0; margin-left: -1px; min-height: 2.5rem; }
st-button-group [data-style="segmented_control"] button.st-bg-option:first-child { border-radius: var(--st-radius) 0 0 var(--st-radius); margin-left: 0; }
st-button-group [data-style="segmented_control"] button.st-bg-option:last-child { border-radius: 0 var(--st-radius) var(--st-radius) 0; }
st-button-group [data-style="borderless"] button.st-bg-option { border-color: transparent; background: none; padding: 0.2rem 0.35rem; font-size: 1.25rem; color: var(--st-text-muted); }
st-button-group [data-style="borderless"] button.st-bg-option[aria-selected="true"] { background: none; color: var(--st-primary); }
st-button-group button.st-bg-option:disabled { cursor: not-allowed; opacity: 0.5; }
st-button-group .st-bg-glyph[data-icon^="star"] { color: var(--st-primary); }
`;

  protected override render() {
    const el = this.element;
    const selected = new Set(this.value ?? []);
    const lastSelected = Math.max(-1, ...selected);
    const active = Math.min(this.active, el.options.length - 1);
    return html`${el.label ? widgetLabel(el) : nothing}
      <div
        class="st-bg-options"
        role="listbox"
        tabindex=${el.disabled ? -1 : 0}
        aria-label=${el.label || nothing}
        aria-multiselectable=${el.selectionMode === "multi" ? "true" : "false"}
        aria-disabled=${el.disabled ? "true" : "false"}
        aria-activedescendant=${`${this.domId}-${active}`}
        aria-orientation="horizontal"
        data-style=${el.style}
        @keydown=${this.onKey}
      >
        ${el.options.map((option, i) => {
          const isSelected = selected.has(i);
          const looksSelected = isSelected || (el.visualization === "all_up_to_selected" && i <= lastSelected);
          return html`<button
            type="button"
            class="st-bg-option"
            id=${`${this.domId}-${i}`}
            role="option"
            tabindex="-1"
            aria-selected=${isSelected ? "true" : "false"}
            ?data-active=${i === active}
            data-testid=${`stBaseButton-${buttonKind(el.style)}${looksSelected ? "Active" : ""}`}
            ?disabled=${el.disabled}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.toggle(i, true)}
          >
            ${this.optionBody(option, looksSelected)}
          </button>`;
        })}
      </div>`;
  }

  private optionBody(option: ButtonGroupOption, looksSelected: boolean) {
    const icon = looksSelected && option.selectedIcon ? option.selectedIcon : option.icon;
    return html`${icon ? optionIcon(icon) : nothing}${option.content
      ? html`<div data-testid="stMarkdownContainer">${inlineMarkdown(option.content)}</div>`
      : nothing}`;
  }

  /** Select or unselect option `index`, as a click on it does. */
  private toggle(index: number, fromPointer: boolean): void {
    const el = this.element;
    if (el.disabled) return;
    this.active = index;
    if (fromPointer) this.querySelector<HTMLElement>(".st-bg-options")?.focus({ preventScroll: true });
    const current = this.value ?? [];
    let next: number[];
    if (el.selectionMode === "multi") {
      next = current.includes(index) ? current.filter((i) => i !== index) : [...current, index].sort((a, b) => a - b);
    } else {
      next = current.includes(index) ? [] : [index];
    }
    this.commit(next);
  }

  private onKey = (event: KeyboardEvent): void => {
    const el = this.element;
    if (el.disabled || el.options.length === 0) return;
    const last = el.options.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, this.active + 1),
      ArrowDown: Math.min(last, this.active + 1),
      ArrowLeft: Math.max(0, this.active - 1),
      ArrowUp: Math.max(0, this.active - 1),
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      this.active = moves[event.key]!;
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      this.toggle(Math.min(this.active, last), false);
    }
  };
}

/** Streamlit's button kinds for the options: pills, segmented_control, borderlessIcon. */
function buttonKind(style: ButtonGroupPayload["style"]): string {
  return style === "borderless" ? "borderlessIcon" : style;
}

function optionIcon(icon: string) {
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  if (!material) return html`<span data-testid="stIconEmoji" aria-hidden="true">${icon}</span>`;
  const glyph = GLYPHS[material[1]!];
  return glyph
    ? html`<span class="st-bg-glyph" data-testid="stIconMaterial" data-icon=${material[1]} aria-label=${material[1]!.replace(/_/g, " ")}>${glyph}</span>`
    : html`<span class="st-md-material-icon" data-testid="stIconMaterial" aria-hidden="true">${material[1]}</span>`;
}

declare global {
  interface HTMLElementTagNameMap {
    "st-button-group": StButtonGroup;
  }
}
