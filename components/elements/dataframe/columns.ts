/**
 * Column specs: what the grid draws for each column, from the Arrow columns, the
 * payload's `column_config`, `column_order`, `hide_index` and `disabled`.
 */
import type { ColumnConfigWire, DataFramePayload } from "../../../packages/protocol/index.js";
import { countDecimals, formatNumber, formatTemporal, humanize, type TemporalKind } from "./format.js";
import { isIntegerKind, isNumericKind, type CellValue, type ModelColumn, type TableModel } from "./model.js";

/** The column types of st.column_config (and those inferred from the data). */
export type ColumnType =
  | "text"
  | "number"
  | "checkbox"
  | "selectbox"
  | "link"
  | "list"
  | "multiselect"
  | "datetime"
  | "date"
  | "time"
  | "progress"
  | "line_chart"
  | "bar_chart"
  | "area_chart"
  | "image"
  | "json"
  | "object";

export interface ColumnSpec {
  /** Stable key: `_index` / `_index_1` for index levels, else the column name. */
  key: string;
  name: string;
  label: string;
  role: "index" | "data";
  model: ModelColumn;
  type: ColumnType;
  width: number;
  /** Width given by the app (small/medium/large/px): not auto-sized. */
  fixedWidth: boolean;
  align: "left" | "center" | "right";
  help: string | null;
  pinned: boolean;
  editable: boolean;
  required: boolean;
  default: unknown;
  options: Record<string, unknown>;
}

export const WIDTHS = { small: 75, medium: 200, large: 400 } as const;
const MIN_WIDTH = 50;
const MAX_AUTO_WIDTH = 400;

/** The type a column has when the app does not configure one. */
export function inferType(col: ModelColumn): ColumnType {
  const kind = col.kind;
  if (isNumericKind(kind) || kind === "duration") return "number";
  if (kind === "bool") return "checkbox";
  if (kind === "timestamp") return "datetime";
  if (kind === "date32") return "date";
  if (kind === "time") return "time";
  if (kind === "categorical") return "selectbox";
  if (kind === "list") return "list";
  if (kind === "utf8") return "text";
  return "object";
}

function defaultAlign(type: ColumnType): "left" | "right" | "center" {
  return type === "number" || type === "progress" ? "right" : type === "checkbox" ? "center" : "left";
}

/** Read-only column types (Streamlit cannot edit these). */
const READ_ONLY: ColumnType[] = ["list", "progress", "line_chart", "bar_chart", "area_chart", "image", "json", "object"];

export interface SpecOptions {
  payload: Pick<DataFramePayload, "columnConfig" | "columnOrder" | "hideIndex" | "editable" | "disabledColumns">;
}

/** Column specs in display order (hidden columns left out); index columns come first. */
export function buildSpecs(model: TableModel, { payload }: SpecOptions): ColumnSpec[] {
  const config = payload.columnConfig ?? {};
  const indexCols = model.columns.filter((c) => c.role === "index");
  const dataCols = model.columns.filter((c) => c.role === "data");
  const specs: ColumnSpec[] = [];
  const disabled = payload.disabledColumns;
  const make = (col: ModelColumn, key: string, conf: ColumnConfigWire | undefined): ColumnSpec => {
    const type = (conf?.type as ColumnType | undefined) ?? inferType(col);
    const configured = conf?.width;
    const width = typeof configured === "number" ? configured : configured ? WIDTHS[configured] : 0;
    const isIndex = col.role === "index";
    const columnDisabled = disabled === true || (Array.isArray(disabled) && disabled.includes(col.name)) || conf?.disabled === true;
    return {
      key,
      name: col.name,
      label: conf?.label ?? (isIndex ? col.name : col.name),
      role: col.role,
      model: col,
      type,
      width,
      fixedWidth: width > 0,
      align: conf?.alignment ?? defaultAlign(type),
      help: conf?.help ?? null,
      pinned: conf?.pinned ?? isIndex,
      editable: payload.editable && !isIndex && !columnDisabled && !READ_ONLY.includes(type),
      required: conf?.required ?? false,
      default: conf?.default ?? null,
      options: (conf?.typeOptions as Record<string, unknown>) ?? {},
    };
  };
  if (payload.hideIndex !== true) {
    if (indexCols.length === 0 && model.rangeIndex) {
      // The range index is not sent: a synthetic column numbers the rows.
      const synthetic = rangeIndexColumn(model.indexName);
      const conf = config["_index"];
      if (!conf?.hidden) specs.push(make(synthetic, "_index", conf));
    }
    indexCols.forEach((col, i) => {
      const conf = config[i === 0 ? "_index" : `_index_${i}`] ?? config[col.name];
      if (!conf?.hidden) specs.push(make(col, i === 0 ? "_index" : `_index_${i}`, conf));
    });
  }
  const order = payload.columnOrder;
  const chosen = order ? order.map((name) => dataCols.find((c) => c.name === name)).filter((c): c is ModelColumn => !!c) : dataCols;
  for (const col of chosen) {
    const conf = config[col.name];
    if (conf?.hidden) continue;
    specs.push(make(col, col.name, conf));
  }
  return specs;
}

function rangeIndexColumn(name: string): ModelColumn {
  return {
    position: -1,
    name,
    role: "index",
    kind: "int64",
    arrowType: "Int64",
    timezone: null,
    unit: 0,
    categories: null,
    vector: null as never,
    get: (row) => row,
  };
}

// -- cell text -------------------------------------------------------------------------

function numberText(spec: ColumnSpec, value: number): string {
  const o = spec.options;
  const format = o.format as string | undefined;
  if (spec.model.kind === "duration" && !format) return value < 0 ? `-${humanize(value)}` : humanize(value);
  const step = o.step as number | undefined;
  const precision = step !== undefined ? countDecimals(step) : isIntegerKind(spec.model.kind) ? 0 : undefined;
  let v = value;
  if (precision !== undefined && format === undefined && precision > 0) v = Math.trunc(v * 10 ** precision) / 10 ** precision;
  return formatNumber(v, format, precision);
}

function temporalText(spec: ColumnSpec, value: number): string {
  const kind: TemporalKind = spec.type === "date" ? "date" : spec.type === "time" ? "time" : "datetime";
  const step = spec.options.step as number | undefined;
  const withMs = step !== undefined && step < 1;
  const tz = (spec.options.timezone as string | undefined) ?? spec.model.timezone;
  // A datetime column shown as a date/time keeps its own wall clock.
  return formatTemporal(value, kind, spec.options.format as string | undefined, kind === "datetime" ? tz : null, withMs);
}

/** Ms value of a temporal cell, whatever the underlying kind. */
function temporalMs(spec: ColumnSpec, value: CellValue): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    const parsed = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) || value.length <= 10 ? value : `${value}Z`);
    return Number.isNaN(parsed) ? null : parsed;
  }
  return null;
}

/** JSON-ish text of an object-like value. */
function plainText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (Array.isArray(value)) return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? Number(v) : v));
  return String(value);
}

/** What a cell shows as text (also copied, searched and written to CSV). */
export function cellText(spec: ColumnSpec, value: CellValue): string {
  if (value === null || value === undefined) return "";
  switch (spec.type) {
    case "number":
    case "progress": {
      const n = typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : Number(value);
      if (typeof value === "bigint" && !spec.options.format) return value.toString();
      if (Number.isNaN(n)) return typeof value === "string" ? value : "";
      return numberText(spec, n);
    }
    case "checkbox":
      return value ? "true" : "false";
    case "datetime":
    case "date":
    case "time": {
      const ms = temporalMs(spec, value);
      return ms === null ? plainText(value) : temporalText(spec, ms);
    }
    case "list":
    case "multiselect":
    case "line_chart":
    case "bar_chart":
    case "area_chart":
      return Array.isArray(value) ? value.map((v) => plainText(v)).join(", ") : plainText(value);
    case "selectbox": {
      const options = selectOptions(spec);
      const match = options.find((o) => o.value === value || String(o.value) === String(value));
      return match ? match.label : plainText(value);
    }
    case "link": {
      const text = plainText(value);
      const display = spec.options.displayText as string | undefined;
      if (!display) return text;
      if (display.includes("(")) {
        try {
          const m = text.match(new RegExp(display));
          if (m?.[1] !== undefined) return decodeURIComponent(m[1].replace(/\+/g, "%20"));
          return text;
        } catch {
          return display;
        }
      }
      return display;
    }
    default:
      if (typeof value === "number" && spec.model.kind !== "utf8") return numberText({ ...spec, type: "number" }, value);
      return plainText(value);
  }
}

export interface SelectOption {
  value: unknown;
  label: string;
}

/** Options of a selectbox column: configured, or the categories of a categorical column. */
export function selectOptions(spec: ColumnSpec): SelectOption[] {
  const configured = spec.options.options as unknown[] | undefined;
  const raw: unknown[] = configured ?? spec.model.categories ?? [];
  return raw.map((o) =>
    o !== null && typeof o === "object" && "value" in (o as Record<string, unknown>)
      ? { value: (o as { value: unknown }).value, label: String((o as { label?: unknown }).label ?? (o as { value: unknown }).value) }
      : { value: o, label: String(o) },
  );
}

/** Auto width from the header and a sample of cells (about 7.5 px per character). */
export function autoWidth(spec: ColumnSpec, sample: (string | null)[]): number {
  if (spec.fixedWidth) return spec.width;
  if (spec.type === "checkbox") return Math.max(MIN_WIDTH, Math.min(120, spec.label.length * 8 + 40));
  if (["line_chart", "bar_chart", "area_chart", "progress"].includes(spec.type)) return 200;
  if (spec.type === "image") return 100;
  let longest = spec.label.length + 3;
  for (const text of sample) if (text && text.length > longest) longest = text.length;
  return Math.max(MIN_WIDTH, Math.min(MAX_AUTO_WIDTH, Math.round(longest * 7.5 + 24)));
}
