/**
 * Arrow encoding in the worker: Python's plain column data (streamlit/dataframe_util.py
 * `table_to_wire`) becomes an Arrow table, serialised as Arrow IPC stream bytes that are
 * posted to the page as a transferable.
 *
 * Numeric columns arrive as typed arrays (Pyodide converts Python buffers to typed
 * arrays) and become Arrow vectors without touching each value; only strings, lists,
 * booleans (bit packing) and null masks need a pass over the rows.
 *
 * Any top-level field of an element payload shaped `{__arrow__: WireTable}` is replaced
 * by the IPC bytes (`Uint8Array`). Field metadata keeps what Arrow cannot say:
 * `brooklet:role` (`index` for index columns) and `brooklet:kind` (our column kind).
 */
import {
  Binary,
  Bool,
  type Data,
  type DataType,
  DateDay,
  Dictionary,
  Duration,
  Field,
  Float16,
  Float32,
  Float64,
  Int8,
  Int16,
  Int32,
  Int64,
  List,
  Null,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Time,
  TimeUnit,
  Timestamp,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
} from "apache-arrow";

type TypedArray =
  | Int8Array
  | Int16Array
  | Int32Array
  | BigInt64Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | BigUint64Array
  | Float32Array
  | Float64Array;

/** One column as Python sends it (see `column_to_wire` in dataframe_util.py). */
export interface WireColumn {
  name: string;
  /** Numeric kinds, bool, utf8, binary, date32, time, timestamp, duration, categorical, list, object, null. */
  kind: string;
  /** A typed array (numeric, bool, temporal ticks, category codes), a list, or null. */
  data: TypedArray | unknown[] | null | undefined;
  /** One byte per row, non-zero = missing. */
  mask?: Uint8Array;
  /** A range index: [start, stop, step]. */
  range?: [number, number, number];
  /** Timestamp/duration unit. */
  unit?: "s" | "ms" | "us" | "ns";
  tz?: string | null;
  categories?: (string | null | undefined)[];
  /** Element type of a list column. */
  itemKind?: "float64" | "utf8";
  /** The Python kind when it differs from `kind` (decimal sent as float64). */
  sourceKind?: string;
  /** Row count of a null column. */
  length?: number;
}

export interface WireTable {
  numRows: number;
  columns: WireColumn[];
  index: WireColumn[];
  /** The index is 0..n-1: the page numbers the rows itself. */
  rangeIndex: boolean;
}

const UNITS: Record<string, TimeUnit> = {
  s: TimeUnit.SECOND,
  ms: TimeUnit.MILLISECOND,
  us: TimeUnit.MICROSECOND,
  ns: TimeUnit.NANOSECOND,
};

/** A validity bitmap (1 = valid) and null count from a byte mask (non-zero = missing). */
function validity(mask: Uint8Array | undefined, length: number, extraNull?: (i: number) => boolean): { nullBitmap?: Uint8Array; nullCount: number } {
  if (!mask && !extraNull) return { nullCount: 0 };
  const bitmap = new Uint8Array((length + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < length; i++) {
    if ((mask && mask[i]) || (extraNull && extraNull(i))) nulls++;
    else bitmap[i >> 3] |= 1 << (i & 7);
  }
  return nulls ? { nullBitmap: bitmap, nullCount: nulls } : { nullCount: 0 };
}

function isTyped(data: unknown): data is TypedArray {
  return ArrayBuffer.isView(data) && !(data instanceof DataView);
}

function numericType(kind: string): DataType | null {
  switch (kind) {
    case "int8": return new Int8();
    case "int16": return new Int16();
    case "int32": return new Int32();
    case "int64": return new Int64();
    case "uint8": return new Uint8();
    case "uint16": return new Uint16();
    case "uint32": return new Uint32();
    case "uint64": return new Uint64();
    case "float16": return new Float16();
    case "float32": return new Float32();
    case "float64": return new Float64();
    default: return null;
  }
} // prettier-ignore

/** Typed array of the Arrow type's storage from whatever arrived (a list, or another width). */
function coerce(type: DataType, data: unknown, length: number): TypedArray {
  const ArrayType = (type as unknown as { ArrayType: { new (n: number | ArrayLike<unknown>): TypedArray; BYTES_PER_ELEMENT: number } }).ArrayType;
  if (data instanceof ArrayType) return data;
  if (isTyped(data) && data.BYTES_PER_ELEMENT === ArrayType.BYTES_PER_ELEMENT && !(data instanceof Float64Array) && !(data instanceof Float32Array)) {
    // Same width, other signedness (e.g. pandas `?` bools arrive as Uint8Array): reinterpret.
    return new ArrayType(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as unknown as number);
  }
  const out = new ArrayType(length);
  const big = out instanceof BigInt64Array || out instanceof BigUint64Array;
  const src = (data ?? []) as ArrayLike<unknown>;
  for (let i = 0; i < length; i++) {
    const v = src[i];
    if (v === undefined || v === null) continue;
    (out as unknown as unknown[])[i] = big ? BigInt(typeof v === "bigint" ? v : Math.trunc(Number(v))) : Number(v);
  }
  return out;
}

function utf8Data(values: ArrayLike<unknown>, length: number, mask?: Uint8Array): Data {
  const encoder = new TextEncoder();
  const offsets = new Int32Array(length + 1);
  let bytes = new Uint8Array(Math.max(16, length * 8));
  let pos = 0;
  let nulls = 0;
  const bitmap = new Uint8Array((length + 7) >> 3);
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v === null || v === undefined || (mask && mask[i])) {
      nulls++;
    } else {
      bitmap[i >> 3] |= 1 << (i & 7);
      const s = typeof v === "string" ? v : String(v);
      // Worst case three bytes per UTF-16 unit.
      if (pos + s.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, pos + s.length * 3));
        grown.set(bytes.subarray(0, pos));
        bytes = grown;
      }
      pos += encoder.encodeInto(s, bytes.subarray(pos)).written;
    }
    offsets[i + 1] = pos;
  }
  return makeData({
    type: new Utf8(),
    length,
    valueOffsets: offsets,
    data: bytes.subarray(0, pos),
    nullCount: nulls,
    nullBitmap: nulls ? bitmap : undefined,
  });
}

function binaryData(values: ArrayLike<unknown>, length: number): Data {
  const offsets = new Int32Array(length + 1);
  const parts: Uint8Array[] = [];
  let pos = 0;
  const bitmap = new Uint8Array((length + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v instanceof Uint8Array) {
      parts.push(v);
      pos += v.length;
      bitmap[i >> 3] |= 1 << (i & 7);
    } else nulls++;
    offsets[i + 1] = pos;
  }
  const data = new Uint8Array(pos);
  let at = 0;
  for (const p of parts) {
    data.set(p, at);
    at += p.length;
  }
  return makeData({ type: new Binary(), length, valueOffsets: offsets, data, nullCount: nulls, nullBitmap: nulls ? bitmap : undefined });
}

function boolData(data: unknown, length: number, mask?: Uint8Array): Data {
  const values = new Uint8Array((length + 7) >> 3);
  const src = (data ?? []) as ArrayLike<unknown>;
  for (let i = 0; i < length; i++) if (src[i]) values[i >> 3] |= 1 << (i & 7);
  return makeData({ type: new Bool(), length, data: values, ...validity(mask, length) });
}

function listData(col: WireColumn, length: number): Data {
  const items = (col.data ?? []) as (unknown[] | null | undefined)[];
  const offsets = new Int32Array(length + 1);
  const flat: unknown[] = [];
  const bitmap = new Uint8Array((length + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < length; i++) {
    const item = items[i];
    if (Array.isArray(item)) {
      for (const x of item) flat.push(x);
      bitmap[i >> 3] |= 1 << (i & 7);
    } else nulls++;
    offsets[i + 1] = flat.length;
  }
  const child =
    col.itemKind === "float64"
      ? makeData({
          type: new Float64(),
          length: flat.length,
          data: Float64Array.from(flat, (x) => (x === null || x === undefined ? NaN : Number(x))),
        })
      : utf8Data(flat, flat.length);
  const type = new List(new Field("item", child.type, true));
  return makeData({ type, length, valueOffsets: offsets, child, nullCount: nulls, nullBitmap: nulls ? bitmap : undefined });
}

function rangeData(col: WireColumn): Data {
  const [start, stop, step] = col.range!;
  const length = Math.max(0, Math.ceil((stop - start) / step));
  const out = new BigInt64Array(length);
  for (let i = 0; i < length; i++) out[i] = BigInt(start + i * step);
  return makeData({ type: new Int64(), length, data: out });
}

/** One wire column as Arrow data of `length` rows. */
export function columnData(col: WireColumn, length: number): Data {
  if (col.range) return rangeData(col);
  const mask = col.mask;
  const numeric = numericType(col.kind);
  if (numeric) {
    return makeData({ type: numeric, length, data: coerce(numeric, col.data, length), ...validity(mask, length) } as never);
  }
  switch (col.kind) {
    case "bool":
      return boolData(col.data, length, mask);
    case "utf8":
    case "object":
      return utf8Data((col.data ?? []) as ArrayLike<unknown>, length, mask);
    case "binary":
      return binaryData((col.data ?? []) as ArrayLike<unknown>, length);
    case "date32": {
      const type = new DateDay();
      return makeData({ type, length, data: coerce(new Int32(), col.data, length) as Int32Array, ...validity(mask, length) });
    }
    case "time": {
      const type = new Time(TimeUnit.MICROSECOND, 64);
      return makeData({ type, length, data: coerce(new Int64(), col.data, length) as never, ...validity(mask, length) });
    }
    case "timestamp":
    case "duration": {
      const unit = UNITS[col.unit ?? "us"] ?? TimeUnit.MICROSECOND;
      const ticks = coerce(new Int64(), col.data, length) as BigInt64Array;
      const NAT = -(2n ** 63n);
      // pandas/numpy mark missing times with NaT (int64 min).
      let hasNat = false;
      for (let i = 0; i < length && !hasNat; i++) hasNat = ticks[i] === NAT;
      const v = validity(mask, length, hasNat ? (i) => ticks[i] === NAT : undefined);
      const type = col.kind === "timestamp" ? new Timestamp(unit, col.tz ?? null) : new Duration(unit);
      return makeData({ type, length, data: ticks, ...v } as never);
    }
    case "categorical": {
      const codes = isTyped(col.data) ? col.data : Int32Array.from((col.data ?? []) as number[], (c) => (c == null ? -1 : c));
      const indices = codes instanceof Int8Array ? new Int8() : codes instanceof Int16Array ? new Int16() : new Int32();
      const fixed = coerce(indices, codes, length) as Int8Array | Int16Array | Int32Array;
      const dictionary = makeVector(utf8Data(col.categories ?? [], (col.categories ?? []).length));
      const type = new Dictionary(new Utf8(), indices);
      return makeData({ type, length, data: fixed, dictionary, ...validity(mask, length, (i) => fixed[i] < 0) } as never);
    }
    case "list":
      return listData(col, length);
    case "null":
      return makeData({ type: new Null(), length });
    default:
      // Unknown kinds are shown as text.
      return utf8Data((col.data ?? []) as ArrayLike<unknown>, length, mask);
  }
}

function field(col: WireColumn, data: Data, role: "index" | "data"): Field {
  const metadata = new Map([
    ["brooklet:role", role],
    ["brooklet:kind", col.sourceKind ?? col.kind],
    // apache-arrow reads an empty field name back as "null": keep the real one here.
    ["brooklet:name", col.name],
  ]);
  return new Field(col.name, data.type, true, metadata);
}

/** The Arrow table for a wire table: index columns first (role "index"), then the data. */
export function wireToTable(wire: WireTable): Table {
  const length = wire.numRows;
  const fields: Field[] = [];
  const children: Data[] = [];
  const index = wire.rangeIndex ? [] : wire.index;
  for (const col of index) {
    const data = columnData(col, length);
    fields.push(field(col, data, "index"));
    children.push(data);
  }
  for (const col of wire.columns) {
    const data = columnData(col, length);
    fields.push(field(col, data, "data"));
    children.push(data);
  }
  const metadata = new Map([
    ["brooklet:numRows", String(length)],
    ["brooklet:rangeIndex", String(wire.rangeIndex)],
    ["brooklet:indexName", wire.index[0]?.name ?? ""],
  ]);
  const schema = new Schema(fields, metadata);
  const struct = makeData({ type: new Struct(fields), length, nullCount: 0, children });
  return new Table(schema, [new RecordBatch(schema, struct)]);
}

/** Arrow IPC stream bytes of a wire table. */
export function wireToIPC(wire: WireTable): Uint8Array {
  return tableToIPC(wireToTable(wire), "stream");
}

function isWireMarker(value: unknown): value is { __arrow__: WireTable } {
  return typeof value === "object" && value !== null && "__arrow__" in value;
}

/**
 * Replace `{__arrow__: WireTable}` fields of an element payload by Arrow IPC bytes.
 * Returns the buffers to transfer to the page.
 */
export function encodeArrowFields(element: Record<string, unknown>): ArrayBuffer[] {
  const transfer: ArrayBuffer[] = [];
  for (const [key, value] of Object.entries(element)) {
    if (!isWireMarker(value)) continue;
    const bytes = wireToIPC(value.__arrow__);
    element[key] = bytes;
    if (bytes.buffer instanceof ArrayBuffer && !transfer.includes(bytes.buffer)) transfer.push(bytes.buffer);
  }
  return transfer;
}

// -- straight from Python ---------------------------------------------------------------------
// `toJs` copies every buffer out of the WebAssembly heap before we would copy it again into
// the IPC bytes. Reading the wire table through the PyProxy instead gives typed-array views
// of Python's buffers (numpy/pandas/array.array memory, zero-copy): the IPC bytes are the
// only copy made.

/** The parts of Pyodide's PyProxy used here. */
interface Proxy {
  readonly type: string;
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  has(key: string): boolean;
  toJs(options?: object): unknown;
  getBuffer?(type?: string): { data: ArrayBufferView; release(): void };
  destroy(): void;
  [Symbol.iterator](): Iterator<unknown>;
}

const TO_JS = { dict_converter: Object.fromEntries, create_pyproxies: false };
const BUFFER_TYPES = new Set(["memoryview", "bytes", "bytearray"]);

function isProxy(value: unknown): value is Proxy {
  return typeof value === "object" && value !== null && typeof (value as Proxy).toJs === "function" && typeof (value as Proxy).destroy === "function";
}

/** A plain JS value from a proxy item; buffers become views (kept until `release`). */
function readValue(value: unknown, views: { release(): void }[]): unknown {
  if (!isProxy(value)) return value;
  try {
    if (BUFFER_TYPES.has(value.type) && value.getBuffer) {
      const buffer = value.getBuffer();
      views.push(buffer);
      return buffer.data;
    }
    return value.toJs(TO_JS);
  } finally {
    value.destroy();
  }
}

function readColumn(proxy: unknown, views: { release(): void }[]): WireColumn {
  if (!isProxy(proxy)) return proxy as WireColumn;
  const out: Record<string, unknown> = {};
  try {
    for (const key of proxy) out[key as string] = readValue(proxy.get(key as string), views);
  } finally {
    proxy.destroy();
  }
  return out as unknown as WireColumn;
}

function readColumns(list: unknown, views: { release(): void }[]): WireColumn[] {
  if (!isProxy(list)) return (list as WireColumn[]) ?? [];
  try {
    // Indexed access gives owned proxies (items of an iteration are borrowed).
    const length = (list as unknown as { length: number }).length;
    const out: WireColumn[] = [];
    for (let i = 0; i < length; i++) out.push(readColumn(list.get(i as unknown as string), views));
    return out;
  } finally {
    list.destroy();
  }
}

/** IPC bytes of a wire table given as a PyProxy (`table_to_wire`'s dict). */
export function proxyToIPC(wire: Proxy): Uint8Array {
  const views: { release(): void }[] = [];
  try {
    const table: WireTable = {
      numRows: Number(wire.get("numRows")),
      rangeIndex: Boolean(wire.get("rangeIndex")),
      columns: readColumns(wire.get("columns"), views),
      index: readColumns(wire.get("index"), views),
    };
    return wireToIPC(table);
  } finally {
    for (const v of views) v.release();
  }
}

/**
 * Convert a ForwardMsg PyProxy to JS: element fields shaped `{__arrow__: wire}` become
 * Arrow IPC bytes (read zero-copy from Python), the rest goes through `toJs`. Returns the
 * message and the buffers to transfer to the page.
 */
export function convertMessage<T>(msg: Proxy): { msg: T; transfer: ArrayBuffer[] } {
  const tables: [string, Uint8Array][] = [];
  const swapped: [string, unknown][] = [];
  let element: Proxy | undefined;
  let delta: Proxy | undefined;
  try {
    if (msg.get("type") === "delta") {
      const d = msg.get("delta");
      if (isProxy(d)) {
        delta = d;
        const e = d.get("element");
        if (isProxy(e)) element = e;
      }
    }
    if (element) {
      for (const key of [...element] as string[]) {
        const value = element.get(key);
        if (isProxy(value) && value.type === "dict" && value.has("__arrow__")) {
          const wire = value.get("__arrow__") as Proxy;
          try {
            tables.push([key, proxyToIPC(wire)]);
          } finally {
            wire.destroy();
          }
          // Leave the buffers out of toJs; the Python dict is restored right after.
          swapped.push([key, value]);
          element.set(key, undefined);
        } else if (isProxy(value)) {
          value.destroy();
        }
      }
    }
    const js = msg.toJs(TO_JS) as T;
    const transfer: ArrayBuffer[] = [];
    if (tables.length) {
      const target = (js as unknown as { delta: { element: Record<string, unknown> } }).delta.element;
      for (const [key, bytes] of tables) {
        target[key] = bytes;
        if (bytes.buffer instanceof ArrayBuffer) transfer.push(bytes.buffer);
      }
    }
    return { msg: js, transfer };
  } finally {
    for (const [key, value] of swapped) {
      element!.set(key, value);
      (value as Proxy).destroy();
    }
    element?.destroy();
    delta?.destroy();
  }
}
