/**
 * st.table's cell text, as Streamlit's Arrow formatter writes it: floats with four
 * decimals and thousands separators, dates `YYYY-MM-DD`, datetimes with the zone
 * offset, lists and objects as JSON. Loaded with the data chunk.
 */
import { formatMoment, dateParts, humanize } from "./format.js";
import { decodeTable, type CellValue, type ModelColumn } from "./model.js";

export { decodeTable };

function floatText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, frac] = Math.abs(n).toFixed(4).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 && Number(`${whole}.${frac}`) !== 0 ? "-" : ""}${grouped}.${frac}`;
}

export function tableCellText(col: ModelColumn, value: CellValue): string {
  if (value === null || value === undefined) return "";
  switch (col.kind) {
    case "float16":
    case "float32":
    case "float64":
    case "decimal":
      return typeof value === "number" ? floatText(value) : String(value);
    case "date32":
      return formatMoment(dateParts(value as number, null), "YYYY-MM-DD");
    case "timestamp":
      return formatMoment(dateParts(value as number, col.timezone), col.timezone ? "YYYY-MM-DD HH:mm:ssZ" : "YYYY-MM-DD HH:mm:ss");
    case "time": {
      const p = dateParts(value as number, null);
      return formatMoment(p, p.millisecond ? "HH:mm:ss.SSS" : "HH:mm:ss");
    }
    case "duration":
      return (value as number) < 0 ? `-${humanize(value as number)}` : humanize(value as number);
    case "bool":
      return value ? "true" : "false";
    case "list":
      return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? Number(v) : v));
    case "binary":
      return new TextDecoder().decode(value as Uint8Array);
    default:
      return typeof value === "bigint" ? value.toString() : String(value);
  }
}
