/** CSV export of what the grid shows (Streamlit's "Download as CSV"). */
import { cellText, type ColumnSpec } from "./columns.js";
import type { CellValue } from "./model.js";

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text: a header row of labels, then one line per row. */
export function toCsv(specs: ColumnSpec[], rows: ArrayLike<number>, valueAt: (row: number, spec: ColumnSpec) => CellValue): string {
  const lines = [specs.map((s) => quote(s.label)).join(",")];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    lines.push(specs.map((s) => quote(csvValue(s, valueAt(r, s)))).join(","));
  }
  return lines.join("\n") + "\n";
}

function csvValue(spec: ColumnSpec, value: CellValue): string {
  if (value === null || value === undefined) return "";
  // Raw numbers rather than formatted ones (no currency signs or rounding).
  if (spec.type === "number" && typeof value === "number" && !spec.model.kind.startsWith("duration")) return String(value);
  return cellText(spec, value);
}

/** Tab-separated text for the clipboard. */
export function toTsv(specs: ColumnSpec[], rows: ArrayLike<number>, valueAt: (row: number, spec: ColumnSpec) => CellValue, header = false): string {
  const lines: string[] = header ? [specs.map((s) => s.label).join("\t")] : [];
  for (let i = 0; i < rows.length; i++) {
    lines.push(specs.map((s) => cellText(s, valueAt(rows[i], s)).replace(/[\t\n]/g, " ")).join("\t"));
  }
  return lines.join("\n");
}
