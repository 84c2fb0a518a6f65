import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { DateInputPayload } from "../../../packages/protocol/index.js";
import { chevronLeftIcon, chevronRightIcon } from "../../lib/field-icons.js";
import { StWidget } from "../../lib/st-widget.js";
import { applyWidth, clearButton, domId, useTextFieldStyles } from "../../lib/text-field.js";
import { widgetLabel } from "../../lib/widget-label.js";
import {
  addDays,
  addMonths,
  clampIso,
  daysInMonth,
  firstDayOfWeek,
  formatDate,
  longDate,
  monthTitle,
  parseFormatted,
  parseIso,
  todayIso,
  toIso,
  weekday,
  weekdayShort,
} from "./dates.js";

/** Between the two dates of a range in the field. */
const RANGE_SEPARATOR = " – ";

/**
 * st.date_input: a field showing the date(s) in the app's `format`, with a calendar
 * drop-down. The calendar is a grid of day buttons: arrows move by day/week, PageUp and
 * PageDown by month, Enter or Space picks, Escape closes. Typing a date in the field and
 * pressing Enter also works. A range takes two picks; closing after one keeps the start.
 */
@customElement("st-date-input")
export class StDateInput extends StWidget<DateInputPayload> {
  /** The payload from Python. */
  @property({ attribute: false }) element!: DateInputPayload;

  @state() private open = false;
  /** The first day of the shown month (ISO). */
  @state() private view = "";
  /** The day that has (or gets) keyboard focus in the grid. */
  @state() private focusDate = "";
  /** Range start picked, waiting for the end. */
  @state() private pending: string | null = null;
  /** Text typed but not committed yet. */
  @state() private draft: string | null = null;
  private lastId?: string;
  private focusGridAfterRender = false;

  protected static override testId = "stDateInput";
  protected static override css = `
st-date-input .st-calendar { position: absolute; z-index: 50; top: calc(100% + 0.25rem); left: 0; padding: 0.75rem; background: var(--st-bg); border-radius: var(--st-radius); box-shadow: 0 4px 16px rgba(0, 0, 0, 0.16); user-select: none; }
st-date-input .st-calendar-header { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; margin-bottom: 0.5rem; font-weight: 600; }
st-date-input .st-calendar-header button { border: 0; background: none; color: var(--st-text); border-radius: 50%; width: 2rem; height: 2rem; display: inline-flex; align-items: center; justify-content: center; cursor: pointer; }
st-date-input .st-calendar-header button[aria-disabled="true"] { opacity: 0.3; cursor: not-allowed; }
st-date-input .st-calendar-header button:focus-visible { outline: 2px solid var(--st-primary); }
st-date-input table { border-collapse: collapse; }
st-date-input th { font-size: 0.75rem; font-weight: 400; color: var(--st-text-muted); width: 2.25rem; height: 1.75rem; text-align: center; }
st-date-input td { padding: 0; text-align: center; }
st-date-input .st-day { width: 2.25rem; height: 2.25rem; border: 0; border-radius: 50%; background: none; color: var(--st-text); font: inherit; font-size: 0.875rem; cursor: pointer; }
st-date-input .st-day:hover:not(:disabled) { background: var(--st-bg-secondary); }
st-date-input .st-day[data-outside] { color: var(--st-text-muted); }
st-date-input .st-day[data-in-range] { background: rgba(255, 75, 75, 0.15); border-radius: 0; }
st-date-input .st-day[aria-selected="true"] { background: var(--st-primary); color: #fff; }
st-date-input .st-day[data-today]:not([aria-selected="true"]) { box-shadow: inset 0 0 0 1px var(--st-border); }
st-date-input .st-day:disabled { color: var(--st-text-muted); opacity: 0.4; cursor: not-allowed; }
st-date-input .st-day:focus-visible { outline: 2px solid var(--st-primary); outline-offset: 1px; }
`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const el = this.element;
    if (changed.has("element" as keyof StDateInput) && (el.setValue || el.id !== this.lastId)) {
      this.draft = null;
      this.pending = null;
    }
    this.lastId = el.id;
    super.willUpdate(changed);
    if (changed.has("element" as keyof StDateInput) && el.disabled) this.open = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyWidth(this, this.element.width);
    if (this.focusGridAfterRender) {
      this.focusGridAfterRender = false;
      this.querySelector<HTMLButtonElement>(`.st-day[data-date="${this.focusDate}"]`)?.focus();
    }
  }

  private get dates(): string[] {
    return this.value ?? [];
  }

  /** The field's text for the committed value (or a pending range start). */
  private text(): string {
    const { format } = this.element;
    const shown = this.pending ? [this.pending] : this.dates;
    const parts = shown.map((d) => formatDate(d, format));
    if (this.element.isRange && this.pending) return `${parts[0]}${RANGE_SEPARATOR}`;
    return parts.join(RANGE_SEPARATOR);
  }

  protected override render() {
    useTextFieldStyles();
    const el = this.element;
    const id = domId(el.id, "date");
    const clearable = (el.isRange || el.default.length === 0) && this.dates.length > 0 && !el.disabled;
    const placeholder = el.isRange ? `${el.format}${RANGE_SEPARATOR}${el.format}` : el.format;
    return html`${widgetLabel(el, id)}
      <div class="st-field-row" @focusout=${this.onFocusOut}>
        <div class="st-field" data-baseweb="input" ?data-disabled=${el.disabled}>
          <input
            id=${id}
            role="combobox"
            aria-haspopup="dialog"
            aria-expanded=${this.open ? "true" : "false"}
            aria-controls=${domId(el.id, "calendar")}
            aria-label=${el.label}
            autocomplete="off"
            .value=${this.draft ?? this.text()}
            placeholder=${placeholder}
            ?disabled=${el.disabled}
            @click=${this.onFieldClick}
            @input=${(e: Event) => (this.draft = (e.target as HTMLInputElement).value)}
            @keydown=${this.onFieldKeyDown}
          />
          ${clearable ? clearButton("Clear value", this.onClear) : nothing}
        </div>
        ${this.open ? this.renderCalendar() : nothing}
      </div>`;
  }

  private renderCalendar() {
    const el = this.element;
    const { y, m } = parseIso(this.view);
    const first = firstDayOfWeek();
    const monthStart = toIso({ y, m, d: 1 });
    const lead = (weekday(monthStart) - first + 7) % 7;
    const gridStart = addDays(monthStart, -lead);
    const weeks = Math.ceil((lead + daysInMonth(y, m)) / 7);
    const selected = new Set(this.pending ? [this.pending] : this.dates);
    const [start, end] = this.dates;
    const today = todayIso();
    const canPrev = toIso({ y, m, d: 1 }) > el.min;
    const lastOfMonth = toIso({ y, m, d: daysInMonth(y, m) });
    const canNext = lastOfMonth < el.max;
    const rows = [];
    for (let w = 0; w < weeks; w++) {
      const cells = [];
      for (let i = 0; i < 7; i++) {
        const iso = addDays(gridStart, w * 7 + i);
        const disabled = iso < el.min || iso > el.max;
        const inRange = el.isRange && !this.pending && start && end && iso > start && iso < end;
        cells.push(html`<td role="gridcell">
          <button
            type="button"
            class="st-day"
            data-date=${iso}
            aria-label=${longDate(iso)}
            aria-selected=${selected.has(iso) ? "true" : "false"}
            ?data-outside=${parseIso(iso).m !== m}
            ?data-today=${iso === today}
            ?data-in-range=${inRange}
            tabindex=${iso === this.focusDate ? "0" : "-1"}
            ?disabled=${disabled}
            @click=${() => this.pickDay(iso)}
            @keydown=${this.onDayKeyDown}
          >${parseIso(iso).d}</button>
        </td>`);
      }
      rows.push(html`<tr>${cells}</tr>`);
    }
    return html`<div class="st-calendar" id=${domId(el.id, "calendar")} role="dialog" aria-label=${`Choose ${el.isRange ? "a date range" : "a date"}`} data-baseweb="calendar">
      <!-- aria-disabled, not disabled: a focused button that becomes disabled would drop focus and close the calendar. -->
      <div class="st-calendar-header">
        <button type="button" aria-label="Previous month" aria-disabled=${canPrev ? "false" : "true"} @click=${() => canPrev && this.moveView(-1)}>${chevronLeftIcon()}</button>
        <span aria-live="polite">${monthTitle(y, m)}</span>
        <button type="button" aria-label="Next month" aria-disabled=${canNext ? "false" : "true"} @click=${() => canNext && this.moveView(1)}>${chevronRightIcon()}</button>
      </div>
      <table role="grid" aria-label=${monthTitle(y, m)}>
        <thead><tr>${[0, 1, 2, 3, 4, 5, 6].map((i) => html`<th scope="col">${weekdayShort((first + i) % 7)}</th>`)}</tr></thead>
        <tbody>${rows}</tbody>
      </table>
    </div>`;
  }

  // -- opening and closing ---------------------------------------------------------

  private openCalendar(focusGrid: boolean): void {
    const el = this.element;
    if (el.disabled) return;
    const anchor = clampIso(this.pending ?? this.dates[this.dates.length - 1] ?? todayIso(), el.min, el.max);
    this.focusDate = anchor;
    const { y, m } = parseIso(anchor);
    this.view = toIso({ y, m, d: 1 });
    this.open = true;
    this.focusGridAfterRender = focusGrid;
  }

  /** Close; a range with only its start picked commits that start (Streamlit returns a 1-tuple). */
  private closeCalendar(): void {
    this.open = false;
    if (this.pending) {
      const start = this.pending;
      this.pending = null;
      this.commitDates([start]);
    }
  }

  private onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && this.contains(next)) return;
    this.applyDraft();
    if (this.open) this.closeCalendar();
  };

  // -- picking ------------------------------------------------------------------------

  private commitDates(dates: string[]): void {
    if (this.element.disabled) return;
    const same = dates.length === this.dates.length && dates.every((d, i) => d === this.dates[i]);
    if (!same) this.commit(dates);
  }

  private pickDay(iso: string): void {
    const el = this.element;
    if (el.disabled || iso < el.min || iso > el.max) return;
    this.focusDate = iso;
    if (!el.isRange) {
      this.open = false;
      this.commitDates([iso]);
      this.querySelector("input")?.focus();
      return;
    }
    if (this.pending === null) {
      this.pending = iso;
      return;
    }
    const range = [this.pending, iso].sort();
    this.pending = null;
    this.open = false;
    this.commitDates(range);
    this.querySelector("input")?.focus();
  }

  private onClear = () => {
    this.pending = null;
    this.draft = null;
    this.open = false;
    this.commitDates([]);
  };

  /** Commit dates typed in the field (Enter or leaving it); invalid text is dropped. */
  private applyDraft(): boolean {
    if (this.draft === null) return false;
    const el = this.element;
    const text = this.draft.trim();
    this.draft = null;
    if (text === "") {
      if (el.isRange || el.default.length === 0) this.commitDates([]);
      return true;
    }
    const pieces = el.isRange ? text.split(/\s*[–—]\s*|\s+-\s+/).filter(Boolean) : [text];
    if (pieces.length < 1 || pieces.length > (el.isRange ? 2 : 1)) return false;
    const dates = pieces.map((p) => parseFormatted(p, el.format));
    if (dates.some((d) => d === null || d < el.min || d > el.max)) return false;
    this.pending = null;
    this.commitDates((dates as string[]).sort());
    return true;
  }

  // -- keyboard -------------------------------------------------------------------------

  private onFieldClick = () => {
    if (this.open) this.closeCalendar();
    else this.openCalendar(false);
  };

  private onFieldKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    switch (event.key) {
      case "Enter":
        // Enter applies typed dates; in Streamlit it never submits the widget's form.
        event.preventDefault();
        event.stopPropagation();
        if (this.applyDraft()) this.open = false;
        return;
      case "ArrowDown":
        event.preventDefault();
        if (!this.open) this.openCalendar(true);
        else {
          this.focusGridAfterRender = true;
          this.requestUpdate();
        }
        return;
      case "Escape":
        if (this.open) {
          event.preventDefault();
          this.closeCalendar();
        }
        return;
    }
  };

  private moveView(months: number): void {
    this.view = addMonths(this.view, months);
    const { y, m } = parseIso(this.view);
    const day = Math.min(parseIso(this.focusDate).d, daysInMonth(y, m));
    this.focusDate = clampIso(toIso({ y, m, d: day }), this.element.min, this.element.max);
  }

  private onDayKeyDown = (event: KeyboardEvent) => {
    const el = this.element;
    let next: string | null = null;
    const from = this.focusDate;
    switch (event.key) {
      case "ArrowLeft":
        next = addDays(from, -1);
        break;
      case "ArrowRight":
        next = addDays(from, 1);
        break;
      case "ArrowUp":
        next = addDays(from, -7);
        break;
      case "ArrowDown":
        next = addDays(from, 7);
        break;
      case "PageUp":
        next = addMonths(from, event.shiftKey ? -12 : -1);
        break;
      case "PageDown":
        next = addMonths(from, event.shiftKey ? 12 : 1);
        break;
      case "Home":
        next = addDays(from, -((weekday(from) - firstDayOfWeek() + 7) % 7));
        break;
      case "End":
        next = addDays(from, 6 - ((weekday(from) - firstDayOfWeek() + 7) % 7));
        break;
      case "Enter":
      case " ":
        event.preventDefault();
        this.pickDay(from);
        return;
      case "Escape":
        event.preventDefault();
        this.closeCalendar();
        this.querySelector("input")?.focus();
        return;
      default:
        return;
    }
    event.preventDefault();
    next = clampIso(next, el.min, el.max);
    this.focusDate = next;
    const { y, m } = parseIso(next);
    this.view = toIso({ y, m, d: 1 });
    this.focusGridAfterRender = true;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "st-date-input": StDateInput;
  }
}
