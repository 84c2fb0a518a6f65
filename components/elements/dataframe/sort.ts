/** Row order for sorting and searching: arrays of original row positions. */
import { cellText, type ColumnSpec } from "./columns.js";
import { numericValues, type TableModel } from "./model.js";

export type SortDirection = "asc" | "desc";

/** Original rows in the order of `spec` (stable; missing values last). */
export function sortRows(model: TableModel, spec: ColumnSpec, direction: SortDirection, rows: Uint32Array): Uint32Array {
  const sign = direction === "asc" ? 1 : -1;
  const out = Uint32Array.from(rows);
  const numbers = spec.model.position >= 0 ? numericValues(spec.model, model.numRows) : Float64Array.from({ length: model.numRows }, (_, i) => i);
  if (numbers) {
    out.sort((a, b) => {
      const x = numbers[a];
      const y = numbers[b];
      const xn = Number.isNaN(x);
      const yn = Number.isNaN(y);
      if (xn || yn) return xn === yn ? a - b : xn ? 1 : -1;
      return x === y ? a - b : (x < y ? -1 : 1) * sign;
    });
    return out;
  }
  const texts: (string | null)[] = new Array(model.numRows);
  for (const r of rows) {
    const v = spec.model.get(r);
    texts[r] = v === null ? null : cellText(spec, v);
  }
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  out.sort((a, b) => {
    const x = texts[a];
    const y = texts[b];
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    return collator.compare(x, y) * sign || a - b;
  });
  return out;
}

/** Rows with a cell whose text contains `query` (case-insensitive). */
export function searchRows(specs: ColumnSpec[], rows: Uint32Array, query: string, valueAt: (row: number, spec: ColumnSpec) => unknown): Uint32Array {
  const needle = query.trim().toLowerCase();
  if (!needle) return rows;
  const out: number[] = [];
  for (const r of rows) {
    for (const spec of specs) {
      const v = valueAt(r, spec);
      if (v === null || v === undefined) continue;
      if (cellText(spec, v as never).toLowerCase().includes(needle)) {
        out.push(r);
        break;
      }
    }
  }
  return Uint32Array.from(out);
}
