/**
 * Date, time and datetime display for grid and table cells, as
 * st.column_config documents DatetimeColumn/DateColumn/TimeColumn `format`:
 * the presets "localized", "distance", "calendar", "iso8601" or a
 * Moment.js format string, in the column's timezone.
 *
 *   formatTemporal(Date.UTC(2025, 2, 4, 20), "datetime", {})                        // "2025-03-04 20:00:00"
 *   formatTemporal(Date.UTC(2025, 2, 4, 20), "datetime", { format: "ddd ha" })       // "Tue 8pm"
 *   formatTemporal(Date.UTC(2025, 2, 4, 20), "datetime", { timezone: "Europe/Berlin" }) // "2025-03-04 21:00:00+01:00"
 *
 * Values: epoch milliseconds (Arrow timestamps and dates), ISO strings, Date
 * objects; for times also milliseconds since midnight, bigint microseconds
 * (Arrow time64[us], what pyarrow makes of datetime.time) and "HH:MM:SS".
 * Naive datetimes are wall-clock times stored as UTC, so they are shown in UTC.
 */

export type TemporalKind = "datetime" | "date" | "time";

export type TemporalOptions = {
  format?: string | null;
  /** IANA name ("Europe/Berlin"), "UTC", or a fixed offset ("+05:30", "UTC-03:00"). null: naive. */
  timezone?: string | null;
  /** "now" for "distance" and "calendar" (tests pin it). */
  now?: number;
};

const DAY_MS = 86_400_000;

/** Epoch milliseconds of a cell value, or null when it is not a date/time. */
export function toEpochMs(value: unknown, kind: TemporalKind): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === "bigint") return kind === "time" ? Number(value) / 1000 : Number(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const text = value.trim();
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/.exec(text);
  if (time) {
    const [, h, m, s = "0", frac = ""] = time;
    return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(`0.${frac || "0"}`) * 1000;
  }
  // A naive ISO datetime is a wall-clock time: read it as UTC, like Arrow's naive timestamps.
  const naive = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(text);
  const ms = Date.parse(naive ? `${text.replace(" ", "T")}${text.length === 10 ? "T00:00:00" : ""}Z` : text);
  return Number.isNaN(ms) ? null : ms;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone: constructing them dominates formatting a column. */
function zoneFormatter(timezone: string): Intl.DateTimeFormat {
  let formatter = zoneFormatters.get(timezone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    zoneFormatters.set(timezone, formatter);
  }
  return formatter;
}

/** A timezone's offset from UTC (minutes) at `ms`; null when the name is unknown. */
export function zoneOffset(timezone: string, ms: number): number | null {
  const fixed = /^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?$/i.exec(timezone.trim());
  if (fixed) return (fixed[1] === "-" ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
  if (/^(UTC|GMT|Z)$/i.test(timezone.trim())) return 0;
  // Offsets change only on quarter hours: one Intl call per zone and quarter hour.
  const bucket = Math.floor(ms / QUARTER_HOUR);
  const key = `${timezone}|${bucket}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  let offset: number | null;
  try {
    const start = bucket * QUARTER_HOUR;
    const parts = zoneFormatter(timezone).formatToParts(new Date(start));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour") % 24, get("minute"), get("second"));
    offset = Math.round((wall - start) / 60_000);
  } catch {
    offset = null; // RangeError: not a timezone this browser knows
  }
  if (offsetCache.size > 100_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

const QUARTER_HOUR = 15 * 60_000;
const offsetCache = new Map<string, number | null>();

/** The text of a date/time cell. */
export function formatTemporal(ms: number, kind: TemporalKind, options: TemporalOptions): string {
  const format = options.format ?? null;
  const zone = kind === "datetime" && options.timezone ? options.timezone : null;
  const offset = zone === null ? null : zoneOffset(zone, ms);
  // Wall-clock milliseconds: formatting reads them as UTC fields.
  let wall = offset === null ? ms : ms + offset * 60_000;
  if (kind === "time") wall = ((wall % DAY_MS) + DAY_MS) % DAY_MS;
  switch (format) {
    case "iso8601":
      if (kind === "date") return momentFormat(wall, "YYYY-MM-DD", null);
      if (kind === "time") return new Date(wall).toISOString().slice(11);
      return new Date(ms).toISOString();
    case "localized":
      return localized(ms, kind, offset === null ? "UTC" : (zone ?? "UTC"), offset);
    case "distance":
      return distance(ms, options.now ?? Date.now());
    case "calendar":
      return calendar(wall, (options.now ?? Date.now()) + (offset ?? 0) * 60_000);
    case null:
    case "":
      if (kind === "date") return momentFormat(wall, "YYYY-MM-DD", null);
      if (kind === "time") return momentFormat(wall, wall % 1000 ? "HH:mm:ss.SSS" : "HH:mm:ss", null);
      return momentFormat(wall, offset === null ? "YYYY-MM-DD HH:mm:ss" : "YYYY-MM-DD HH:mm:ssZ", offset);
    default:
      return momentFormat(wall, format, offset);
  }
}

function localized(ms: number, kind: TemporalKind, zone: string, offset: number | null): string {
  const options: Intl.DateTimeFormatOptions =
    kind === "date" ? { dateStyle: "medium" } : kind === "time" ? { timeStyle: "medium" } : { dateStyle: "medium", timeStyle: "medium" };
  try {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone }).format(new Date(ms));
  } catch {
    // A fixed offset Intl does not name: format the shifted wall clock as UTC.
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: "UTC" }).format(new Date(ms + (offset ?? 0) * 60_000));
  }
}

// Moment.js's relative-time thresholds ("a few seconds ago", "3 days ago", "in a month").
const STEPS: [limit: number, one: string, many: string, unit: number][] = [
  [45, "a few seconds", "", 1],
  [90, "a minute", "", 1],
  [45 * 60, "", "minutes", 60],
  [90 * 60, "an hour", "", 1],
  [22 * 3600, "", "hours", 3600],
  [36 * 3600, "a day", "", 1],
  [26 * 86400, "", "days", 86400],
  [45 * 86400, "a month", "", 1],
  [320 * 86400, "", "months", 30.4375 * 86400],
  [548 * 86400, "a year", "", 1],
  [Infinity, "", "years", 365.25 * 86400],
];

function distance(ms: number, now: number): string {
  const seconds = Math.abs(now - ms) / 1000;
  const step = STEPS.find(([limit]) => seconds < limit)!;
  const [, one, many, unit] = step;
  const phrase = one || `${Math.max(2, Math.round(seconds / unit))} ${many}`;
  return ms <= now ? `${phrase} ago` : `in ${phrase}`;
}

/** Moment's calendar(): "Today at 8:00 PM", "Last Monday at ...", else "03/04/2025". */
function calendar(wall: number, nowWall: number): string {
  const days = Math.floor(wall / DAY_MS) - Math.floor(nowWall / DAY_MS);
  const at = momentFormat(wall, "[at] h:mm A", null);
  if (days === 0) return `Today ${at}`;
  if (days === 1) return `Tomorrow ${at}`;
  if (days === -1) return `Yesterday ${at}`;
  if (days > 1 && days < 7) return momentFormat(wall, "dddd [at] h:mm A", null);
  if (days < -1 && days > -7) return momentFormat(wall, "[Last] dddd [at] h:mm A", null);
  return momentFormat(wall, "MM/DD/YYYY", null);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

// Moment's localized shortcuts, in its default (English) locale.
const LOCALE_TOKENS: Record<string, string> = {
  LTS: "h:mm:ss A",
  LT: "h:mm A",
  LLLL: "dddd, MMMM D, YYYY h:mm A",
  LLL: "MMMM D, YYYY h:mm A",
  LL: "MMMM D, YYYY",
  L: "MM/DD/YYYY",
  llll: "ddd, MMM D, YYYY h:mm A",
  lll: "MMM D, YYYY h:mm A",
  ll: "MMM D, YYYY",
  l: "M/D/YYYY",
};

const TOKEN =
  /\[([^\]]*)\]|LTS|LT|LLLL|LLL|LL|L|llll|lll|ll|l|YYYY|YY|Q|MMMM|MMM|MM|Mo|M|DDDD|DDD|Do|DD|D|dddd|ddd|dd|do|d|E|HH|H|hh|h|kk|k|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x|ww|w/g;

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, "0");

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

function offsetText(offset: number | null, colon: boolean): string {
  const minutes = offset ?? 0;
  const sign = minutes < 0 ? "-" : "+";
  return `${sign}${pad(Math.abs(minutes) / 60)}${colon ? ":" : ""}${pad(Math.abs(minutes) % 60)}`;
}

type Fields = { t: Date; wall: number; offset: number | null; y: number; mo: number; d: number; h: number; wd: number; ms: number };

const dayOfYear = (f: Fields) => Math.floor((f.wall - Date.UTC(f.y, 0, 1)) / DAY_MS) + 1;
const weekOfYear = (f: Fields) => Math.ceil((dayOfYear(f) + new Date(Date.UTC(f.y, 0, 1)).getUTCDay()) / 7);
const epoch = (f: Fields) => f.wall - (f.offset ?? 0) * 60_000;

const TOKENS: Record<string, (f: Fields) => string> = {
  YYYY: (f) => pad(f.y, 4),
  YY: (f) => pad(f.y % 100),
  Q: (f) => String(Math.floor(f.mo / 3) + 1),
  MMMM: (f) => MONTHS[f.mo]!,
  MMM: (f) => MONTHS[f.mo]!.slice(0, 3),
  MM: (f) => pad(f.mo + 1),
  Mo: (f) => ordinal(f.mo + 1),
  M: (f) => String(f.mo + 1),
  DDDD: (f) => pad(dayOfYear(f), 3),
  DDD: (f) => String(dayOfYear(f)),
  Do: (f) => ordinal(f.d),
  DD: (f) => pad(f.d),
  D: (f) => String(f.d),
  dddd: (f) => DAYS[f.wd]!,
  ddd: (f) => DAYS[f.wd]!.slice(0, 3),
  dd: (f) => DAYS[f.wd]!.slice(0, 2),
  do: (f) => ordinal(f.wd),
  d: (f) => String(f.wd),
  E: (f) => String(f.wd === 0 ? 7 : f.wd),
  HH: (f) => pad(f.h),
  H: (f) => String(f.h),
  hh: (f) => pad(f.h % 12 || 12),
  h: (f) => String(f.h % 12 || 12),
  kk: (f) => pad(f.h || 24),
  k: (f) => String(f.h || 24),
  mm: (f) => pad(f.t.getUTCMinutes()),
  m: (f) => String(f.t.getUTCMinutes()),
  ss: (f) => pad(f.t.getUTCSeconds()),
  s: (f) => String(f.t.getUTCSeconds()),
  SSS: (f) => pad(f.ms, 3),
  SS: (f) => pad(f.ms / 10),
  S: (f) => String(Math.floor(f.ms / 100)),
  A: (f) => (f.h < 12 ? "AM" : "PM"),
  a: (f) => (f.h < 12 ? "am" : "pm"),
  ZZ: (f) => offsetText(f.offset, false),
  Z: (f) => offsetText(f.offset, true),
  X: (f) => String(Math.floor(epoch(f) / 1000)),
  x: (f) => String(epoch(f)),
  ww: (f) => pad(weekOfYear(f)),
  w: (f) => String(weekOfYear(f)),
};

/** A format split once into literal text and token readers (cached: one format serves a whole column). */
type Part = string | ((f: Fields) => string);
const compiled = new Map<string, Part[]>();

function compile(format: string): Part[] {
  let parts = compiled.get(format);
  if (parts !== undefined) return parts;
  const expanded = format.replace(/\[[^\]]*\]|LTS|LT|LLLL|LLL|LL|L|llll|lll|ll|l/g, (tok) => LOCALE_TOKENS[tok] ?? tok);
  parts = [];
  let last = 0;
  for (const match of expanded.matchAll(TOKEN)) {
    if (match.index > last) parts.push(expanded.slice(last, match.index));
    parts.push(match[1] !== undefined ? match[1] : (TOKENS[match[0]] ?? match[0]));
    last = match.index + match[0].length;
  }
  if (last < expanded.length) parts.push(expanded.slice(last));
  if (compiled.size > 500) compiled.clear();
  compiled.set(format, parts);
  return parts;
}

/**
 * Moment.js format tokens over wall-clock milliseconds read as UTC; `offset`
 * (minutes) feeds Z/ZZ and X/x. `[text]` is literal.
 */
export function momentFormat(wall: number, format: string, offset: number | null): string {
  const t = new Date(wall);
  const f: Fields = { t, wall, offset, y: t.getUTCFullYear(), mo: t.getUTCMonth(), d: t.getUTCDate(), h: t.getUTCHours(), wd: t.getUTCDay(), ms: ((wall % 1000) + 1000) % 1000 };
  let out = "";
  for (const part of compile(format)) out += typeof part === "string" ? part : part(f);
  return out;
}
