/**
 * st.dataframe's renderer (loaded lazily by ./dataframe): decode the wire
 * table, build the Styler, and hand both to the grid. The widget value is
 * the selection, in original row positions and column names.
 */
import { tableFromIPC } from "apache-arrow";
import { useMemo } from "preact/hooks";
import { decodeTable } from "../data/arrow";
import { useButtonClicks } from "../data/buttonClicks";
import { Grid } from "../data/Grid";
import { fromWire, parseModes, toWire, type Selection } from "../data/selection";
import { createStyler } from "../data/styles";
import type { ColumnConfig } from "../data/types";
import type { DataframeProps } from "../protocol/generated";
import { useWidgetValue } from "../widgets/useWidgetValue";
import type { ElementRenderer } from "./types";

type Value = DataframeProps["value"];

function decodeStyles(styles: DataframeProps["styles"]) {
  if (styles === null) return null;
  const table = (bytes: ArrayBuffer) => (bytes.byteLength === 0 ? null : tableFromIPC(new Uint8Array(bytes)));
  return createStyler(table(styles.display), table(styles.css));
}

export const render: ElementRenderer<"dataframe"> = ({ node }) => {
  const p = node.props;
  const table = useMemo(
    () => decodeTable(p.data, p.columns, p.column_config as Record<string, ColumnConfig>),
    [p.data, p.columns, p.column_config],
  );
  const styles = useMemo(() => decodeStyles(p.styles), [p.styles]);
  const layout = useMemo(() => ({ columnOrder: p.column_order, hideIndex: p.hide_index }), [p.column_order, p.hide_index]);
  const modes = useMemo(() => parseModes(p.selection_mode, p.selectable), [p.selection_mode, p.selectable]);
  const [value, , commit] = useWidgetValue<Value>(node.id, p.value);
  const selection = useMemo(() => fromWire(value, table.columns), [value, table.columns]);
  const onSelectionChange = (sel: Selection) => commit(toWire(sel, table.columns) as Value);
  const onCellButton = useButtonClicks(p.button_columns);
  return (
    <Grid
      table={table}
      layout={layout}
      height={p.height}
      width={p.width}
      rowHeight={p.row_height}
      placeholder={p.placeholder}
      styles={styles}
      modes={modes}
      selection={selection}
      onSelectionChange={onSelectionChange}
      onCellButton={onCellButton}
      alt={p.alt}
    />
  );
};
