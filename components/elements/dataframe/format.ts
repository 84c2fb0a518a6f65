/**
 * How cell values are written, as Streamlit's grid writes them: numbers with up to four
 * decimals (integers without), printf formats and presets (`dollar`, `percent`, ...),
 * Moment.js-style date formats, humanized durations.
 */
import { sprintf } from "../../lib/printf.js";

/** Decimals of a step (`0.01` → 2). */
export function countDecimals(value: number): number {
  if (value % 1 === 0) return 0;
  const text = value.toString();
  if (text.includes("e-")) return Number(text.split("e-")[1]);
  return text.split(".")[1]?.length ?? 0;
}

function defaultMantissa(value: number): number {
  if (value === 0 || Math.abs(value) >= 0.0001) return 4;
  return Math.abs(Number(value.toExponential().split("e")[1]));
}

function fixed(value: number, decimals: number, trim: boolean): string {
  let text = value.toFixed(Math.min(100, decimals));
  if (trim && text.includes(".")) text = text.replace(/\.?0+$/, "");
  if (text === "-0") text = "0";
  return text;
}

function intl(value: number, options: Intl.NumberFormatOptions): string {
  try {
    return new Intl.NumberFormat(navigator.languages as string[], options).format(value);
  } catch {
    return new Intl.NumberFormat(undefined, options).format(value);
  }
}

/**
 * A number as Streamlit writes it. `format`: a printf string (`%.2f`, `$%d`, `%,d`), or
 * plain, localized, percent, dollar, euro, yen, compact, scientific, engineering,
 * accounting, bytes. `maxPrecision`: decimals fixed by the column's step (0 for ints).
 */
export function formatNumber(value: number, format?: string | null, maxPrecision?: number): string {
  if (Number.isNaN(value) || !Number.isFinite(value)) return Number.isNaN(value) ? "" : String(value);
  if (!format) {
    if (maxPrecision !== undefined) return fixed(maxPrecision === 0 ? Math.round(value) : value, maxPrecision, false);
    return fixed(value, defaultMantissa(value), true);
  }
  switch (format) {
    case "plain":
      return String(value);
    case "localized":
      return intl(value, { minimumFractionDigits: maxPrecision, maximumFractionDigits: maxPrecision });
    case "percent":
      return intl(value, {
        style: "percent",
        minimumFractionDigits: maxPrecision !== undefined ? Math.max(maxPrecision - 2, 0) : 0,
        maximumFractionDigits: maxPrecision !== undefined ? Math.max(maxPrecision - 2, 0) : 2,
      });
    case "dollar":
    case "euro":
    case "yen": {
      const currency = { dollar: "USD", euro: "EUR", yen: "JPY" }[format];
      const digits = maxPrecision ?? (format === "yen" ? 0 : 2);
      return intl(value, { style: "currency", currency, currencyDisplay: "narrowSymbol", minimumFractionDigits: digits, maximumFractionDigits: digits });
    }
    case "compact":
    case "scientific":
    case "engineering":
      return intl(value, { notation: format });
    case "accounting": {
      const text = intl(Math.abs(value), { minimumFractionDigits: maxPrecision ?? 2, maximumFractionDigits: maxPrecision ?? 2 });
      return value < 0 ? `(${text})` : text;
    }
    case "bytes":
      return intl(value, { notation: "compact", style: "unit", unit: "byte", unitDisplay: "narrow", maximumFractionDigits: 1 }).replace("BB", "GB");
    default:
      return printf(format, value);
  }
}

/** printf with the `,` (thousands) and `_` flags Streamlit adds. */
function printf(format: string, value: number): string {
  const grouping = /%[-+ 0#]*([,_])/.exec(format);
  if (!grouping) return sprintf(format, value);
  const separator = grouping[1];
  const plain = sprintf(format.replace(/%([-+ 0#]*)[,_]/, "%$1"), value);
  return plain.replace(/\d+/, (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator));
}

// -- dates ---------------------------------------------------------------------------

interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  /** Offset from UTC in minutes. */
  offset: number;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = zoneFormatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      return null;
    }
    zoneFormatters.set(timeZone, f);
  }
  return f;
}

function fixedOffset(tz: string): number | null {
  if (/^(utc|z|gmt)$/i.test(tz)) return 0;
  const m = /^([+-])(\d\d):?(\d\d)$/.exec(tz);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

/** Calendar parts of epoch ms, in `timeZone` (null: the wall time as stored, i.e. UTC). */
export function dateParts(ms: number, timeZone: string | null): DateParts {
  let offset = 0;
  if (timeZone) {
    const fixedMinutes = fixedOffset(timeZone);
    if (fixedMinutes !== null) offset = fixedMinutes;
    else {
      const f = zoneFormatter(timeZone);
      if (f) {
        const parts = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
        const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
        offset = Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
      }
    }
  }
  const d = new Date(ms + offset * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offset,
  };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? "-" : "+";
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}${colon ? ":" : ""}${pad(Math.abs(minutes) % 60)}`;
}

const TOKENS = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|DDDD|Do|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z/g;

function ordinal(n: number): string {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
}

/** Moment.js-style formatting of calendar parts (the tokens Streamlit's docs use). */
export function formatMoment(p: DateParts, format: string): string {
  return format.replace(TOKENS, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case "YYYY": return String(p.year).padStart(4, "0");
      case "YY": return pad(p.year % 100);
      case "MMMM": return MONTHS[p.month - 1];
      case "MMM": return MONTHS[p.month - 1].slice(0, 3);
      case "MM": return pad(p.month);
      case "M": return String(p.month);
      case "Do": return ordinal(p.day);
      case "DD": return pad(p.day);
      case "D": return String(p.day);
      case "dddd": return DAYS[p.weekday];
      case "ddd": return DAYS[p.weekday].slice(0, 3);
      case "dd": return DAYS[p.weekday].slice(0, 2);
      case "d": return String(p.weekday);
      case "HH": return pad(p.hour);
      case "H": return String(p.hour);
      case "hh": return pad(p.hour % 12 || 12);
      case "h": return String(p.hour % 12 || 12);
      case "mm": return pad(p.minute);
      case "m": return String(p.minute);
      case "ss": return pad(p.second);
      case "s": return String(p.second);
      case "SSS": return pad(p.millisecond, 3);
      case "SS": return pad(Math.floor(p.millisecond / 10));
      case "S": return String(Math.floor(p.millisecond / 100));
      case "A": return p.hour < 12 ? "AM" : "PM";
      case "a": return p.hour < 12 ? "am" : "pm";
      case "ZZ": return offsetText(p.offset, false);
      case "Z": return offsetText(p.offset, true);
      default: return token;
    }
  }); // prettier-ignore
}

/** A relative description like "3 days ago" / "in 2 hours" (`distance` format). */
export function formatDistance(ms: number, now = Date.now()): string {
  const text = humanize((ms - now) / 1000);
  return ms >= now ? `in ${text}` : `${text} ago`;
}

/** Moment's humanize of a duration in seconds ("a few seconds", "5 minutes", "a day"). */
export function humanize(seconds: number): string {
  const s = Math.abs(seconds);
  const min = s / 60;
  const h = min / 60;
  const d = h / 24;
  if (s < 45) return "a few seconds";
  if (s < 90) return "a minute";
  if (min < 45) return `${Math.round(min)} minutes`;
  if (min < 90) return "an hour";
  if (h < 22) return `${Math.round(h)} hours`;
  if (h < 36) return "a day";
  if (d < 26) return `${Math.round(d)} days`;
  if (d < 45) return "a month";
  if (d < 320) return `${Math.round(d / 30.4)} months`;
  if (d < 548) return "a year";
  return `${Math.round(d / 365.25)} years`;
}

export type TemporalKind = "datetime" | "date" | "time";

/** The default format of a temporal column (Streamlit's grid). */
export function defaultDateFormat(kind: TemporalKind, timezone: string | null, withMs: boolean): string {
  if (kind === "date") return "YYYY-MM-DD";
  if (kind === "time") return withMs ? "HH:mm:ss.SSS" : "HH:mm:ss";
  return `YYYY-MM-DD HH:mm:ss${withMs ? ".SSS" : ""}${timezone ? "Z" : ""}`;
}

/** Epoch ms (dates: midnight UTC; times: ms since midnight) formatted for display. */
export function formatTemporal(ms: number, kind: TemporalKind, format: string | null | undefined, timezone: string | null, withMs = false): string {
  const tz = kind === "datetime" ? timezone : null;
  if (format === "iso8601") {
    if (kind === "date") return formatMoment(dateParts(ms, null), "YYYY-MM-DD");
    if (kind === "time") return formatMoment(dateParts(ms, null), "HH:mm:ss.SSS");
    return formatMoment(dateParts(ms, tz), tz ? "YYYY-MM-DDTHH:mm:ss.SSSZ" : "YYYY-MM-DDTHH:mm:ss.SSS");
  }
  if (format === "localized") {
    const options: Intl.DateTimeFormatOptions =
      kind === "date" ? { dateStyle: "medium", timeZone: "UTC" } : kind === "time" ? { timeStyle: "short", timeZone: "UTC" } : { dateStyle: "medium", timeStyle: "short", timeZone: tz ?? "UTC" };
    try {
      return new Intl.DateTimeFormat(undefined, options).format(new Date(ms));
    } catch {
      return new Intl.DateTimeFormat(undefined, { ...options, timeZone: "UTC" }).format(new Date(ms));
    }
  }
  if (format === "distance") return formatDistance(ms);
  if (format === "calendar") {
    const today = dateParts(Date.now(), tz);
    const p = dateParts(ms, tz);
    const sameDay = p.year === today.year && p.month === today.month && p.day === today.day;
    return sameDay ? formatMoment(p, "[Today at] h:mm A") : formatMoment(p, "MM/DD/YYYY");
  }
  return formatMoment(dateParts(ms, tz), format || defaultDateFormat(kind, tz, withMs));
}

/** ISO text for the data editor's wire values. */
export function isoDate(ms: number): string {
  return formatMoment(dateParts(ms, null), "YYYY-MM-DD");
}

export function isoDateTime(ms: number, timezone: string | null): string {
  return formatMoment(dateParts(ms, timezone), timezone ? "YYYY-MM-DDTHH:mm:ss.SSSZ" : "YYYY-MM-DDTHH:mm:ss.SSS").replace(/\.000(?=$|[+-])/, "");
}

export function isoTime(msSinceMidnight: number): string {
  return formatMoment(dateParts(msSinceMidnight, null), "HH:mm:ss.SSS").replace(/\.000$/, "");
}
