/**
 * A decoded table: Arrow IPC bytes from the worker (worker/arrow.ts) read with
 * apache-arrow into columns whose cells are plain JS values. Only the rows a view asks
 * for are read, so a 1,000,000-row table costs nothing until it is drawn.
 */
import { tableFromIPC, type Table, type Vector } from "apache-arrow";

export type ColumnRole = "index" | "data";

/** A cell value in JS form: numbers (timestamps/dates as epoch ms), strings, booleans, arrays, null. */
export type CellValue = number | string | boolean | bigint | CellValue[] | Uint8Array | null;

export interface ModelColumn {
  /** Position among all columns (index columns first). */
  position: number;
  name: string;
  role: ColumnRole;
  /** Our kind (dataframe_util): int64, float64, bool, utf8, timestamp, date32, time, duration, categorical, list, object, ... */
  kind: string;
  /** Arrow type name (`Int64`, `Timestamp<MICROSECOND>`...). */
  arrowType: string;
  /** Time zone of a timestamp column. */
  timezone: string | null;
  /** Timestamp/duration unit: 0 s, 1 ms, 2 us, 3 ns. */
  unit: number;
  /** Category labels of a categorical column. */
  categories: string[] | null;
  vector: Vector;
  /** The value of a row (original position). */
  get(row: number): CellValue;
}

export interface TableModel {
  numRows: number;
  /** The index is 0..n-1 (not sent: rows are numbered by the page). */
  rangeIndex: boolean;
  indexName: string;
  columns: ModelColumn[];
}

const UNIT_MS = [1000, 1, 1 / 1000, 1 / 1_000_000];

function toNumber(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number(v);
  return v as number;
}

function makeGetter(vector: Vector, kind: string, typeId: string, unit: number): (row: number) => CellValue {
  if (kind === "list") {
    return (row) => {
      const v = vector.get(row) as Vector | null;
      if (v === null || v === undefined) return null;
      return Array.from(v.toArray() as ArrayLike<unknown>, (x) => (typeof x === "bigint" ? Number(x) : (x as CellValue)));
    };
  }
  if (kind === "duration") {
    // Seconds, like Streamlit (durations are formatted from seconds).
    const perSecond = [1, 1000, 1_000_000, 1_000_000_000][unit] ?? 1;
    return (row) => {
      const v = toNumber(vector.get(row));
      return v === null ? null : v / perSecond;
    };
  }
  if (kind === "time") {
    // Microseconds since midnight -> milliseconds.
    return (row) => {
      const v = toNumber(vector.get(row));
      return v === null ? null : v / 1000;
    };
  }
  if (typeId.startsWith("Int64") || typeId.startsWith("Uint64")) {
    return (row) => {
      const v = vector.get(row) as bigint | null;
      if (v === null || v === undefined) return null;
      const n = Number(v);
      return Number.isSafeInteger(n) ? n : v;
    };
  }
  if (kind === "binary") {
    return (row) => (vector.get(row) as Uint8Array | null) ?? null;
  }
  return (row) => {
    const v = vector.get(row);
    if (v === undefined) return null;
    if (typeof v === "bigint") return Number(v);
    return v as CellValue;
  };
}

/** Read Arrow IPC bytes into a model. */
export function decodeTable(bytes: Uint8Array): TableModel {
  const table: Table = tableFromIPC(bytes);
  const meta = table.schema.metadata;
  const numRows = Number(meta.get("brooklet:numRows") ?? table.numRows);
  const columns: ModelColumn[] = table.schema.fields.map((field, position) => {
    const vector = table.getChildAt(position)!;
    const kind = field.metadata.get("brooklet:kind") ?? guessKind(String(field.type));
    const role = (field.metadata.get("brooklet:role") as ColumnRole) ?? "data";
    const type = field.type as { unit?: number; timezone?: string | null; toString(): string };
    const arrowType = String(field.type);
    const unit = typeof type.unit === "number" ? type.unit : 2;
    let categories: string[] | null = null;
    if (kind === "categorical") {
      const dict = (vector.data[0] as { dictionary?: Vector } | undefined)?.dictionary;
      categories = dict ? (Array.from(dict.toArray() as ArrayLike<string>) as string[]) : [];
    }
    return {
      position,
      // apache-arrow reads an empty name back as "null": the worker keeps the real one in the metadata.
      name: field.metadata.get("brooklet:name") ?? field.name ?? "",
      role,
      kind,
      arrowType,
      timezone: type.timezone ?? null,
      unit,
      categories,
      vector,
      get: makeGetter(vector, kind, arrowType, unit),
    };
  });
  return {
    numRows,
    rangeIndex: meta.get("brooklet:rangeIndex") === "true",
    indexName: meta.get("brooklet:indexName") ?? "",
    columns,
  };
}

/** A kind from an Arrow type name (tables not written by our worker). */
function guessKind(type: string): string {
  if (/^Int|^Uint/.test(type)) return type.toLowerCase();
  if (/^Float64/.test(type)) return "float64";
  if (/^Float/.test(type)) return "float32";
  if (type === "Bool") return "bool";
  if (/^Utf8|^LargeUtf8/.test(type)) return "utf8";
  if (/^Timestamp/.test(type)) return "timestamp";
  if (/^Date/.test(type)) return "date32";
  if (/^Time/.test(type)) return "time";
  if (/^Duration/.test(type)) return "duration";
  if (/^Dictionary/.test(type)) return "categorical";
  if (/^List/.test(type)) return "list";
  if (/^Binary/.test(type)) return "binary";
  return "object";
}

export function isNumericKind(kind: string): boolean {
  return /^(u?int\d+|float\d+|decimal)$/.test(kind);
}

export function isIntegerKind(kind: string): boolean {
  return /^u?int\d+$/.test(kind);
}

/** Milliseconds per unit of a timestamp column (for raw tick arrays). */
export function unitToMs(unit: number): number {
  return UNIT_MS[unit] ?? 1;
}

/**
 * All values of a column as a typed array of numbers when it is numeric-like (for fast
 * sorting): numbers, timestamps/dates (ms) and bools; otherwise null.
 */
export function numericValues(col: ModelColumn, numRows: number): Float64Array | null {
  const kind = col.kind;
  if (!(isNumericKind(kind) || kind === "bool" || kind === "timestamp" || kind === "date32" || kind === "time" || kind === "duration")) {
    return null;
  }
  const out = new Float64Array(numRows);
  const vector = col.vector;
  const nullCount = vector.nullCount;
  // Fast path: a single-chunk numeric vector exposes its typed array.
  if (nullCount === 0 && vector.data.length === 1 && isNumericKind(kind)) {
    const values = vector.data[0].values as ArrayLike<number | bigint>;
    if (values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array || values instanceof Int16Array || values instanceof Int8Array || values instanceof Uint8Array || values instanceof Uint16Array || values instanceof Uint32Array) {
      out.set(values.subarray(0, numRows) as ArrayLike<number>);
      return out;
    }
    if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
      for (let i = 0; i < numRows; i++) out[i] = Number(values[i]);
      return out;
    }
  }
  for (let i = 0; i < numRows; i++) {
    const v = col.get(i);
    out[i] = v === null ? NaN : typeof v === "boolean" ? (v ? 1 : 0) : Number(v);
  }
  return out;
}
