import { html, nothing, type PropertyValues } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { SelectboxPayload } from "../../../packages/protocol/index.js";
import { Combobox, filterLabels, type ListItem } from "../../lib/combobox.js";
import { chevronDownIcon } from "../../lib/field-icons.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, clearButton, domId, useTextFieldStyles } from "../../lib/text-field.js";
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

  private list = new Combobox(this, {
    listId: () => domId(this.element.id, "list"),
    items: () => this.items(),
    canOpen: () => !this.element.disabled && !this.noOptions,
    pick: (item) => this.pick(item),
    spaceOpens: true,
    // Typing replaces the shown choice with a search (Streamlit's select shows it behind the cursor).
    selectOnOpen: true,
  });

  protected static override testId = "stSelectbox";
  protected static override css = `
st-selectbox .st-field { cursor: pointer; }
st-selectbox input { cursor: inherit; text-overflow: ellipsis; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Python's None arrives as undefined (Pyodide's toJs); these widgets speak null.
    if (this.value === undefined) this.value = null;
    if (changed.has("element" as keyof StSelectbox) && this.element.disabled) this.list.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
    this.list.reveal();
  }

  private get noOptions(): boolean {
    return this.element.options.length === 0 && !this.element.acceptNewOptions;
  }

  /** The options shown for the current query, plus a new option to add when allowed. */
  private items(): ListItem[] {
    const { options, acceptNewOptions } = this.element;
    const query = this.list.query ?? "";
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
    const view = this.list.view();
    const clearable = el.default == null && this.value !== null && !disabled;
    const placeholder = selectPlaceholder(el.placeholder, el.options.length > 0, el.acceptNewOptions, false);
    return html`${widgetLabel(el, id)}
      <div class="st-field-row">
        <div class="st-field" data-baseweb="select" ?data-disabled=${disabled} @click=${this.list.onFieldClick}>
          ${this.list.renderField(view, {
            id,
            label: el.label,
            value: this.list.query ?? this.value ?? "",
            placeholder: this.value === null ? placeholder : "",
            disabled,
          })}
          ${clearable ? clearButton("Clear value", this.onClear) : nothing}
          <span class="st-field-button" aria-hidden="true">${chevronDownIcon()}</span>
        </div>
        ${this.list.renderList(view, { label: el.label, testId: "stSelectboxVirtualDropdown", emptyText: "No results" })}
      </div>`;
  }

  private pick(item: ListItem): void {
    this.list.close();
    if (item.value !== this.value) this.commit(item.value);
  }

  private onClear = () => {
    this.list.close();
    if (this.value !== null) this.commit(null);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-selectbox": StSelectbox;
  }
}
