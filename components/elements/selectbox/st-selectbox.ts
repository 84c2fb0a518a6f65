import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { SelectboxPayload } from "../../../packages/protocol/index.js";
import { filterLabels, itemId, listbox, onOpenListKey, revealActive, type ListItem } from "../../lib/combobox.js";
import { chevronDownIcon, closeIcon } from "../../lib/field-icons.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, domId, useTextFieldStyles } from "../../lib/text-field.js";
import { widgetLabel } from "../../lib/widget-label.js";

/** Streamlit's placeholder when the app gives none (payload placeholder ""). */
export function selectPlaceholder(given: string, hasOptions: boolean, acceptNew: boolean, multi: boolean): string {
  if (given === " ") return "";
  if (given) return given;
  if (hasOptions) return acceptNew ? (multi ? "Choose or add options" : "Choose or add an option") : multi ? "Choose options" : "Choose an option";
  return acceptNew ? (multi ? "Add options" : "Add an option") : "No options to select";
}

/**
 * st.selectbox: a searchable drop-down. Focus stays in the text field; typing filters the
 * options, the arrows move the highlight, Enter or a click picks. With `index=None` the
 * choice can be cleared; with `accept_new_options` typed text can be added as an option.
 */
@customElement("st-selectbox")
export class StSelectbox extends StWidget<SelectboxPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: SelectboxPayload;

  @state() private open = false;
  @state() private active = -1;
  /** Text typed to filter; null while the field shows the chosen option. */
  @state() private query: string | null = null;

  protected static override testId = "stSelectbox";
  protected static override css = `
st-selectbox .st-field { cursor: pointer; }
st-selectbox input { cursor: inherit; text-overflow: ellipsis; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Python's None arrives as undefined (Pyodide's toJs); these widgets speak null.
    if (this.value === undefined) this.value = null;
    if (changed.has("element" as keyof StSelectbox) && this.element.disabled) this.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
    if (this.open) revealActive(this, this.listId, this.active);
  }

  private get listId(): string {
    return domId(this.element.id, "list");
  }

  private get noOptions(): boolean {
    return this.element.options.length === 0 && !this.element.acceptNewOptions;
  }

  /** The options shown for the current query, plus a new option to add when allowed. */
  private items(): ListItem[] {
    const { options, acceptNewOptions } = this.element;
    const query = this.query ?? "";
    const items: ListItem[] = filterLabels(options, query).map((i) => ({
      label: options[i]!,
      value: options[i]!,
      selected: options[i] === this.value,
    }));
    const typed = query.trim();
    if (acceptNewOptions && typed && !options.some((o) => o.toLowerCase() === typed.toLowerCase())) {
      items.push({ label: `Add: ${typed}`, value: typed, isNew: true });
    }
    return items;
  }

  protected override render() {
    useTextFieldStyles();
    const el = this.element;
    const id = domId(el.id, "select");
    const disabled = el.disabled || this.noOptions;
    const items = this.open ? this.items() : [];
    const active = this.open && this.active >= 0 && this.active < items.length ? this.active : -1;
    const clearable = el.default == null && this.value !== null && !disabled;
    const placeholder = selectPlaceholder(el.placeholder, el.options.length > 0, el.acceptNewOptions, false);
    return html`${widgetLabel(el, id)}
      <div class="st-field-row">
        <div class="st-field" data-baseweb="select" ?data-disabled=${disabled} @click=${this.onFieldClick}>
          <input
            id=${id}
            role="combobox"
            aria-label=${el.label}
            aria-expanded=${this.open ? "true" : "false"}
            aria-controls=${this.listId}
            aria-autocomplete="list"
            aria-activedescendant=${active >= 0 ? itemId(this.listId, active) : nothing}
            autocomplete="off"
            .value=${this.query ?? this.value ?? ""}
            placeholder=${this.value === null ? placeholder : ""}
            ?disabled=${disabled}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
            @blur=${this.onBlur}
          />
          ${clearable
            ? html`<button type="button" class="st-field-button" aria-label="Clear value" tabindex="-1"
                @mousedown=${(e: Event) => e.preventDefault()} @click=${this.onClear}>${closeIcon()}</button>`
            : nothing}
          <span class="st-field-button" aria-hidden="true">${chevronDownIcon()}</span>
        </div>
        ${this.open
          ? listbox({
              id: this.listId,
              items,
              active,
              label: el.label,
              testId: "stSelectboxVirtualDropdown",
              emptyText: "No results",
              onPick: (i) => this.pick(items[i]!),
            })
          : nothing}
      </div>`;
  }

  private get field(): HTMLInputElement | null {
    return this.querySelector("input");
  }

  private openList(): void {
    if (this.element.disabled || this.noOptions) return;
    if (!this.open) {
      this.open = true;
      const items = this.items();
      const selected = items.findIndex((item) => item.selected);
      this.active = selected >= 0 ? selected : 0;
      // Typing replaces the shown choice with a search (Streamlit's select shows it behind the cursor).
      this.field?.select();
    }
  }

  private close(): void {
    this.open = false;
    this.query = null;
    this.active = -1;
  }

  private pick(item: ListItem): void {
    this.close();
    if (item.value !== this.value) this.commit(item.value);
  }

  private onFieldClick = (event: MouseEvent) => {
    if (this.element.disabled || this.noOptions) return;
    if ((event.target as HTMLElement).closest("button")) return;
    this.field?.focus();
    if (this.open) this.close();
    else this.openList();
  };

  private onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = 0;
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    const { key } = event;
    // Enter picks here; in Streamlit it never submits the widget's form.
    if (key === "Enter") event.stopPropagation();
    if (!this.open) {
      if (key === "ArrowDown" || key === "ArrowUp" || (key === " " && this.query === null)) {
        event.preventDefault();
        this.openList();
      }
      return;
    }
    const items = this.items();
    onOpenListKey(event, {
      active: this.active,
      count: items.length,
      setActive: (index) => (this.active = index),
      pick: () => {
        const item = items[this.active];
        if (item) this.pick(item);
      },
      close: () => this.close(),
      leave: () => this.close(),
    });
  };

  private onBlur = () => {
    this.close();
  };

  private onClear = () => {
    this.close();
    if (this.value !== null) this.commit(null);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-selectbox": StSelectbox;
  }
}
