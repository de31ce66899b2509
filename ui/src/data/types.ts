/**
 * Shared types of the data grid (st.dataframe / st.data_editor) and st.table.
 * The grid core (Grid.tsx), the cell renderers (cells.tsx) and the cell
 * editors (editors.tsx) meet here, so each can change without the others.
 */

/** One column's configuration as Python sends it (docs/protocol.md, column config). */
export interface ColumnConfig {
  label?: string | null;
  width?: "small" | "medium" | "large" | number | null;
  help?: string | null;
  disabled?: boolean | null;
  required?: boolean | null;
  pinned?: boolean | null;
  alignment?: "left" | "center" | "right" | null;
  default?: unknown;
  hidden?: boolean | null;
  type_config?: TypeConfig | null;
}

/** Type-specific settings; `type` decides the renderer and the editor. */
export interface TypeConfig {
  type:
    | "text"
    | "number"
    | "checkbox"
    | "selectbox"
    | "multiselect"
    | "list"
    | "datetime"
    | "date"
    | "time"
    | "link"
    | "image"
    | "audio"
    | "video"
    | "json"
    | "markdown"
    | "line_chart"
    | "bar_chart"
    | "area_chart"
    | "progress"
    | "button";
  [setting: string]: unknown;
}

/**
 * A column as the grid shows it: the wire descriptor joined with its config.
 * `kind` is the effective cell type: the config's type, else one inferred
 * from the Arrow/pandas dtype.
 */
export interface GridColumn {
  field: string; // Arrow field: "_index", "c0", ...
  name: string; // the pandas label, shown when no config label
  label: string; // what the header shows
  index: boolean;
  dtype: string; // pandas dtype name, e.g. "int64", "datetime64[ns, UTC]", "object"
  kind: TypeConfig["type"];
  config: ColumnConfig;
}

/** Row values are read straight from Arrow vectors: `get(row)` per column. */
export interface ColumnData {
  get(row: number): unknown;
  length: number;
}

/**
 * A pandas Styler's output per cell (Contract B `styles`), by ORIGINAL row
 * position and field. Build it with `createStyler(displayTable, cssTable)`
 * from ./styles (tables decoded with tableFromIPC); `NO_STYLES` when none.
 * Cells: `cellContent(value, column, { display: styler.displayText(row, field) })`
 * from ./cells, and `<div style={styler.cellStyle(row, field)}>` (a style
 * object, never a CSS string).
 */
export interface CellStyler {
  /** Styler.format's text of the cell, or null (the column config's format wins over it). */
  displayText(row: number, field: string): string | null;
  /** The cell's CSS as a Preact style object (unsafe declarations dropped), or undefined. */
  cellStyle(row: number, field: string): Record<string, string> | undefined;
}
