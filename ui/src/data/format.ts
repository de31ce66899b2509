/**
 * Number display for grid and table cells, as st.column_config documents
 * NumberColumn/ProgressColumn `format`: named presets or a printf pattern.
 *
 *   formatNumber(1234.567, "dollar")        // "$1,234.57"
 *   formatNumber(1234.567, "%.1f kg")       // "1234.6 kg"
 *   formatNumber(1234, "%X")                // "4D2"
 *   formatNumber(0.123456, null)            // "0.1235" (inferred: at most 4 decimals)
 *   formatNumber(2n ** 63n - 1n, null)      // "9223372036854775807" (int64 stays exact)
 */
import { decimalsOf, sprintf } from "../format";

export type NumberOptions = {
  /** The column's step: fixes the decimals of inferred and preset formats (not printf ones). */
  step?: number | null;
};

const PRESETS = new Set(["plain", "localized", "percent", "dollar", "euro", "yen", "accounting", "bytes", "compact", "scientific", "engineering"]);

/** `value` shown with `format` (null: inferred from the value). */
export function formatNumber(value: number | bigint, format: string | null | undefined, options: NumberOptions = {}): string {
  const step = typeof options.step === "number" && options.step > 0 ? options.step : null;
  const decimals = step === null ? undefined : decimalsOf(step);
  if (typeof value === "bigint") {
    // int64 beyond 2^53: exact digits unless a format needs floating point.
    if (!format || format === "plain") return value.toString();
    if (format === "localized") return value.toLocaleString();
    return formatNumber(Number(value), format, options);
  }
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  if (!format) return inferred(value, decimals);
  if (PRESETS.has(format)) return preset(value, format, decimals);
  return printf(format, value);
}

/** Streamlit's default: integers as they are, floats with at most 4 decimals (more for tiny ones). */
function inferred(value: number, decimals: number | undefined): string {
  if (decimals !== undefined) return value.toFixed(decimals);
  if (Number.isInteger(value)) return Math.abs(value) >= 1e21 ? value.toExponential() : String(value);
  const abs = Math.abs(value);
  // Tiny values keep 4 significant digits instead of rounding to 0.
  const places = abs >= 1e-4 ? 4 : Math.min(20, 3 - Math.floor(Math.log10(abs)));
  return trimZeros(value.toFixed(places));
}

function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

// Building an Intl formatter costs far more than using one: grids format millions of cells.
const formatters = new Map<string, Intl.NumberFormat>();

/** `value` through a cached Intl formatter; `key` names the preset and decimals (options follow from them). */
function intl(key: string, value: number, options: Intl.NumberFormatOptions, locale?: string): string {
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

function preset(value: number, format: string, decimals: number | undefined): string {
  const key = `${format}|${decimals ?? ""}`;
  const fixed = (d: number) => ({ minimumFractionDigits: decimals ?? d, maximumFractionDigits: decimals ?? d });
  switch (format) {
    case "plain":
      return decimals === undefined ? String(value) : value.toFixed(decimals);
    case "localized":
      return intl(key, value, decimals === undefined ? { maximumFractionDigits: 4 } : fixed(0));
    case "percent":
      return `${(value * 100).toFixed(decimals ?? 2)}%`;
    // Currency presets are the same in every locale (the docs' examples).
    case "dollar":
      return intl(key, value, { style: "currency", currency: "USD", ...fixed(2) }, "en-US");
    case "euro":
      return intl(key, value, { style: "currency", currency: "EUR", ...fixed(2) }, "en-US");
    case "yen":
      return intl(key, value, { style: "currency", currency: "JPY", ...fixed(0) }, "en-US");
    case "accounting": {
      const text = intl(key, Math.abs(value), fixed(2), "en-US");
      return value < 0 ? `(${text})` : text;
    }
    case "bytes":
      return bytes(value, decimals);
    case "compact":
      return intl(key, value, { notation: "compact", maximumFractionDigits: decimals ?? 1 }, "en-US");
    case "scientific":
      return intl(key, value, { notation: "scientific", maximumFractionDigits: decimals ?? 3 }, "en-US");
    default: // engineering
      return intl(key, value, { notation: "engineering", maximumFractionDigits: decimals ?? 3 }, "en-US");
  }
}

const BYTE_UNITS = ["B", "KB", "MB", "GB", "TB", "PB", "EB"];

/** Decimal (1000-based) byte sizes: 1234 -> "1.2KB". */
function bytes(value: number, decimals: number | undefined): string {
  let scaled = Math.abs(value);
  let unit = 0;
  while (scaled >= 1000 && unit < BYTE_UNITS.length - 1) {
    scaled /= 1000;
    unit += 1;
  }
  const text = unit === 0 && decimals === undefined ? String(Math.round(scaled)) : scaled.toFixed(decimals ?? 1);
  return `${value < 0 ? "-" : ""}${text}${BYTE_UNITS[unit]}`;
}

// Conversions ../format.ts does not know: integers in other bases.
const RADIX_SPEC = /%([-+ 0#,]*)(\d+)?([xXob])/;

/** printf patterns (sprintf-js conversions): prefix and suffix text kept, `%%` a percent sign. */
function printf(format: string, value: number): string {
  const radix = RADIX_SPEC.exec(format);
  if (radix) {
    const [spec, flags = "", width] = radix;
    const conv = radix[3]!;
    const base = conv === "o" ? 8 : conv === "b" ? 2 : 16;
    // Unsigned like sprintf-js: negatives wrap to 32 bits.
    let text = (Math.trunc(value) >>> 0).toString(base);
    if (conv === "X") text = text.toUpperCase();
    const w = width ? Number(width) : 0;
    if (text.length < w) text = flags.includes("-") ? text.padEnd(w) : text.padStart(w, flags.includes("0") ? "0" : " ");
    return format.replace(spec, text).replace(/%%/g, "%");
  }
  return sprintf(format, value);
}
