/**
 * st.data_editor's edits, kept as Streamlit keeps them: `edited_rows` by original row
 * position, `added_rows` after the data, `deleted_rows` by original position. Values
 * are in the wire form Python parses (numbers, strings, booleans, ISO dates).
 */
import { html, nothing, type TemplateResult } from "lit";
import type { DataEditorEdits } from "../../../packages/protocol/index.js";
import { selectOptions, type ColumnSpec } from "./columns.js";
import { isoDate, isoDateTime, isoTime } from "./format.js";
import type { CellValue } from "./model.js";

export function emptyEdits(): DataEditorEdits {
  return { edited_rows: {}, added_rows: [], deleted_rows: [] };
}

export function cloneEdits(edits: DataEditorEdits | undefined | null): DataEditorEdits {
  if (!edits) return emptyEdits();
  return {
    edited_rows: Object.fromEntries(Object.entries(edits.edited_rows ?? {}).map(([k, v]) => [k, { ...v }])),
    added_rows: (edits.added_rows ?? []).map((r) => ({ ...r })),
    deleted_rows: [...(edits.deleted_rows ?? [])],
  };
}

/** Row positions: 0..numRows-1 are original rows, numRows+i is added row i. */
export class EditState {
  edits: DataEditorEdits;

  constructor(
    private readonly numRows: number,
    edits?: DataEditorEdits | null,
  ) {
    this.edits = cloneEdits(edits);
  }

  get addedCount(): number {
    return this.edits.added_rows.length;
  }

  isAdded(row: number): boolean {
    return row >= this.numRows;
  }

  isDeleted(row: number): boolean {
    return row < this.numRows && this.edits.deleted_rows.includes(row);
  }

  /** Is a cell's value from an edit (for the display)? */
  has(row: number, name: string): boolean {
    if (this.isAdded(row)) return name in (this.edits.added_rows[row - this.numRows] ?? {});
    return name in (this.edits.edited_rows[String(row)] ?? {});
  }

  /** The wire value of an edited cell (only when `has`). */
  get(row: number, name: string): unknown {
    if (this.isAdded(row)) return this.edits.added_rows[row - this.numRows]?.[name];
    return this.edits.edited_rows[String(row)]?.[name];
  }

  set(row: number, name: string, value: unknown): void {
    if (this.isAdded(row)) {
      const added = this.edits.added_rows[row - this.numRows];
      if (added) added[name] = value;
      return;
    }
    const key = String(row);
    const cells = (this.edits.edited_rows[key] ??= {});
    cells[name] = value;
  }

  addRow(defaults: Record<string, unknown>): number {
    this.edits.added_rows.push({ ...defaults });
    return this.numRows + this.edits.added_rows.length - 1;
  }

  /** Delete rows (original positions or added rows). */
  deleteRows(rows: number[]): void {
    const added = rows.filter((r) => this.isAdded(r)).map((r) => r - this.numRows);
    const original = rows.filter((r) => !this.isAdded(r));
    if (added.length) this.edits.added_rows = this.edits.added_rows.filter((_, i) => !added.includes(i));
    for (const r of original) {
      if (!this.edits.deleted_rows.includes(r)) this.edits.deleted_rows.push(r);
      delete this.edits.edited_rows[String(r)];
    }
    this.edits.deleted_rows.sort((a, b) => a - b);
  }
}

// -- values between the grid and the wire ------------------------------------------------

/** A wire value (from an edit) as the grid's cell value. */
export function wireToCell(spec: ColumnSpec, value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (spec.type) {
    case "datetime":
    case "date": {
      if (typeof value !== "string") return value as CellValue;
      const text = spec.type === "date" ? `${value.slice(0, 10)}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
      const ms = Date.parse(text);
      return Number.isNaN(ms) ? value : ms;
    }
    case "time": {
      if (typeof value !== "string") return value as CellValue;
      const m = /^(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?$/.exec(value);
      if (!m) return value;
      return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000 + Number((m[4] ?? "0").padEnd(3, "0").slice(0, 3));
    }
    default:
      return value as CellValue;
  }
}

/** A grid cell value as the wire value Python parses. */
export function cellToWire(spec: ColumnSpec, value: CellValue): unknown {
  if (value === null || value === undefined) return null;
  switch (spec.type) {
    case "datetime":
      return typeof value === "number" ? isoDateTime(value, spec.model.timezone) : value;
    case "date":
      return typeof value === "number" ? isoDate(value) : value;
    case "time":
      return typeof value === "number" ? isoTime(value) : value;
    default:
      return typeof value === "bigint" ? Number(value) : value;
  }
}

/** Parse what the user typed/picked in an editor into a wire value; undefined = invalid. */
export function parseInput(spec: ColumnSpec, raw: string | boolean | null): unknown {
  if (raw === null) return null;
  if (typeof raw === "boolean") return raw;
  const text = raw.trim();
  if (text === "") return spec.required ? undefined : null;
  switch (spec.type) {
    case "number": {
      const n = Number(text);
      if (Number.isNaN(n)) return undefined;
      const o = spec.options;
      if (typeof o.minValue === "number" && n < o.minValue) return undefined;
      if (typeof o.maxValue === "number" && n > o.maxValue) return o.maxValue;
      if (/^u?int/.test(spec.model.kind)) return Math.trunc(n);
      return n;
    }
    case "checkbox":
      return ["true", "1", "yes", "on"].includes(text.toLowerCase());
    case "selectbox": {
      const match = selectOptions(spec).find((o) => String(o.value) === text);
      return match ? match.value : undefined;
    }
    case "datetime":
      // <input type=datetime-local> gives "YYYY-MM-DDTHH:MM[:SS]".
      return text.length === 16 ? `${text}:00` : text;
    case "text":
    case "link": {
      const max = spec.options.maxChars as number | undefined;
      const value = max ? text.slice(0, max) : raw;
      const pattern = spec.options.validate as string | undefined;
      if (pattern) {
        try {
          if (!new RegExp(pattern).test(value)) return undefined;
        } catch {
          /* an invalid pattern validates nothing, like Streamlit */
        }
      }
      return value;
    }
    default:
      return raw;
  }
}

// -- editors --------------------------------------------------------------------------------

/** The editor for one cell: an input suited to the column type. */
export function renderEditor(spec: ColumnSpec, value: CellValue, commit: (raw: string | boolean | null) => void, cancel: () => void): TemplateResult | typeof nothing {
  const onKey = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === "Escape") {
      e.preventDefault();
      cancel();
    } else if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      commit((e.target as HTMLInputElement).value);
    }
  };
  const onBlur = (e: FocusEvent) => commit((e.target as HTMLInputElement).value);
  const o = spec.options;
  const label = `Edit ${spec.label}`;
  switch (spec.type) {
    case "number":
      return html`<input class="st-grid-editor" data-testid="stDataFrameCellEditor" type="number" aria-label=${label}
        .value=${value === null ? "" : String(value)} step=${(o.step as number | undefined) ?? (/^u?int/.test(spec.model.kind) ? 1 : "any")}
        min=${(o.minValue as number | undefined) ?? nothing} max=${(o.maxValue as number | undefined) ?? nothing}
        @keydown=${onKey} @blur=${onBlur} />`;
    case "selectbox": {
      const options = selectOptions(spec);
      const current = value === null ? "" : String(value);
      const onChange = (e: Event) => commit((e.target as HTMLSelectElement).value);
      return html`<select class="st-grid-editor" data-testid="stDataFrameCellEditor" aria-label=${label} @change=${onChange} @keydown=${onKey} @blur=${onBlur}>
        ${spec.required ? nothing : html`<option value="" ?selected=${current === ""}></option>`}
        ${options.map((opt) => html`<option value=${String(opt.value)} ?selected=${String(opt.value) === current}>${opt.label}</option>`)}
      </select>`;
    }
    case "date":
      return html`<input class="st-grid-editor" data-testid="stDataFrameCellEditor" type="date" aria-label=${label}
        .value=${typeof value === "number" ? isoDate(value) : ""} min=${(o.minValue as string | undefined) ?? nothing} max=${(o.maxValue as string | undefined) ?? nothing}
        @keydown=${onKey} @blur=${onBlur} />`;
    case "datetime":
      return html`<input class="st-grid-editor" data-testid="stDataFrameCellEditor" type="datetime-local" step="1" aria-label=${label}
        .value=${typeof value === "number" ? isoDateTime(value, spec.model.timezone).slice(0, 19) : ""}
        @keydown=${onKey} @blur=${onBlur} />`;
    case "time":
      return html`<input class="st-grid-editor" data-testid="stDataFrameCellEditor" type="time" step="1" aria-label=${label}
        .value=${typeof value === "number" ? isoTime(value).slice(0, 8) : ""} @keydown=${onKey} @blur=${onBlur} />`;
    default:
      return html`<input class="st-grid-editor" data-testid="stDataFrameCellEditor" type=${spec.type === "link" ? "url" : "text"} aria-label=${label}
        .value=${value === null ? "" : String(value)} maxlength=${(o.maxChars as number | undefined) ?? nothing}
        @keydown=${onKey} @blur=${onBlur} />`;
  }
}
