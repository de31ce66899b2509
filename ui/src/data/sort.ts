/**
 * Sorting builds one permutation (view row -> original row) per sort; rows are
 * never copied. Numeric columns compare Float64 keys; others compare values
 * read once into an array. Missing values go last in both directions, and the
 * sort is stable (ties keep the original order).
 *
 *   const perm = sortPermutation(column, "asc");   // Uint32Array
 *   const original = perm[viewRow];
 */
import type { DecodedColumn } from "./arrow";

export type SortDirection = "asc" | "desc";
export interface SortState {
  field: string;
  direction: SortDirection;
}

/** Header clicks cycle ascending -> descending -> off. */
export function nextSort(current: SortState | null, field: string): SortState | null {
  if (current?.field !== field) return { field, direction: "asc" };
  return current.direction === "asc" ? { field, direction: "desc" } : null;
}

export function identity(rows: number): Uint32Array {
  const perm = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) perm[i] = i;
  return perm;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

function sortKey(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isNaN(value) ? null : value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.getTime();
  // Lists, structs: compare their JSON text.
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

export function sortPermutation(column: DecodedColumn, direction: SortDirection): Uint32Array {
  const rows = column.length;
  const perm = identity(rows);
  const sign = direction === "asc" ? 1 : -1;
  const numeric = column.numericKeys();
  if (numeric !== null) {
    perm.sort((a, b) => {
      const x = numeric[a] as number;
      const y = numeric[b] as number;
      if (x !== x) return y !== y ? 0 : 1; // NaN (missing) last
      if (y !== y) return -1;
      return x === y ? 0 : (x < y ? -1 : 1) * sign;
    });
    return perm;
  }
  const keys = new Array<string | number | null>(rows);
  for (let i = 0; i < rows; i++) keys[i] = sortKey(column.get(i));
  perm.sort((a, b) => {
    const x = keys[a] ?? null;
    const y = keys[b] ?? null;
    if (x === null) return y === null ? 0 : 1;
    if (y === null) return -1;
    if (typeof x === "number" && typeof y === "number") return (x - y) * sign;
    return collator.compare(String(x), String(y)) * sign;
  });
  return perm;
}
