/**
 * Read-only cells of st.dataframe, st.data_editor and st.table: what a cell
 * shows (cellContent), its plain text (cellText, for search and widths) and
 * its data as text (cellExportText, for copy and CSV), per column kind and
 * st.column_config type_config.
 *
 *   const col = { ..., kind: "number", config: { type_config: { type: "number", format: "dollar" } } };
 *   cellText(1234.5, col)            // "$1,234.50"
 *   cellContent(null, col)           // <span class="stCellPlaceholder">None</span>
 *
 * App text only ever reaches the DOM as text nodes, attributes Preact sets,
 * or through the sanitizing Markdown pipeline (markdown columns).
 */
import type { ComponentChildren } from "preact";
import { UserIcon } from "../icons";
import { materialName } from "../material";
import { Markdown } from "../markdown/Markdown";
import { markdownToText } from "../markdown/render";
import { safeHref } from "../media/sourceImage";
import { CellChart, type ChartKind, CheckboxGlyph, Chips, type Chip, ProgressBar } from "./cellVisuals";
import { formatTemporal, type TemporalKind, toEpochMs } from "./datetime";
import { formatNumber } from "./format";
import type { GridColumn, TypeConfig } from "./types";
import { CATEGORICAL, isMissing, jsonText, numberList, safeColor, sameOption, scalarText, toList } from "./values";

export type CellOptions = {
  /** Text for missing values (st.dataframe's `placeholder`); default "None". */
  placeholder?: string | null;
  /** Styler display text of this cell; used unless the column config sets a format. */
  display?: string | null;
  /** "now" for relative datetime formats (tests pin it). */
  now?: number;
  /** Whether a button cell does something on click (a keyed ButtonColumn); inert otherwise. */
  clickable?: boolean;
};

type Kind = TypeConfig["type"];

/** The column type Streamlit picks for a pandas dtype name. */
export function inferKind(dtype: string): Kind {
  const d = dtype.trim();
  if (/^(u?int|float)\d*(\[pyarrow\])?$/i.test(d) || /^(double|halffloat|decimal)/i.test(d)) return "number";
  if (/^bool(ean)?(\[pyarrow\])?$/i.test(d)) return "checkbox";
  if (/^datetime64|^timestamp/i.test(d)) return "datetime";
  if (/^date(32|64)/i.test(d)) return "date";
  if (/^time(32|64)/i.test(d)) return "time";
  if (d === "category") return "selectbox";
  if (/^(large_)?list|^fixed_size_list/i.test(d)) return "list";
  return "text"; // object, string, timedelta64, period, interval, complex, ...
}

/** Horizontal alignment: the config's, else Streamlit's default for the kind. */
export function cellAlign(column: GridColumn): "left" | "center" | "right" {
  if (column.config.alignment) return column.config.alignment;
  const kind = column.kind;
  if (kind === "number" || kind === "progress") return "right";
  if (kind === "checkbox" || kind === "image" || kind === "audio" || kind === "video" || kind === "button") return "center";
  if (kind === "link" && settings(column).display_text) return "center";
  return "left";
}

function settings(column: GridColumn): Record<string, unknown> {
  return column.config.type_config ?? {};
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/** The configured format, or null when the column only infers one. */
function formatOf(column: GridColumn): string | null {
  return str(settings(column).format);
}

/** A value as a number (bigint kept), or null. */
function asNumber(value: unknown): number | bigint | null {
  if (typeof value === "number" || typeof value === "bigint") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return null;
}

function numberText(value: unknown, column: GridColumn): string {
  const n = asNumber(value);
  if (n === null) return scalarText(value);
  const step = num(settings(column).step) ?? (column.kind === "progress" && /^float/i.test(column.dtype) ? 0.01 : null);
  return formatNumber(n, formatOf(column), { step });
}

/** Timezone: the config's, else the one in a tz-aware dtype ("datetime64[ns, UTC]"). */
function timezoneOf(column: GridColumn): string | null {
  return str(settings(column).timezone) ?? /^datetime64\[\w+,\s*(.+)\]$/.exec(column.dtype)?.[1] ?? null;
}

function temporalText(value: unknown, column: GridColumn, now: number | undefined): string {
  const kind = column.kind as TemporalKind;
  const ms = toEpochMs(value, kind);
  if (ms === null) return scalarText(value);
  return formatTemporal(ms, kind, { format: formatOf(column), timezone: timezoneOf(column), now });
}

type Option = { value: unknown; label: string; color: string | null };

const optionCache = new WeakMap<object, Option[]>();

/** Options of a selectbox/multiselect config: values or {value, label, color}, with optional parallel labels/colours. */
function optionsOf(column: GridColumn): Option[] {
  const s = settings(column);
  const cached = optionCache.get(s);
  if (cached) return cached;
  const options = buildOptions(s);
  optionCache.set(s, options);
  return options;
}

function buildOptions(s: Record<string, unknown>): Option[] {
  const raw = Array.isArray(s.options) ? (s.options as unknown[]) : [];
  const labels = Array.isArray(s.option_labels) ? (s.option_labels as unknown[]) : [];
  const colors = Array.isArray(s.color) ? (s.color as unknown[]) : null;
  return raw.map((item, i) => {
    const obj = typeof item === "object" && item !== null && "value" in item ? (item as { value: unknown; label?: unknown; color?: unknown }) : null;
    const value = obj ? obj.value : item;
    const label = str(obj?.label) ?? str(labels[i]) ?? scalarText(value);
    let color = obj?.color ?? (colors ? colors[i % colors.length] : s.color);
    if (color === "auto") color = CATEGORICAL[i % CATEGORICAL.length];
    return { value, label, color: safeColor(color) };
  });
}

function findOption(options: Option[], value: unknown): Option | undefined {
  return options.find((o) => sameOption(o.value, value));
}

function chipsOf(value: unknown, column: GridColumn): Chip[] {
  const items = toList(value) ?? [value];
  const options = column.kind === "multiselect" ? optionsOf(column) : [];
  return items
    .filter((item) => !isMissing(item))
    .map((item) => {
      const option = findOption(options, item);
      return { text: option?.label ?? scalarText(item), color: option?.color ?? null };
    });
}

/** Link text: the URL, fixed text, or the first capture group of a regex display_text. */
function linkText(url: string, column: GridColumn): string {
  const display = str(settings(column).display_text);
  if (display === null) return url;
  if (!display.includes("(")) return display;
  try {
    const match = new RegExp(display).exec(url);
    return match ? (match[1] ?? match[0]) : url;
  } catch {
    return display; // not a valid regex: plain text with parentheses
  }
}

/** Image sources: http(s), relative, or data:image/ URIs; nothing that runs code. */
function safeImageSrc(url: string): string | undefined {
  return /^\s*data:image\//i.test(url) ? url : safeHref(url);
}

function mediaSrc(url: string, type: "audio" | "video"): string | undefined {
  return new RegExp(`^\\s*data:${type}/`, "i").test(url) ? url : safeHref(url);
}

/** Chart/progress colour: default primary; "auto" green when rising (or above half), red otherwise. */
function chartColor(column: GridColumn, rising: boolean): string {
  const color = settings(column).color;
  if (color === "auto") return rising ? "var(--st-green)" : "var(--st-red)";
  if (color === "auto-inverse") return rising ? "var(--st-red)" : "var(--st-green)";
  return safeColor(color) ?? "var(--st-primary)";
}

function progressBounds(column: GridColumn): [number, number] {
  const s = settings(column);
  const isFloat = /^float/i.test(column.dtype);
  return [num(s.min_value) ?? 0, num(s.max_value) ?? (isFloat ? 1 : 100)];
}

const DURATION_UNITS: Record<string, bigint> = { s: 1_000_000_000n, ms: 1_000_000n, us: 1000n, ns: 1n };

/** A timedelta (Arrow duration, bigint in the dtype's unit) as pandas prints it: "1 days 02:03:04.500000", "-1 days +23:00:00". */
function durationText(value: bigint, dtype: string): string {
  const unit = /\[(s|ms|us|ns)\]/.exec(dtype)?.[1] ?? "ns";
  const ns = value * (DURATION_UNITS[unit] ?? 1n);
  const DAY = 86_400_000_000_000n;
  // Floor division: negative durations are whole negative days plus a positive clock, like pandas.
  let days = ns / DAY;
  if (ns % DAY < 0n) days -= 1n;
  const rest = ns - days * DAY;
  const seconds = Number(rest / 1_000_000_000n);
  const frac = rest % 1_000_000_000n;
  const pad = (n: number) => String(n).padStart(2, "0");
  const clock = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  const fraction = frac === 0n ? "" : `.${String(frac).padStart(9, "0").replace(/000$/, "")}`;
  return `${days} days ${ns < 0n ? "+" : ""}${clock}${fraction}`;
}

// Kinds whose cell is text, so a Styler's display text can replace it.
const TEXT_KINDS = new Set<Kind>(["text", "number", "datetime", "date", "time", "selectbox", "link", "json"]);

/** Whether the Styler's text shows: config formats (and link display_text) take precedence. */
function usesDisplay(column: GridColumn): boolean {
  return TEXT_KINDS.has(column.kind) && formatOf(column) === null && str(settings(column).display_text) === null;
}

/** Plain text of a cell as it is shown ("" for missing values). */
export function cellText(value: unknown, column: GridColumn, options: CellOptions = {}): string {
  if (isMissing(value)) return "";
  if (options.display != null && usesDisplay(column)) return options.display;
  switch (column.kind) {
    case "number":
    case "progress":
      return numberText(value, column);
    case "checkbox":
      return String(Boolean(value));
    case "datetime":
    case "date":
    case "time":
      return temporalText(value, column, options.now);
    case "link":
      return typeof value === "string" ? linkText(value, column) : scalarText(value);
    case "selectbox":
      return findOption(optionsOf(column), value)?.label ?? scalarText(value);
    case "multiselect":
    case "list":
      return chipsOf(value, column)
        .map((c) => c.text)
        .join(", ");
    case "line_chart":
    case "bar_chart":
    case "area_chart":
      return numberList(value)
        .map((v) => (v === null ? "" : String(v)))
        .join(", ");
    case "json":
      return jsonText(value);
    case "markdown":
      return markdownToText(scalarText(value));
    case "text":
      if (typeof value === "bigint" && /^timedelta64/.test(column.dtype)) return durationText(value, column.dtype);
      return toList(value) && typeof value !== "string" ? chipsOf(value, column).map((c) => c.text).join(", ") : scalarText(value);
    default: // image, audio, video, button
      return toList(value) && typeof value !== "string" ? chipsOf(value, column).map((c) => c.text).join(", ") : scalarText(value);
  }
}

/** Where exported text goes: the clipboard (Ctrl/Cmd+C) or the toolbar's CSV file. */
export type ExportTarget = "copy" | "csv";

/** List items joined by commas, as Streamlit writes arrays; for copy, commas inside items become spaces. */
function listExportText(items: unknown[], target: ExportTarget): string {
  return items
    .map((item) => {
      const text = isMissing(item) ? "" : scalarText(item);
      return target === "copy" ? text.replace(/,/g, " ") : text;
    })
    .join(",");
}

/** ISO 8601 as Streamlit's CSV writes it: UTC with "Z" when the column has a timezone, else the naive wall clock. */
function isoExportText(ms: number, kind: TemporalKind, zoned: boolean): string | null {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString(); // "2025-03-04T20:00:00.000Z"
  if (kind === "date") return iso.slice(0, 10);
  if (kind === "time") return iso.slice(11, -1);
  return zoned ? iso : iso.slice(0, -1);
}

/**
 * A cell's underlying value as text, ignoring display formats: what copy
 * and CSV export write, as Streamlit does (its grid copies each cell's raw
 * value and its CSV writes the data, not the display).
 *
 * - numbers: full precision, no format, step rounding or thousands separators;
 * - datetimes: copy uses the default format in the column's zone
 *   ("2025-03-04 21:00:00+01:00"), CSV ISO 8601 ("2025-03-04T20:00:00.000Z";
 *   dates "2025-03-04", times "20:00:00.000");
 * - links their URL, checkboxes true/false, selectboxes the option value;
 * - lists and chart data comma-joined ("a,b"), JSON compact, Markdown raw;
 * - timedeltas as pandas prints them (the grid shows no other form);
 * - missing values "".
 */
export function cellExportText(value: unknown, column: GridColumn, target: ExportTarget = "csv"): string {
  if (isMissing(value)) return "";
  switch (column.kind) {
    case "number":
    case "progress":
      return typeof value === "number" || typeof value === "bigint" ? String(value) : scalarText(value);
    case "checkbox":
      return String(Boolean(value));
    case "datetime":
    case "date":
    case "time": {
      const kind = column.kind as TemporalKind;
      const ms = toEpochMs(value, kind);
      if (ms === null) return scalarText(value);
      const zone = timezoneOf(column);
      if (target === "csv") return isoExportText(ms, kind, zone !== null) ?? scalarText(value);
      return formatTemporal(ms, kind, { timezone: zone });
    }
    case "selectbox": {
      // Categories of datetimes are numbers in Arrow: the option's value is the data Python knows.
      const option = findOption(optionsOf(column), value);
      return scalarText(option ? option.value : value);
    }
    case "multiselect":
    case "list":
    case "line_chart":
    case "bar_chart":
    case "area_chart":
      return listExportText(toList(value) ?? [value], target);
    case "json":
      return typeof value === "string" ? value : jsonText(value);
    case "text":
      if (typeof value === "bigint" && /^timedelta64/.test(column.dtype)) return durationText(value, column.dtype);
      return typeof value !== "string" && toList(value) ? listExportText(toList(value) ?? [], target) : scalarText(value);
    default: // link (its URL), markdown (its source), image, audio, video, button
      return typeof value !== "string" && toList(value) ? listExportText(toList(value) ?? [], target) : scalarText(value);
  }
}

/** What a read-only cell shows. */
export function cellContent(value: unknown, column: GridColumn, options: CellOptions = {}): ComponentChildren {
  if (isMissing(value)) return <span class="stCellPlaceholder">{options.placeholder ?? "None"}</span>;
  const s = settings(column);
  switch (column.kind) {
    case "checkbox":
      return <CheckboxGlyph checked={Boolean(value)} />;
    case "multiselect":
    case "list":
      return <Chips chips={chipsOf(value, column)} />;
    case "link": {
      const url = scalarText(value);
      const href = safeHref(url);
      const text = cellText(value, column, options);
      const icon = materialName(text) === null ? text : <UserIcon icon={text} />;
      return href === undefined ? (
        <span class="stCellLink">{text}</span>
      ) : (
        <a class="stCellLink" href={href} target="_blank" rel="noopener noreferrer">
          {icon}
        </a>
      );
    }
    case "image": {
      const src = safeImageSrc(scalarText(value));
      return src === undefined ? null : <img class="stCellImage" src={src} alt="" loading="lazy" decoding="async" />;
    }
    case "audio":
    case "video": {
      const src = mediaSrc(scalarText(value), column.kind);
      if (src === undefined) return null;
      return column.kind === "audio" ? (
        <audio class="stCellAudio" src={src} controls preload="none" />
      ) : (
        <video class="stCellVideo" src={src} controls preload="metadata" muted playsInline />
      );
    }
    case "progress": {
      const n = asNumber(value);
      if (n === null) return scalarText(value);
      const [lo, hi] = progressBounds(column);
      const fraction = hi === lo ? 0 : (Number(n) - lo) / (hi - lo);
      return <ProgressBar fraction={fraction} text={numberText(value, column)} color={chartColor(column, fraction >= 0.5)} />;
    }
    case "line_chart":
    case "bar_chart":
    case "area_chart": {
      const data = numberList(value);
      const known = data.filter((v): v is number => v !== null);
      const rising = known.length < 2 || known[known.length - 1]! >= known[0]!;
      return <CellChart data={data} kind={column.kind as ChartKind} color={chartColor(column, rising)} yMin={num(s.y_min)} yMax={num(s.y_max)} />;
    }
    case "markdown":
      return <Markdown body={scalarText(value)} inline testId="stCellMarkdown" class="stCellMarkdown" />;
    case "button": {
      // The grid handles the click (Grid's onCellButton); a button that does nothing looks inert.
      const kind = s.button_type === "primary" || s.button_type === "tertiary" ? ` ${s.button_type}` : "";
      return (
        <button
          type="button"
          class={`stCellButton${kind}${options.clickable ? "" : " inert"}`}
          tabIndex={-1}
          aria-disabled={options.clickable ? undefined : "true"}
        >
          {cellText(value, column, options)}
        </button>
      );
    }
    case "json":
      return <span class="stCellJson">{cellText(value, column, options)}</span>;
    case "text":
      if (options.display == null && typeof value !== "string" && toList(value)) return <Chips chips={chipsOf(value, column)} />;
      return cellText(value, column, options);
    default: // number, datetime, date, time, selectbox
      return cellText(value, column, options);
  }
}
