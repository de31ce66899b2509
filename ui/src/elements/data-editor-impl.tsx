/**
 * st.data_editor's renderer (loaded lazily by ./data_editor): the data grid
 * over an edit overlay (../data/overlay), cell editors (../data/editors), and
 * row actions per `num_rows`. The widget value is the edit state
 * (../data/editState), sent on every committed edit:
 *
 *   {"edited_rows": {"0": {"price": 2.5}}, "added_rows": [{"name": "x"}], "deleted_rows": [3]}
 *
 * Rows: the row checkbox column selects rows to delete (toolbar button or the
 * Delete key); "Add row" appends one with the columns' defaults. Pasting TSV
 * fills cells from the focused one (values the config refuses are skipped).
 */
import { tableFromIPC } from "apache-arrow";
import { useMemo, useRef, useState } from "preact/hooks";
import { decodeTable } from "../data/arrow";
import { useButtonClicks, type CellButtonHandler } from "../data/buttonClicks";
import { acceptsTyping, editorKind, parsePasted } from "../data/editInput";
import { CellEditor } from "../data/editors";
import { addRow, columnKey, deleteRows, normalize, rowDefaults, setCell, toWire, viewRows, type EditState, type RowRef } from "../data/editState";
import { Grid, type GridEditing } from "../data/Grid";
import { dataEditorCss } from "../data/editorCss";
import { overlayStyler, overlayTable } from "../data/overlay";
import { EMPTY_SELECTION, type Selection, type SelectionModes } from "../data/selection";
import { createStyler, NO_STYLES } from "../data/styles";
import type { ColumnConfig, GridColumn } from "../data/types";
import type { DataEditorProps, JsonValue } from "../protocol/generated";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

type Value = DataEditorProps["value"];

const NO_ROWS: SelectionModes = { rows: null, columns: null, cells: null };
const ROW_PICK: SelectionModes = { rows: "multi", columns: null, cells: null };

function decodeStyles(styles: DataEditorProps["styles"]) {
  if (styles === null) return NO_STYLES;
  const table = (bytes: ArrayBuffer) => (bytes.byteLength === 0 ? null : tableFromIPC(new Uint8Array(bytes)));
  return createStyler(table(styles.display), table(styles.css));
}

/** Whether a cell may be edited: `disabled`, the column config, read-only kinds; the index only in added rows. */
function cellEditable(ref: RowRef, column: GridColumn, disabled: DataEditorProps["disabled"]): boolean {
  if (disabled === true || (Array.isArray(disabled) && disabled.includes(column.field))) return false;
  if (column.config.disabled === true || editorKind(column) === null) return false;
  return !column.index || ref.kind === "added";
}

function PlusIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
      <path d="M12 5v14M5 12h14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}

function TrashIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
      <path d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    </svg>
  );
}

export const render: ElementRenderer<"data_editor"> = ({ node }) => {
  const p = node.props;
  const base = useMemo(
    () => decodeTable(p.data, p.columns, p.column_config as Record<string, ColumnConfig>),
    [p.data, p.columns, p.column_config],
  );
  const baseStyles = useMemo(() => decodeStyles(p.styles), [p.styles]);
  const layout = useMemo(() => ({ columnOrder: p.column_order, hideIndex: p.hide_index }), [p.column_order, p.hide_index]);
  // Python echoes the state back as a new object: equal content keeps the same reference.
  const echoed = JSON.stringify(p.value);
  const prop = useMemo(() => p.value, [echoed]);
  const [wire, , send] = useWidgetValue<Value>(node.id, prop);
  const state = useMemo(() => normalize(wire), [wire]);
  const view = useMemo(() => overlayTable(base, state), [base, state]);
  const styles = useMemo(() => overlayStyler(view, baseStyles, state), [view, baseStyles, state]);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [notice, setNotice] = useState<string | null>(null);
  const [focusRow, setFocusRow] = useState<{ row: number; seq: number } | null>(null);
  const clicks = useButtonClicks(p.button_columns);
  // The grid's rows are the view's; a click reports the row's position in the data
  // (added rows continue after the last one, as Python numbers them).
  const onCellButton = useMemo<CellButtonHandler | undefined>(() => {
    if (!clicks) return undefined;
    const click = (row: number, column: GridColumn, label: string) => {
      const ref = view.refs[row];
      if (ref) clicks(ref.kind === "original" ? ref.row : base.rows + ref.index, column, label);
    };
    return Object.assign(click, { handles: clicks.handles });
  }, [clicks, view, base.rows]);

  const locked = p.disabled === true;
  const canAdd = !locked && (p.num_rows === "dynamic" || p.num_rows === "add");
  const canDelete = !locked && (p.num_rows === "dynamic" || p.num_rows === "delete");

  // Editors commit after later renders: always build on the newest state.
  const latest = useRef(state);
  latest.current = state;
  const update = (next: EditState) => {
    latest.current = next;
    send(toWire(next) as Value);
  };

  const editing = useMemo<GridEditing>(() => {
    const editable = (row: number, column: GridColumn) => {
      const ref = view.refs[row];
      return ref !== undefined && cellEditable(ref, column, p.disabled);
    };
    const save = (row: number, column: GridColumn, value: JsonValue) => {
      const ref = view.refs[row];
      if (ref) update(setCell(latest.current, ref, columnKey(column), value));
    };
    return {
      canEdit: editable,
      typeToEdit: (_row, column) => acceptsTyping(column),
      renderEditor: ({ row, column, value, typed, done }) => (
        <CellEditor
          column={column}
          value={value}
          typed={typed}
          commit={(v) => {
            save(row, column, v);
            done();
          }}
          cancel={done}
        />
      ),
      toggle(row, column) {
        if (editorKind(column) !== "checkbox" || !editable(row, column)) return false;
        save(row, column, !view.table.data.get(column.field)?.get(row));
        return true;
      },
      paste(cells) {
        // One state update for the whole range; refused cells are skipped and reported.
        let next = latest.current;
        const refused: string[] = [];
        for (const { row, column, text } of cells) {
          const ref = view.refs[row];
          if (!ref || !cellEditable(ref, column, p.disabled)) continue;
          const parsed = parsePasted(column, text);
          if (parsed.ok) next = setCell(next, ref, columnKey(column), parsed.value);
          else refused.push(`${column.label}: ${parsed.error}`);
        }
        setNotice(refused.length === 0 ? null : `${refused.length} pasted value(s) refused. ${refused[0]}`);
        if (next !== latest.current) update(next);
      },
    };
  }, [view, p.disabled]);

  const add = () => {
    const next = addRow(latest.current, rowDefaults(base.columns));
    update(next);
    // The new row is the view's last: the grid scrolls to it and focuses its first editable cell.
    setFocusRow((f) => ({ row: viewRows(base.rows, next).length - 1, seq: (f?.seq ?? 0) + 1 }));
  };
  const removeSelected = () => {
    const refs = selection.rows.flatMap((r) => view.refs[r] ?? []);
    if (refs.length === 0) return;
    setSelection(EMPTY_SELECTION);
    update(deleteRows(latest.current, refs));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const onGrid = (e.target as Element | null)?.getAttribute?.("role") === "grid";
    if (onGrid && canDelete && (e.key === "Delete" || e.key === "Backspace") && selection.rows.length > 0) {
      e.preventDefault();
      removeSelected();
    }
  };

  const actions = (
    <>
      {canDelete && selection.rows.length > 0 ? (
        <button type="button" data-testid="stElementToolbarButton" class="dfToolButton dfRowDelete" aria-label="Delete rows" title="Delete rows" onClick={removeSelected}>
          <TrashIcon />
        </button>
      ) : null}
      {canAdd ? (
        <button type="button" data-testid="stElementToolbarButton" class="dfToolButton" aria-label="Add row" title="Add row" onClick={add}>
          <PlusIcon />
        </button>
      ) : null}
    </>
  );

  return (
    <div class="stDataEditorWrap" onKeyDown={onKeyDown}>
      <style>{dataEditorCss}</style>
      <Grid
        table={view.table}
        layout={layout}
        height={p.height}
        width={p.width}
        rowHeight={p.row_height}
        placeholder={p.placeholder}
        styles={styles}
        modes={canDelete ? ROW_PICK : NO_ROWS}
        selection={selection}
        onSelectionChange={setSelection}
        editing={editing}
        onCellButton={onCellButton}
        focusRow={focusRow}
        actions={actions}
        class="stDataEditor"
        alt={p.alt}
      />
      {notice ? (
        <div role="status" class="stDataEditorNotice" data-testid="stDataEditorNotice">
          {notice}
        </div>
      ) : null}
      {canAdd ? (
        <button type="button" class="stDataEditorAddRow" data-testid="stDataFrameAddRowButton" onClick={add}>
          <PlusIcon /> Add row
        </button>
      ) : null}
    </div>
  );
};
