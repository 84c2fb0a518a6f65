import { html, nothing, type PropertyValues } from "lit";
import { customElement, property } from "lit/decorators.js";
import type { TimeInputPayload } from "../../../packages/protocol/index.js";
import { Combobox, type ListItem } from "../../lib/combobox.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, clearButton, domId, useTextFieldStyles } from "../../lib/text-field.js";
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

  private list = new Combobox(this, {
    listId: () => domId(this.element.id, "times"),
    items: () => this.items(),
    canOpen: () => !this.element.disabled,
    pick: (item) => this.pick(item.value),
    // Leaving the field or Enter commits a valid typed time, as in Streamlit.
    typed: (query) => {
      const time = parseTime(query);
      return time ? { label: time, value: time } : null;
    },
  });

  protected static override testId = "stTimeInput";
  protected static override css = `
st-time-input input { font-variant-numeric: tabular-nums; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Python's None arrives as undefined (Pyodide's toJs); these widgets speak null.
    if (this.value === undefined) this.value = null;
    if (changed.has("element" as keyof StTimeInput) && this.element.disabled) this.list.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
    this.list.reveal();
  }

  private items(): ListItem[] {
    const all = timeOptions(this.element.step);
    const query = (this.list.query ?? "").trim();
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
    const view = this.list.view();
    const clearable = el.default == null && this.value !== null && !el.disabled;
    return html`${widgetLabel(el, id)}
      <div class="st-field-row">
        <div class="st-field" data-baseweb="input" ?data-disabled=${el.disabled}>
          ${this.list.renderField(view, {
            id,
            label: el.label,
            value: this.list.query ?? this.value ?? "",
            placeholder: "HH:MM",
            disabled: el.disabled,
            inputMode: "numeric",
            onClick: this.list.toggle,
          })}
          ${clearable ? clearButton("Clear value", this.onClear) : nothing}
        </div>
        ${this.list.renderList(view, { label: el.label, emptyText: "No times" })}
      </div>`;
  }

  private pick(time: string): void {
    this.list.close();
    if (time !== this.value) this.commit(time);
  }

  private onClear = () => {
    this.list.close();
    if (this.value !== null) this.commit(null);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-time-input": StTimeInput;
  }
}
