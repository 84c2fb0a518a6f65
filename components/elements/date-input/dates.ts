/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), computed in UTC so no time zone or
 * daylight-saving shift can move a day; and Streamlit's display formats (YYYY/MM/DD,
 * DD/MM/YYYY, MM/DD/YYYY with `/`, `.` or `-`).
 */

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number;
}

export function parseIso(iso: string): Ymd {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return { y, m, d };
}

export function toIso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function utc(iso: string): Date {
  const { y, m, d } = parseIso(iso);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date;
}

function fromUtc(date: Date): string {
  return toIso({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
}

export function addDays(iso: string, days: number): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** The same day `months` later, clamped to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const { y, m, d } = parseIso(iso);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return toIso({ y: ny, m: nm, d: Math.min(d, daysInMonth(ny, nm)) });
}

export function daysInMonth(y: number, m: number): number {
  const date = new Date(Date.UTC(2000, m, 0));
  date.setUTCFullYear(y, m, 0);
  return date.getUTCDate();
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: string): number {
  return utc(iso).getUTCDay();
}

export function todayIso(): string {
  const now = new Date();
  return toIso({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
}

export function clampIso(iso: string, min: string, max: string): string {
  return iso < min ? min : iso > max ? max : iso;
}

/** The first day of the week in the user's locale (0 = Sunday), as Streamlit's date picker uses. */
export function firstDayOfWeek(locale = navigator.language): number {
  try {
    const info = (new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?(): { firstDay: number }; weekInfo?: { firstDay: number } });
    const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
    if (firstDay) return firstDay % 7;
  } catch {
    // Older browsers: Sunday.
  }
  return 0;
}

/** `iso` in a display format such as `YYYY/MM/DD`. */
export function formatDate(iso: string, format: string): string {
  const { y, m, d } = parseIso(iso);
  return format
    .replace("YYYY", String(y).padStart(4, "0"))
    .replace("MM", String(m).padStart(2, "0"))
    .replace("DD", String(d).padStart(2, "0"));
}

/** Text typed in a display format as an ISO date, or null when it is not a real date. */
export function parseFormatted(text: string, format: string): string | null {
  const order = format.split(/[/.\-]/);
  const parts = text.trim().split(/[/.\-\s]+/).filter(Boolean);
  if (parts.length !== 3 || order.length !== 3) return null;
  const fields: Record<string, number> = {};
  for (let i = 0; i < 3; i++) {
    if (!/^\d+$/.test(parts[i]!)) return null;
    fields[order[i]!] = Number(parts[i]);
  }
  const y = fields.YYYY!;
  const m = fields.MM!;
  const d = fields.DD!;
  if (!(y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return null;
  return toIso({ y, m, d });
}

/** A long, localised name of the day for screen readers ("Monday, January 1, 2024"). */
export function longDate(iso: string): string {
  return utc(iso).toLocaleDateString(undefined, { timeZone: "UTC", weekday: "long", year: "numeric", month: "long", day: "numeric" });
}

export function monthTitle(y: number, m: number): string {
  const date = new Date(Date.UTC(2000, m - 1, 1));
  date.setUTCFullYear(y);
  return date.toLocaleDateString(undefined, { timeZone: "UTC", month: "long", year: "numeric" });
}

export function weekdayShort(day: number): string {
  // 2023-01-01 was a Sunday.
  return new Date(Date.UTC(2023, 0, 1 + day)).toLocaleDateString(undefined, { timeZone: "UTC", weekday: "short" });
}
