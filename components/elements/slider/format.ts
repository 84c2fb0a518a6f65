/**
 * How st.slider shows its values: printf formats and named formats for numbers,
 * moment.js formats and named formats for dates and times (Streamlit formats with
 * sprintf-js, Intl and moment on the page).
 */
import { sprintf } from "../../lib/printf.js";

export type SliderDataType = "int" | "float" | "date" | "time" | "datetime";

const NUMBER_FORMATS: Record<string, (v: number) => string> = {
  plain: (v) => String(v),
  localized: (v) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 20 }).format(v),
  percent: (v) => new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 2 }).format(v),
  dollar: (v) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(v),
  euro: (v) => new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(v),
  yen: (v) => new Intl.NumberFormat("en-US", { style: "currency", currency: "JPY" }).format(v),
  compact: (v) => new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(v),
  scientific: (v) => new Intl.NumberFormat("en-US", { notation: "scientific", maximumFractionDigits: 3 }).format(v),
  engineering: (v) => new Intl.NumberFormat("en-US", { notation: "engineering", maximumFractionDigits: 3 }).format(v),
  accounting: (v) =>
    new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", currencySign: "accounting" }).format(v),
  bytes: formatBytes,
};

function formatBytes(v: number): string {
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let i = 0;
  let n = v;
  while (Math.abs(n) >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1).replace(/\.0$/, "")}${units[i]}`;
}

/** A number in the slider's `format`. */
export function formatNumber(value: number, format: string): string {
  const named = NUMBER_FORMATS[format];
  if (named) return named(value);
  try {
    return sprintf(format, value);
  } catch {
    return String(value);
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, "0");

function ordinal(n: number): string {
  const suffixes = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return `${n}${suffixes[(v - 20) % 10] ?? suffixes[v] ?? "th"}`;
}

function dayOfYear(d: Date): number {
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

/** moment.js display tokens, read in UTC (the page shows wall times as Python sent them). */
const TOKENS: Record<string, (d: Date) => string> = {
  YYYY: (d) => pad(d.getUTCFullYear(), 4),
  YY: (d) => pad(d.getUTCFullYear() % 100),
  Y: (d) => String(d.getUTCFullYear()),
  Q: (d) => String(Math.floor(d.getUTCMonth() / 3) + 1),
  MMMM: (d) => MONTHS[d.getUTCMonth()]!,
  MMM: (d) => MONTHS[d.getUTCMonth()]!.slice(0, 3),
  MM: (d) => pad(d.getUTCMonth() + 1),
  Mo: (d) => ordinal(d.getUTCMonth() + 1),
  M: (d) => String(d.getUTCMonth() + 1),
  DDDD: (d) => pad(dayOfYear(d), 3),
  DDD: (d) => String(dayOfYear(d)),
  DD: (d) => pad(d.getUTCDate()),
  Do: (d) => ordinal(d.getUTCDate()),
  D: (d) => String(d.getUTCDate()),
  dddd: (d) => DAYS[d.getUTCDay()]!,
  ddd: (d) => DAYS[d.getUTCDay()]!.slice(0, 3),
  dd: (d) => DAYS[d.getUTCDay()]!.slice(0, 2),
  d: (d) => String(d.getUTCDay()),
  HH: (d) => pad(d.getUTCHours()),
  H: (d) => String(d.getUTCHours()),
  hh: (d) => pad(d.getUTCHours() % 12 || 12),
  h: (d) => String(d.getUTCHours() % 12 || 12),
  kk: (d) => pad(d.getUTCHours() || 24),
  k: (d) => String(d.getUTCHours() || 24),
  mm: (d) => pad(d.getUTCMinutes()),
  m: (d) => String(d.getUTCMinutes()),
  ss: (d) => pad(d.getUTCSeconds()),
  s: (d) => String(d.getUTCSeconds()),
  SSS: (d) => pad(d.getUTCMilliseconds(), 3),
  SS: (d) => pad(Math.floor(d.getUTCMilliseconds() / 10)),
  S: (d) => String(Math.floor(d.getUTCMilliseconds() / 100)),
  A: (d) => (d.getUTCHours() < 12 ? "AM" : "PM"),
  a: (d) => (d.getUTCHours() < 12 ? "am" : "pm"),
  ZZ: () => "+0000",
  Z: () => "+00:00",
  X: (d) => String(Math.floor(d.getTime() / 1000)),
  x: (d) => String(d.getTime()),
};

const TOKEN_RE = new RegExp(
  `\\[[^\\]]*\\]|${Object.keys(TOKENS)
    .sort((a, b) => b.length - a.length)
    .join("|")}`,
  "g",
);

/** A Date in a moment.js format string. */
export function momentFormat(date: Date, format: string): string {
  return format.replace(TOKEN_RE, (token) => (token.startsWith("[") ? token.slice(1, -1) : TOKENS[token]!(date)));
}

function relative(date: Date): string {
  const seconds = (date.getTime() - Date.now()) / 1000;
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ["year", 31_536_000],
    ["month", 2_592_000],
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
    ["second", 1],
  ];
  const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size || unit === "second") return rtf.format(Math.round(seconds / size), unit);
  }
  return "";
}

/** A date, time or datetime (microseconds since the epoch, read as UTC) in `format`. */
export function formatTimelike(micros: number, format: string, dataType: SliderDataType): string {
  const date = new Date(micros / 1000);
  switch (format) {
    case "iso8601":
      return dataType === "date"
        ? momentFormat(date, "YYYY-MM-DD")
        : dataType === "time"
          ? momentFormat(date, "HH:mm:ss")
          : date.toISOString();
    case "localized": {
      const options: Intl.DateTimeFormatOptions =
        dataType === "date"
          ? { dateStyle: "medium", timeZone: "UTC" }
          : dataType === "time"
            ? { timeStyle: "short", timeZone: "UTC" }
            : { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" };
      return new Intl.DateTimeFormat(undefined, options).format(date);
    }
    case "distance":
      return relative(date);
    case "calendar":
      return momentFormat(date, dataType === "time" ? "h:mm A" : dataType === "date" ? "MM/DD/YYYY" : "MM/DD/YYYY h:mm A");
    default:
      return momentFormat(date, format);
  }
}

/** One slider value as shown above its thumb and under the track. */
export function formatSliderValue(value: number, dataType: SliderDataType, format: string, options: string[]): string {
  if (options.length > 0) return options[Math.round(value)] ?? "";
  if (dataType === "date" || dataType === "time" || dataType === "datetime") return formatTimelike(value, format, dataType);
  return formatNumber(value, format);
}
