/**
 * Parsing and formatting for st.number_input.
 *
 *   parseNumber("1,5", "float")  // null (not a number)
 *   clampNumber(12, { min: 0, max: 10 })  // 10
 */
import { decimalsOf, sprintf } from "../format";

export function parseNumber(text: string, dataType: "int" | "float"): number | null {
  const trimmed = text.trim();
  if (trimmed === "" || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return null;
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return null;
  return dataType === "int" ? Math.round(n) : n;
}

export function clampNumber(n: number, bounds: { min: number | null; max: number | null }): number {
  let out = n;
  if (bounds.min !== null) out = Math.max(bounds.min, out);
  if (bounds.max !== null) out = Math.min(bounds.max, out);
  return out;
}

export function formatNumber(value: number | null, format: string, step: number, dataType: "int" | "float"): string {
  if (value === null) return "";
  if (format) return sprintf(format, value);
  return dataType === "int" ? String(Math.round(value)) : value.toFixed(Math.max(2, decimalsOf(step)));
}

/** value + delta*step without binary noise. */
export function stepNumber(value: number, delta: number, step: number): number {
  const digits = Math.max(decimalsOf(step), decimalsOf(value));
  return Number((value + delta * step).toFixed(Math.min(digits, 20)));
}
