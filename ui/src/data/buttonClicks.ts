/**
 * ButtonColumn clicks (st.column_config.ButtonColumn with a `key`): Python
 * sends `button_columns` ({field: widget id}); a click on a button cell sends
 * that widget a one-run trigger `{row, label}`, the row being the position in
 * the ORIGINAL data (sorting never changes it).
 *
 *   const onCellButton = useButtonClicks(props.button_columns);
 *   <Grid ... onCellButton={onCellButton} />
 *
 * Columns without a key have no widget: their buttons are drawn inert.
 */
import { useMemo } from "preact/hooks";
import { useWidgetHost } from "../widgets/context";
import type { GridColumn } from "./types";

export interface CellButtonHandler {
  (row: number, column: GridColumn, label: string): void;
  /** Whether this column's buttons do anything (its ButtonColumn has a key). */
  handles(column: GridColumn): boolean;
}

export function useButtonClicks(buttonColumns: Readonly<Record<string, string>> | undefined): CellButtonHandler | undefined {
  const { send } = useWidgetHost();
  return useMemo(() => {
    if (!buttonColumns || Object.keys(buttonColumns).length === 0) return undefined;
    const click = (row: number, column: GridColumn, label: string) => {
      const id = buttonColumns[column.field];
      if (id !== undefined) send({ id, value: { row, label }, trigger: true });
    };
    return Object.assign(click, { handles: (column: GridColumn) => column.kind === "button" && column.field in buttonColumns });
  }, [buttonColumns, send]);
}
