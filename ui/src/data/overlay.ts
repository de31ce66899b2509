/**
 * The table st.data_editor's grid shows: the decoded input table with the
 * edit state laid over it (edited cells replaced, deleted rows hidden, added
 * rows appended). Grid row positions map back through `refs`.
 *
 *   const view = overlayTable(decodeTable(bytes, columns, config), state);
 *   view.refs[5]   // { kind: "original", row: 6 } when row 2 was deleted ...
 *   view.table.data.get("c0")?.get(5)
 *
 * Nothing is copied per row: each column reads through the state on demand.
 */
import type { DecodedColumn, DecodedTable } from "./arrow";
import { columnKey, editedValue, type EditState, type RowRef, viewRows } from "./editState";
import { isMissing } from "./values";
import type { CellStyler, GridColumn } from "./types";

export interface EditView {
  table: DecodedTable;
  refs: RowRef[];
}

function touched(state: EditState, key: string): boolean {
  return Object.values(state.edited_rows).some((changes) => key in changes);
}

function overlayColumn(base: DecodedColumn | undefined, column: GridColumn, state: EditState, refs: RowRef[], plain: boolean): DecodedColumn {
  const key = columnKey(column);
  const get = (row: number): unknown => {
    const ref = refs[row];
    if (ref === undefined) return null;
    const edited = editedValue(state, ref, key);
    if (edited !== undefined) return edited.value;
    return ref.kind === "original" ? base?.get(ref.row) : null;
  };
  // Untouched columns of an unchanged row set keep their fast numeric sort keys.
  const fast = plain && base !== undefined && !touched(state, key);
  return { length: refs.length, get, numericKeys: () => (fast ? base.numericKeys() : null) };
}

export function overlayTable(base: DecodedTable, state: EditState): EditView {
  const refs = viewRows(base.rows, state);
  const plain = state.added_rows.length === 0 && state.deleted_rows.length === 0;
  const data = new Map<string, DecodedColumn>();
  for (const column of base.columns) data.set(column.field, overlayColumn(base.data.get(column.field), column, state, refs, plain));
  return { table: { rows: refs.length, columns: base.columns, data }, refs };
}

/** Whether an added row still misses a value its column requires (no default either). */
export function missingRequired(view: EditView, row: number, column: GridColumn): boolean {
  if (column.config.required !== true || view.refs[row]?.kind !== "added") return false;
  return isMissing(view.table.data.get(column.field)?.get(row));
}

const REQUIRED_STYLE = { boxShadow: "inset 0 0 0 2px var(--st-red)", backgroundColor: "rgba(255, 43, 43, 0.08)" };

/**
 * Cell styles of the view: the input's Styler for original rows (its display
 * text only while a cell is unedited) and an error outline on required cells
 * an added row leaves empty.
 */
export function overlayStyler(view: EditView, base: CellStyler, state: EditState): CellStyler {
  const columns = new Map(view.table.columns.map((c) => [c.field, c]));
  return {
    displayText(row, field) {
      const ref = view.refs[row];
      const column = columns.get(field);
      if (ref?.kind !== "original" || !column) return null;
      return editedValue(state, ref, columnKey(column)) ? null : base.displayText(ref.row, field);
    },
    cellStyle(row, field) {
      const ref = view.refs[row];
      const column = columns.get(field);
      if (column && missingRequired(view, row, column)) return REQUIRED_STYLE;
      return ref?.kind === "original" ? base.cellStyle(ref.row, field) : undefined;
    },
  };
}
