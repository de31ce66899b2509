/**
 * Pure value math for sliders: snapping to steps, clamping and formatting.
 *
 *   snap(0.30000000004, { min: 0, max: 1, step: 0.1 })  // 0.3
 */
import { decimalsOf, sprintf } from "../format";

export type Range = { min: number; max: number; step: number };

export function snap(value: number, { min, max, step }: Range): number {
  const steps = step > 0 ? Math.round((value - min) / step) : 0;
  const snapped = min + steps * step;
  // Round away binary noise (0.1 + 0.2) to the step's decimals.
  const digits = Math.max(decimalsOf(step), decimalsOf(min));
  const clean = Number(snapped.toFixed(Math.min(digits, 20)));
  return Math.min(max, Math.max(min, clean));
}

export function fraction(value: number, { min, max }: Range): number {
  return max === min ? 0 : (value - min) / (max - min);
}

export function formatValue(format: string, value: number): string {
  return sprintf(format, value);
}

/** The new value of thumb `i` when moved to `value`; thumbs never cross. */
export function moveThumb(values: readonly number[], i: number, value: number, range: Range): number[] {
  const next = values.slice();
  const lo = i > 0 ? (values[i - 1] ?? range.min) : range.min;
  const hi = i < values.length - 1 ? (values[i + 1] ?? range.max) : range.max;
  next[i] = Math.min(hi, Math.max(lo, snap(value, range)));
  return next;
}

/** Index of the thumb nearest to `value` (ties go to the later one when past it). */
export function nearestThumb(values: readonly number[], value: number): number {
  let best = 0;
  values.forEach((v, i) => {
    const d = Math.abs(v - value);
    const bestD = Math.abs((values[best] ?? 0) - value);
    if (d < bestD || (d === bestD && value > v)) best = i;
  });
  return best;
}
