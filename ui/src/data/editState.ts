/**
 * st.data_editor's edit state (Streamlit's documented shape, what Python's
 * wasmlit.data.edit_state.parse_state reads) and the pure operations on it.
 *
 *   let s = emptyState();
 *   s = setCell(s, { kind: "original", row: 2 }, "price", 9.5);  // edited_rows {"2": {"price": 9.5}}
 *   s = addRow(s, { qty: 1 });                                   // added_rows [{"qty": 1}]
 *   s = deleteRows(s, [{ kind: "original", row: 0 }]);           // deleted_rows [0]
 *
 * Original rows are POSITIONS in the input data; values are keyed by column
 * NAME ("_index" for the index). The grid shows a view: original rows not
 * deleted, in order, then the added rows (`viewRows`).
 */
import type { JsonValue } from "../protocol/generated";
import type { GridColumn } from "./types";

export type RowValues = Record<string, JsonValue>;

export interface EditState {
  edited_rows: Record<string, RowValues>;
  added_rows: RowValues[];
  deleted_rows: number[];
}

/** A grid row: a row of the input data, or one the user added. */
export type RowRef = { kind: "original"; row: number } | { kind: "added"; index: number };

export const INDEX_KEY = "_index";

export function emptyState(): EditState {
  return { edited_rows: {}, added_rows: [], deleted_rows: [] };
}

function isRecord(value: unknown): value is Record<string, JsonValue> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Python's value (or null) as an EditState; malformed parts are dropped. */
export function normalize(value: unknown): EditState {
  if (!isRecord(value)) return emptyState();
  const edited: Record<string, RowValues> = {};
  if (isRecord(value.edited_rows)) {
    for (const [row, changes] of Object.entries(value.edited_rows)) if (isRecord(changes)) edited[row] = { ...changes };
  }
  const added = Array.isArray(value.added_rows) ? value.added_rows.filter(isRecord).map((r) => ({ ...r })) : [];
  const deleted = Array.isArray(value.deleted_rows) ? value.deleted_rows.filter((r): r is number => Number.isInteger(r)) : [];
  return { edited_rows: edited, added_rows: added, deleted_rows: sortedUnique(deleted) };
}

function sortedUnique(rows: readonly number[]): number[] {
  return [...new Set(rows)].sort((a, b) => a - b);
}

/** The key a column's values use in the state: its name, or "_index". */
export function columnKey(column: Pick<GridColumn, "index" | "name">): string {
  return column.index ? INDEX_KEY : column.name;
}

/** The grid's rows: kept original rows in order, then the added ones. */
export function viewRows(originalRows: number, state: EditState): RowRef[] {
  const deleted = new Set(state.deleted_rows);
  const out: RowRef[] = [];
  for (let row = 0; row < originalRows; row++) if (!deleted.has(row)) out.push({ kind: "original", row });
  state.added_rows.forEach((_, index) => out.push({ kind: "added", index }));
  return out;
}

/** The edited value of a cell, or undefined when the cell shows the input data (added rows: always a value). */
export function editedValue(state: EditState, ref: RowRef, key: string): { value: JsonValue } | undefined {
  if (ref.kind === "added") {
    const row = state.added_rows[ref.index];
    return { value: row && key in row ? (row[key] as JsonValue) : null };
  }
  const changes = state.edited_rows[String(ref.row)];
  return changes && key in changes ? { value: changes[key] as JsonValue } : undefined;
}

/** One cell set to `value`: an original row's edit, or an added row's value. */
export function setCell(state: EditState, ref: RowRef, key: string, value: JsonValue): EditState {
  if (ref.kind === "added") {
    if (ref.index < 0 || ref.index >= state.added_rows.length) return state;
    const added = state.added_rows.map((r, i) => (i === ref.index ? { ...r, [key]: value } : r));
    return { ...state, added_rows: added };
  }
  const row = String(ref.row);
  return { ...state, edited_rows: { ...state.edited_rows, [row]: { ...state.edited_rows[row], [key]: value } } };
}

/** The values a new row starts with: each data column's configured `default`. */
export function rowDefaults(columns: readonly GridColumn[]): RowValues {
  const out: RowValues = {};
  for (const column of columns) {
    const value = column.config.default;
    if (!column.index && value !== undefined && value !== null) out[column.name] = value as JsonValue;
  }
  return out;
}

export function addRow(state: EditState, values: RowValues = {}): EditState {
  return { ...state, added_rows: [...state.added_rows, { ...values }] };
}

/** Rows removed: original ones join deleted_rows (their edits dropped), added ones leave added_rows. */
export function deleteRows(state: EditState, refs: readonly RowRef[]): EditState {
  const originals = refs.flatMap((r) => (r.kind === "original" ? [r.row] : []));
  const added = new Set(refs.flatMap((r) => (r.kind === "added" ? [r.index] : [])));
  const edited = { ...state.edited_rows };
  for (const row of originals) delete edited[String(row)];
  return {
    edited_rows: edited,
    added_rows: state.added_rows.filter((_, i) => !added.has(i)),
    deleted_rows: sortedUnique([...state.deleted_rows, ...originals]),
  };
}

/** The widget value sent to Python: a fresh copy with deleted rows sorted. */
export function toWire(state: EditState): EditState {
  return normalize(state);
}
