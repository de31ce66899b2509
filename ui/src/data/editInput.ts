/**
 * What st.data_editor's cell editors accept: the text an editor starts with,
 * and typed text turned into the JSON value Python expects, or refused with a
 * message when it breaks the column config (required, min/max, max_chars,
 * validate, whole numbers in int columns, options).
 *
 *   parseCell(intColumn, "4.5")   // { ok: false, error: "Enter a whole number." }
 *   parseCell(intColumn, "12")    // { ok: true, value: 12 }
 *   parseCell(dateColumn, "2024-05-01")  // { ok: true, value: "2024-05-01" }
 *
 * Dates go out as "YYYY-MM-DD", times as "HH:MM:SS", naive datetimes as
 * "YYYY-MM-DDTHH:MM:SS" (wall clock) and tz-aware ones as UTC instants ("...Z").
 */
import type { JsonValue } from "../protocol/generated";
import { toEpochMs, zoneOffset } from "./datetime";
import type { GridColumn } from "./types";
import { isMissing, scalarText, toList } from "./values";

export type Parsed = { ok: true; value: JsonValue } | { ok: false; error: string };

/** Editor families; null: the column is never editable. */
export type EditorKind = "text" | "number" | "checkbox" | "select" | "multi" | "list" | "date" | "time" | "datetime";

const READ_ONLY = new Set(["image", "audio", "video", "json", "line_chart", "bar_chart", "area_chart", "progress", "button"]);

function settings(column: GridColumn): Record<string, unknown> {
  return column.config.type_config ?? {};
}

const numberSetting = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

export function editorKind(column: GridColumn): EditorKind | null {
  const kind = column.kind;
  if (READ_ONLY.has(kind)) return null;
  if (kind === "number") return "number";
  if (kind === "checkbox") return "checkbox";
  if (kind === "selectbox") return Array.isArray(settings(column).options) ? "select" : "text";
  if (kind === "multiselect") return "multi";
  if (kind === "list") return "list";
  if (kind === "date" || kind === "time" || kind === "datetime") return kind;
  return "text"; // text, link, markdown
}

/** Whether typing a character on the cell opens its editor with that text (plain text fields only). */
export function acceptsTyping(column: GridColumn): boolean {
  const kind = editorKind(column);
  return kind === "text" || kind === "number" || kind === "list";
}

export function isRequired(column: GridColumn): boolean {
  return column.config.required === true;
}

/** Whether the column holds integers (pandas int64, Int64, uint8, int32[pyarrow] ...). */
export function isIntColumn(column: GridColumn): boolean {
  return /^u?int\d*(\[pyarrow\])?$/i.test(column.dtype.trim());
}

/** The column's timezone (config, else a tz-aware dtype), or null for naive datetimes. */
export function timezoneOf(column: GridColumn): string | null {
  const tz = settings(column).timezone;
  if (typeof tz === "string" && tz !== "") return tz;
  return /^datetime64\[\w+,\s*(.+)\]$/.exec(column.dtype)?.[1] ?? null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isoTime(msOfDay: number): string {
  const s = Math.floor(msOfDay / 1000);
  return `${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** Wall-clock "YYYY-MM-DDTHH:MM:SS" of an instant in `tz` (null: the instant is the wall clock). */
function wallClock(ms: number, tz: string | null): string {
  const offset = tz === null ? 0 : (zoneOffset(tz, ms) ?? 0);
  return new Date(ms + offset * 60_000).toISOString().slice(0, 19);
}

/** The instant of a wall-clock time in `tz` (two passes: the offset depends on the instant). */
function instantOf(wallMs: number, tz: string): number {
  const first = zoneOffset(tz, wallMs) ?? 0;
  const second = zoneOffset(tz, wallMs - first * 60_000) ?? first;
  return wallMs - second * 60_000;
}

/** The text an editor starts with for a cell value. */
export function initialText(column: GridColumn, value: unknown): string {
  if (isMissing(value)) return "";
  const kind = editorKind(column);
  if (kind === "date" || kind === "datetime" || kind === "time") {
    const ms = toEpochMs(value, kind);
    if (ms === null) return scalarText(value);
    if (kind === "date") return isoDate(ms);
    if (kind === "time") return isoTime(ms);
    return wallClock(ms, timezoneOf(column));
  }
  if (kind === "list" || kind === "multi") return (toList(value) ?? [value]).map(scalarText).join(", ");
  return scalarText(value);
}

/** A date/time/datetime text normalised for comparison ("HH:MM" -> "HH:MM:00"). */
function normalizeTemporal(text: string, kind: "date" | "time" | "datetime"): string | null {
  const t = text.trim().replace(" ", "T");
  if (kind === "date") return /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(Date.parse(t)) ? t : null;
  if (kind === "time") {
    const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/.exec(t);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return null;
    return `${pad(Number(m[1]))}:${m[2]}:${m[3] ?? "00"}`;
  }
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?$/.exec(t);
  if (!m) return null;
  const date = normalizeTemporal(m[1] as string, "date");
  const time = normalizeTemporal(m[2] as string, "time");
  return date && time ? `${date}T${time}` : null;
}

function describe(text: string): string {
  return text.replace("T", " ");
}

function parseTemporal(column: GridColumn, text: string, kind: "date" | "time" | "datetime"): Parsed {
  const labels = { date: "a date (YYYY-MM-DD)", time: "a time (HH:MM)", datetime: "a date and time" };
  const value = normalizeTemporal(text, kind);
  if (value === null) return { ok: false, error: `Enter ${labels[kind]}.` };
  const tz = kind === "datetime" ? timezoneOf(column) : null;
  const s = settings(column);
  const bound = (raw: unknown): string | null => {
    if (typeof raw !== "string") return null;
    const hasOffset = /([+-]\d{2}:?\d{2}|Z)$/i.test(raw.trim()) && kind === "datetime";
    if (tz !== null) {
      // A tz-aware column compares instants; a naive bound cannot be compared (Python agrees).
      if (!hasOffset) return null;
      return wallClock(Date.parse(raw), tz);
    }
    if (hasOffset) return null;
    return normalizeTemporal(kind === "date" ? raw.slice(0, 10) : raw.replace(/\.\d+$/, ""), kind);
  };
  const lo = bound(s.min_value);
  const hi = bound(s.max_value);
  if (lo !== null && value < lo) return { ok: false, error: `Must be ${describe(lo)} or later.` };
  if (hi !== null && value > hi) return { ok: false, error: `Must be ${describe(hi)} or earlier.` };
  if (tz === null) return { ok: true, value };
  return { ok: true, value: new Date(instantOf(Date.parse(`${value}Z`), tz)).toISOString() };
}

function decimals(step: number): number {
  const text = String(step);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]);
  return text.includes(".") ? (text.split(".")[1] as string).length : 0;
}

function parseNumber(column: GridColumn, text: string): Parsed {
  const t = text.trim().replace(/_/g, "");
  let n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(n)) return { ok: false, error: "Enter a number." };
  const s = settings(column);
  const int = isIntColumn(column);
  if (int && !Number.isInteger(n)) return { ok: false, error: "Enter a whole number." };
  const step = numberSetting(s.step);
  if (step !== null && step > 0 && !int) n = Number((Math.round(n / step) * step).toFixed(decimals(step)));
  const lo = numberSetting(s.min_value);
  const hi = numberSetting(s.max_value);
  if (lo !== null && n < lo) return { ok: false, error: `Must be at least ${lo}.` };
  if (hi !== null && n > hi) return { ok: false, error: `Must be at most ${hi}.` };
  return { ok: true, value: n };
}

function parseString(column: GridColumn, text: string): Parsed {
  const s = settings(column);
  const max = numberSetting(s.max_chars);
  if (max !== null && text.length > max) return { ok: false, error: `At most ${max} characters (${text.length} typed).` };
  if (typeof s.validate === "string" && s.validate !== "") {
    let pattern: RegExp | null = null;
    try {
      pattern = new RegExp(s.validate);
    } catch {
      pattern = null; // an invalid pattern validates nothing
    }
    if (pattern && !pattern.test(text)) return { ok: false, error: `Does not match the required format (${s.validate}).` };
  }
  return { ok: true, value: text };
}

/** A list cell typed as "a, b, c": numbers stay numbers when every item is one. */
function parseList(text: string): Parsed {
  const items = text.split(",").map((item) => item.trim()).filter((item) => item !== "");
  const numeric = items.length > 0 && items.every((item) => /^[+-]?(\d+\.?\d*|\.\d+)$/.test(item));
  return { ok: true, value: numeric ? items.map(Number) : items };
}

/** Typed text -> the cell's JSON value, or why it is refused. Empty text is null (or "required"). */
export function parseCell(column: GridColumn, text: string): Parsed {
  const kind = editorKind(column);
  const blank = text.trim() === "";
  if (blank && isRequired(column)) return { ok: false, error: "A value is required." };
  if (blank && kind !== "text") return { ok: true, value: null };
  switch (kind) {
    case "number":
      return parseNumber(column, text);
    case "date":
    case "time":
    case "datetime":
      return parseTemporal(column, text, kind);
    case "list":
      return parseList(text);
    default:
      return parseString(column, text);
  }
}

/** A chosen option (selectbox) or options (multiselect) checked against the config. */
export function checkOptions(column: GridColumn, values: readonly JsonValue[]): Parsed {
  const s = settings(column);
  const options = Array.isArray(s.options) ? (s.options as JsonValue[]) : null;
  if (column.kind === "selectbox") {
    const value = values[0] ?? null;
    if (value === null) return isRequired(column) ? { ok: false, error: "A value is required." } : { ok: true, value: null };
    if (options && !options.includes(value)) return { ok: false, error: `Not one of the options: ${scalarText(value)}.` };
    return { ok: true, value };
  }
  if (values.length === 0 && isRequired(column)) return { ok: false, error: "A value is required." };
  if (options && s.accept_new_options !== true) {
    const unknown = values.filter((v) => !options.includes(v));
    if (unknown.length > 0) return { ok: false, error: `Not among the options: ${unknown.map(scalarText).join(", ")}.` };
  }
  return { ok: true, value: [...values] };
}

/** Pasted text for any editable kind: checkboxes read true/false, options match a value or a label. */
export function parsePasted(column: GridColumn, text: string): Parsed {
  const kind = editorKind(column);
  const t = text.trim();
  if (kind === "checkbox") {
    if (t === "") return isRequired(column) ? { ok: false, error: "A value is required." } : { ok: true, value: null };
    if (/^(true|1|yes|on|checked)$/i.test(t)) return { ok: true, value: true };
    if (/^(false|0|no|off|unchecked)$/i.test(t)) return { ok: true, value: false };
    return { ok: false, error: "Enter true or false." };
  }
  if (kind === "select" || kind === "multi") {
    const s = settings(column);
    const options = Array.isArray(s.options) ? (s.options as JsonValue[]) : [];
    const labels = Array.isArray(s.option_labels) ? (s.option_labels as unknown[]) : [];
    const pick = (item: string): JsonValue => {
      const i = options.findIndex((o, n) => scalarText(o) === item || labels[n] === item);
      return i === -1 ? item : (options[i] as JsonValue);
    };
    const items = kind === "select" ? (t === "" ? [] : [pick(t)]) : t.split(",").map((x) => x.trim()).filter((x) => x !== "").map(pick);
    return checkOptions(column, items);
  }
  return parseCell(column, text);
}
