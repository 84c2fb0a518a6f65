import { html, nothing, type PropertyValues } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { MultiSelectPayload } from "../../../packages/protocol/index.js";
import { Combobox, filterLabels, type ListItem } from "../../lib/combobox.js";
import { chevronDownIcon, closeIcon } from "../../lib/field-icons.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, clearButton, domId, useTextFieldStyles } from "../../lib/text-field.js";
import { widgetLabel } from "../../lib/widget-label.js";
import { selectPlaceholder } from "../selectbox/st-selectbox.js";

/**
 * st.multiselect: chosen options as removable tags before a search field. Each pick or
 * removal commits the new list. Backspace in an empty field removes the last tag;
 * `max_selections` stops picks with Streamlit's notice.
 */
@customElement("st-multiselect")
export class StMultiselect extends StWidget<MultiSelectPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: MultiSelectPayload;

  private list = new Combobox(this, {
    listId: () => domId(this.element.id, "list"),
    items: () => this.items(),
    canOpen: () => !this.element.disabled && !this.noOptions,
    pick: (item) => this.pick(item),
    ownKey: (event) => this.onOwnKey(event),
  });

  protected static override testId = "stMultiSelect";
  protected static override css = `
st-multiselect .st-field { cursor: text; flex-wrap: nowrap; }
st-multiselect .st-tags { display: flex; flex: 1; flex-wrap: wrap; align-items: center; gap: 0.25rem; min-width: 0; padding: 0.25rem 0 0.25rem 0.5rem; }
st-multiselect .st-tags input { flex: 1 0 4rem; width: auto; padding: 0.25rem; }
st-multiselect .st-tag { display: inline-flex; align-items: center; max-width: 100%; gap: 0.1rem; padding: 0 0.1rem 0 0.5rem; border-radius: 0.25rem; background: var(--st-primary); color: #fff; font-size: 0.875rem; line-height: 1.6; }
st-multiselect .st-tag span { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
st-multiselect .st-tag button { display: inline-flex; border: 0; background: none; color: inherit; padding: 0; cursor: pointer; border-radius: 0.2rem; }
st-multiselect .st-tag button:focus-visible { outline: 2px solid #fff; }
st-multiselect .st-tag .st-field-svg { width: 14px; height: 14px; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("element" as keyof StMultiselect) && this.element.disabled) this.list.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
    this.list.reveal();
  }

  private get selected(): string[] {
    return this.value ?? [];
  }

  private get atMax(): boolean {
    const { maxSelections } = this.element;
    return maxSelections != null && this.selected.length >= maxSelections;
  }

  private get noOptions(): boolean {
    return this.element.options.length === 0 && !this.element.acceptNewOptions;
  }

  private items(): ListItem[] {
    if (this.atMax) return [];
    const { options, acceptNewOptions } = this.element;
    const query = this.list.query ?? "";
    const chosen = new Set(this.selected);
    const items: ListItem[] = filterLabels(options, query)
      .filter((i) => !chosen.has(options[i]!))
      .map((i) => ({ label: options[i]!, value: options[i]! }));
    const typed = query.trim();
    const lower = typed.toLowerCase();
    if (
      acceptNewOptions &&
      typed &&
      !options.some((o) => o.toLowerCase() === lower) &&
      !this.selected.some((o) => o.toLowerCase() === lower)
    ) {
      items.push({ label: `Add: ${typed}`, value: typed, isNew: true });
    }
    return items;
  }

  protected override render() {
    useTextFieldStyles();
    const el = this.element;
    const id = domId(el.id, "multiselect");
    const disabled = el.disabled || this.noOptions;
    const view = this.list.view();
    const max = el.maxSelections;
    const note = this.atMax && max != null ? `You can only select up to ${max} ${max === 1 ? "option" : "options"}. Remove an option first.` : undefined;
    const placeholder = this.selected.length ? "" : selectPlaceholder(el.placeholder, el.options.length > 0, el.acceptNewOptions, true);
    return html`${widgetLabel(el, id)}
      <div class="st-field-row">
        <div class="st-field" data-baseweb="select" ?data-disabled=${disabled} @click=${this.list.onFieldClick}>
          <div class="st-tags">
            ${this.selected.map(
              (label, i) => html`<span class="st-tag" data-baseweb="tag">
                <span data-testid="stMultiSelectTag" title=${label}>${label}</span>
                <button type="button" tabindex="-1" aria-label=${`Remove ${label}`} ?disabled=${el.disabled}
                  @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.removeAt(i)}>${closeIcon()}</button>
              </span>`,
            )}
            ${this.list.renderField(view, { id, label: el.label, value: this.list.query ?? "", placeholder, disabled })}
          </div>
          ${this.selected.length && !el.disabled ? clearButton("Clear all", this.clearAll) : nothing}
          <span class="st-field-button" aria-hidden="true">${chevronDownIcon()}</span>
        </div>
        ${this.list.renderList(view, { label: el.label, testId: "stSelectboxVirtualDropdown", note, emptyText: "No results" })}
      </div>`;
  }

  /** A pick keeps the list open for the next one. */
  private pick(item: ListItem): void {
    if (this.atMax) return;
    this.commit([...this.selected, item.value]);
    this.list.clearSearch();
  }

  private removeAt(index: number): void {
    if (this.element.disabled) return;
    const next = this.selected.filter((_, i) => i !== index);
    this.commit(next);
  }

  private clearAll = () => {
    if (this.element.disabled) return;
    this.list.close();
    if (this.selected.length) this.commit([]);
  };

  /** Backspace in an empty field removes the last tag. */
  private onOwnKey(event: KeyboardEvent): boolean {
    if (event.key !== "Backspace" || this.list.query || !this.selected.length) return false;
    event.preventDefault();
    this.removeAt(this.selected.length - 1);
    return true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "st-multiselect": StMultiselect;
  }
}
