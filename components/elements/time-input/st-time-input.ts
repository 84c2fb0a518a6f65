import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { TimeInputPayload } from "../../../packages/protocol/index.js";
import { itemId, listbox, onOpenListKey, revealActive, type ListItem } from "../../lib/combobox.js";
import { closeIcon } from "../../lib/field-icons.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, domId, useTextFieldStyles } from "../../lib/text-field.js";
import { widgetLabel } from "../../lib/widget-label.js";

/** "HH:MM" for every `step` seconds of a day. */
export function timeOptions(step: number): string[] {
  const out: string[] = [];
  const stepMinutes = Math.max(1, Math.round(step / 60));
  for (let m = 0; m < 24 * 60; m += stepMinutes) {
    out.push(`${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`);
  }
  return out;
}

/** A typed time ("9:05", "09:05", "0905") as "HH:MM", or null. */
export function parseTime(text: string): string | null {
  const m = /^\s*(\d{1,2}):?(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

/**
 * st.time_input: a field with a drop-down of times every `step`. Typing filters the list
 * (and any valid time can be entered, as in Streamlit); the arrows move the highlight and
 * Enter or a click commits.
 */
@customElement("st-time-input")
export class StTimeInput extends StWidget<TimeInputPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: TimeInputPayload;

  @state() private open = false;
  @state() private active = -1;
  @state() private query: string | null = null;

  protected static override testId = "stTimeInput";
  protected static override css = `
st-time-input input { font-variant-numeric: tabular-nums; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Python's None arrives as undefined (Pyodide's toJs); these widgets speak null.
    if (this.value === undefined) this.value = null;
    if (changed.has("element" as keyof StTimeInput) && this.element.disabled) this.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
    if (this.open) revealActive(this, this.listId, this.active);
  }

  private get listId(): string {
    return domId(this.element.id, "times");
  }

  private items(): ListItem[] {
    const all = timeOptions(this.element.step);
    const query = (this.query ?? "").trim();
    const typed = parseTime(query);
    const digits = query.replace(/\D/g, "");
    const shown = query ? all.filter((t) => t.replace(":", "").startsWith(digits) || t.startsWith(query)) : all;
    const items = shown.map((t) => ({ label: t, value: t, selected: t === this.value }));
    if (typed && !shown.includes(typed)) items.unshift({ label: typed, value: typed, selected: typed === this.value });
    return items;
  }

  protected override render() {
    useTextFieldStyles();
    const el = this.element;
    const id = domId(el.id, "time");
    const items = this.open ? this.items() : [];
    const active = this.open && this.active >= 0 && this.active < items.length ? this.active : -1;
    const clearable = el.default == null && this.value !== null && !el.disabled;
    return html`${widgetLabel(el, id)}
      <div class="st-field-row">
        <div class="st-field" data-baseweb="input" ?data-disabled=${el.disabled}>
          <input
            id=${id}
            role="combobox"
            aria-label=${el.label}
            aria-expanded=${this.open ? "true" : "false"}
            aria-controls=${this.listId}
            aria-autocomplete="list"
            aria-activedescendant=${active >= 0 ? itemId(this.listId, active) : nothing}
            autocomplete="off"
            inputmode="numeric"
            .value=${this.query ?? this.value ?? ""}
            placeholder="HH:MM"
            ?disabled=${el.disabled}
            @click=${this.onClick}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
            @blur=${this.onBlur}
          />
          ${clearable
            ? html`<button type="button" class="st-field-button" aria-label="Clear value" tabindex="-1"
                @mousedown=${(e: Event) => e.preventDefault()} @click=${this.onClear}>${closeIcon()}</button>`
            : nothing}
        </div>
        ${this.open
          ? listbox({ id: this.listId, items, active, label: el.label, emptyText: "No times", onPick: (i) => this.pick(items[i]!.value) })
          : nothing}
      </div>`;
  }

  private openList(): void {
    if (this.element.disabled || this.open) return;
    this.open = true;
    const items = this.items();
    const selected = items.findIndex((item) => item.selected);
    this.active = selected >= 0 ? selected : 0;
  }

  private close(): void {
    this.open = false;
    this.query = null;
    this.active = -1;
  }

  private pick(time: string): void {
    this.close();
    if (time !== this.value) this.commit(time);
  }

  private onClick = () => {
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
      if (key === "ArrowDown" || key === "ArrowUp") {
        event.preventDefault();
        this.openList();
      } else if (key === "Enter" && this.query !== null) {
        const typed = parseTime(this.query);
        if (typed) this.pick(typed);
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
        const typed = this.query !== null ? parseTime(this.query) : null;
        if (item) this.pick(item.value);
        else if (typed) this.pick(typed);
      },
      close: () => this.close(),
      leave: () => this.onBlur(),
    });
  };

  /** Leaving the field commits a valid typed time, else restores the value. */
  private onBlur = () => {
    const typed = this.query !== null ? parseTime(this.query) : null;
    if (typed) this.pick(typed);
    else this.close();
  };

  private onClear = () => {
    this.close();
    if (this.value !== null) this.commit(null);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-time-input": StTimeInput;
  }
}
