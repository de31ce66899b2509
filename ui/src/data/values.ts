/**
 * Cell values as apache-arrow hands them over (numbers, bigint int64, strings,
 * booleans, epoch-ms numbers, Vectors for list columns, StructRows, null)
 * turned into plain JS, plus the colour names column configs use.
 *
 *   toList(vectorOf([1, 2]))      // [1, 2]
 *   toList("[1, 2]")              // [1, 2] (a JSON list in a string column)
 *   scalarText(12n)               // "12"
 *   safeColor("primary")          // "var(--st-primary)"
 *   sameOption("2025-03-04T20:00:00+00:00", 1741118400000)  // true
 */
import { toEpochMs } from "./datetime";

/** Null, undefined and NaN: cells show the placeholder. */
export function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "number" && Number.isNaN(value));
}

type VectorLike = { toArray(): Iterable<unknown> | unknown[]; length: number };

function hasToArray(value: object): value is VectorLike {
  return typeof (value as { toArray?: unknown }).toArray === "function" && typeof (value as { length?: unknown }).length === "number";
}

/** A list cell's items (Arrow Vector, array, typed array or JSON text); null when not a list. */
export function toList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value === "string") {
    const text = value.trim();
    if (!text.startsWith("[")) return null;
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
  if (typeof value !== "object" || value === null) return null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<unknown>);
  if (hasToArray(value)) {
    const items = value.toArray();
    return Array.isArray(items) ? items : Array.from(items as unknown as Iterable<unknown>);
  }
  return null;
}

/** Plain JSON-compatible data: bigint -> number/string, Vectors -> arrays, StructRows -> objects. */
export function toPlain(value: unknown): unknown {
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "object" || value === null) return value;
  const list = toList(value);
  if (list) return list.map(toPlain);
  const json = (value as { toJSON?: () => unknown }).toJSON;
  const source = typeof json === "function" ? json.call(value) : value;
  if (typeof source !== "object" || source === null) return source;
  return Object.fromEntries(Object.entries(source as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
}

/** Compact JSON text of a value; a string holding JSON is re-serialised compactly. */
export function jsonText(value: unknown): string {
  if (typeof value === "string") {
    try {
      return JSON.stringify(JSON.parse(value));
    } catch {
      return value;
    }
  }
  return JSON.stringify(toPlain(value)) ?? String(value);
}

/** The text of one scalar (list items, text cells of unusual types). */
export function scalarText(value: unknown): string {
  if (isMissing(value)) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (toList(value)) return jsonText(value);
  return jsonText(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]|$)/;
const ISO_TIME = /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * Whether a cell value is the selectbox option `option` (a JSON value from
 * Python). Categories of datetimes arrive as epoch-ms numbers (Arrow
 * dictionary of timestamps) while Python sends their options as ISO strings,
 * and categories of times as bigint microseconds against "HH:MM:SS": those
 * match by instant.
 */
export function sameOption(option: unknown, value: unknown): boolean {
  if (option === value) return true;
  if (typeof option !== "string") return scalarText(option) === scalarText(value);
  if (typeof value === "number" && ISO_DATE.test(option)) return Math.trunc(toEpochMs(option, "datetime") ?? NaN) === Math.trunc(value);
  if (typeof value === "bigint" && ISO_TIME.test(option)) return toEpochMs(option, "time") === toEpochMs(value, "time");
  return option === scalarText(value);
}

/** Numbers of a chart cell; non-numbers become gaps (null). */
export function numberList(value: unknown): (number | null)[] {
  return (toList(value) ?? []).map((item) => {
    const n = typeof item === "bigint" ? Number(item) : typeof item === "string" && item.trim() !== "" ? Number(item) : item;
    return typeof n === "number" && Number.isFinite(n) ? n : null;
  });
}

const THEME_COLORS = new Set(["red", "orange", "yellow", "green", "blue", "violet", "gray", "primary"]);

/** Streamlit's categorical palette, for options coloured "auto". */
export const CATEGORICAL = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];

const CSS_COLOR = /^(#[0-9a-f]{3,8}|(rgba?|hsla?)\(\s*[\d.\s,%/+-]+\)|[a-z]{3,30})$/i;

/**
 * A CSS colour for a config colour: theme names follow the app's theme;
 * anything but a plain colour (no url(), no var()) is refused (null).
 */
export function safeColor(color: unknown): string | null {
  if (typeof color !== "string") return null;
  const name = color.trim().toLowerCase() === "grey" ? "gray" : color.trim();
  if (THEME_COLORS.has(name.toLowerCase())) return `var(--st-${name.toLowerCase()})`;
  return CSS_COLOR.test(name) ? name : null;
}
