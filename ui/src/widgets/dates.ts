/**
 * Pure date and time helpers for date_input, time_input, datetime_input and
 * date/time sliders. Dates are plain ISO strings ("2024-05-01") so no time
 * zone can shift them; slider values are epoch milliseconds read as UTC.
 *
 *   formatDate("2024-05-01", "DD.MM.YYYY")   // "01.05.2024"
 *   parseDate("01.05.2024", "DD.MM.YYYY")    // "2024-05-01"
 *   momentFormat(Date.UTC(2024, 4, 1), "MM/DD/YY")  // "05/01/24"
 */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export type Ymd = { y: number; m: number; d: number }; // m is 1-12

export function toYmd(iso: string): Ymd {
  const [y = 1970, m = 1, d = 1] = iso.slice(0, 10).split("-").map(Number);
  return { y, m, d };
}

/** Today in the browser's time zone. */
export function todayIso(): string {
  const t = new Date();
  return fromYmd({ y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate() });
}

export function fromYmd({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Days in month `m` (1-12) of year `y`. */
export function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `iso` moved by `days` (may be negative). */
export function addDays(iso: string, days: number): string {
  const { y, m, d } = toYmd(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return fromYmd({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

/** `iso` moved by whole months, the day clamped to the target month. */
export function addMonths(iso: string, months: number): string {
  const { y, m, d } = toYmd(iso);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return fromYmd({ y: ny, m: nm, d: Math.min(d, daysIn(ny, nm)) });
}

export function weekday(iso: string): number {
  const { y, m, d } = toYmd(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** "Wednesday, May 1, 2024": the accessible name of a calendar day. */
export function longDate(iso: string): string {
  const { y, m, d } = toYmd(iso);
  return `${DAYS[weekday(iso)]}, ${MONTHS[m - 1]} ${d}, ${y}`;
}

export function monthTitle(y: number, m: number): string {
  return `${MONTHS[m - 1]} ${y}`;
}

/** The weeks of a month as rows of ISO dates (null outside the month), Sunday first. */
export function monthGrid(y: number, m: number): (string | null)[][] {
  const first = weekday(fromYmd({ y, m, d: 1 }));
  const cells: (string | null)[] = Array.from({ length: first }, () => null);
  for (let d = 1; d <= daysIn(y, m); d++) cells.push(fromYmd({ y, m, d }));
  while (cells.length % 7) cells.push(null);
  const rows: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(cells.slice(i, i + 7));
  return rows;
}

/** Streamlit's date formats: YYYY/MM/DD, DD/MM/YYYY, MM/DD/YYYY with "/", "-" or ".". */
function formatParts(format: string): { order: ("Y" | "M" | "D")[]; sep: string } {
  const sep = format.match(/[/.-]/)?.[0] ?? "/";
  const order = format.split(sep).map((p) => p[0] as "Y" | "M" | "D");
  return { order, sep };
}

export function formatDate(iso: string, format: string): string {
  const { y, m, d } = toYmd(iso);
  const { order, sep } = formatParts(format);
  const part = { Y: pad(y, 4), M: pad(m), D: pad(d) };
  return order.map((k) => part[k]).join(sep);
}

/** The ISO date typed in `format`, or null when it is not a real date. */
export function parseDate(text: string, format: string): string | null {
  const { order } = formatParts(format);
  const pieces = text.trim().split(/[/.\s-]+/);
  if (pieces.length !== 3 || pieces.some((p) => !/^\d+$/.test(p))) return null;
  const got: Partial<Record<"Y" | "M" | "D", number>> = {};
  order.forEach((k, i) => (got[k] = Number(pieces[i])));
  const { Y: y, M: m, D: d } = got;
  if (y === undefined || m === undefined || d === undefined || y < 1 || m < 1 || m > 12 || d < 1) return null;
  if (d > daysIn(y, m)) return null;
  return fromYmd({ y, m, d });
}

export function clampIso(iso: string, min: string, max: string): string {
  return iso < min ? min : iso > max ? max : iso;
}

/** "HH:MM[:SS]" -> seconds since midnight. */
export function timeToSeconds(t: string): number {
  const [h = 0, m = 0, s = 0] = t.split(":").map(Number);
  return h * 3600 + m * 60 + s;
}

export function secondsToTime(total: number): string {
  const s = ((total % 86400) + 86400) % 86400;
  const base = `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}`;
  return s % 60 ? `${base}:${pad(s % 60)}` : base;
}

/** A wire time ("13:05") as shown: "13:05" (24h) or "1:05 PM" (12h). */
export function displayTime(t: string, format: "24h" | "12h"): string {
  if (format === "24h") return t;
  const [h = 0, rest] = [Number(t.slice(0, 2)), t.slice(2)];
  return `${h % 12 === 0 ? 12 : h % 12}${rest} ${h < 12 ? "AM" : "PM"}`;
}

/** A typed time ("9:30", "0930", "9:30 pm", "21:30:15") as a wire time, or null. */
export function parseTime(text: string): string | null {
  const match = text.trim().toLowerCase().match(/^(\d{1,2}):?(\d{2})(?::?(\d{2}))?\s*(am|pm|a|p)?$/);
  if (!match) return null;
  let h = Number(match[1]);
  const m = Number(match[2]);
  const s = Number(match[3] ?? 0);
  const meridiem = match[4];
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem.startsWith("p") ? 12 : 0);
  }
  if (h > 23 || m > 59 || s > 59) return null;
  return secondsToTime(h * 3600 + m * 60 + s);
}

/** Every time of day at `step` seconds from midnight. */
export function timeOptions(step: number): string[] {
  const out: string[] = [];
  for (let s = 0; s < 86400; s += Math.max(step, 60)) out.push(secondsToTime(s));
  return out;
}

/** Moment.js-style formatting of epoch milliseconds read as UTC (slider labels). */
export function momentFormat(ms: number, format: string): string {
  const t = new Date(ms);
  const y = t.getUTCFullYear();
  const mo = t.getUTCMonth();
  const d = t.getUTCDate();
  const h = t.getUTCHours();
  const tokens: Record<string, string> = {
    YYYY: pad(y, 4),
    YY: pad(y % 100),
    MMMM: MONTHS[mo] ?? "",
    MMM: (MONTHS[mo] ?? "").slice(0, 3),
    MM: pad(mo + 1),
    M: String(mo + 1),
    DD: pad(d),
    D: String(d),
    dddd: DAYS[t.getUTCDay()] ?? "",
    ddd: (DAYS[t.getUTCDay()] ?? "").slice(0, 3),
    HH: pad(h),
    H: String(h),
    hh: pad(h % 12 || 12),
    h: String(h % 12 || 12),
    mm: pad(t.getUTCMinutes()),
    m: String(t.getUTCMinutes()),
    ss: pad(t.getUTCSeconds()),
    s: String(t.getUTCSeconds()),
    A: h < 12 ? "AM" : "PM",
    a: h < 12 ? "am" : "pm",
  };
  // [text] is literal, as in Moment.
  return format.replace(/\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|A|a/g, (tok, literal?: string) =>
    literal !== undefined ? literal : (tokens[tok] ?? tok),
  );
}
