/**
 * Which columns the grid shows, in which order, how wide, and which stay pinned.
 *
 *   const shown = visibleColumns(table.columns, { columnOrder: null, hideIndex: null });
 *   // index columns first (pinned), then config-pinned columns, then the rest
 */
import { cellText } from "./cells";
import type { ColumnData, GridColumn } from "./types";

export interface LayoutOptions {
  /** Fields in display order; other data columns are hidden. Index columns follow hideIndex. */
  columnOrder: readonly string[] | null;
  /** null: show the index (as Streamlit does for st.dataframe when not told otherwise). */
  hideIndex: boolean | null;
}

export interface ShownColumn {
  column: GridColumn;
  pinned: boolean;
}

/** Visible columns: pinned ones (index first) then the others, each in their order. */
export function visibleColumns(columns: readonly GridColumn[], options: LayoutOptions): ShownColumn[] {
  const byField = new Map(columns.map((c) => [c.field, c]));
  const index = options.hideIndex === true ? [] : columns.filter((c) => c.index);
  const data =
    options.columnOrder === null
      ? columns.filter((c) => !c.index)
      : options.columnOrder.flatMap((f) => {
          const c = byField.get(f);
          return c && !c.index ? [c] : [];
        });
  const shown = [...index, ...data].filter((c) => c.config.hidden !== true);
  const isPinned = (c: GridColumn) => (c.config.pinned ?? c.index) === true;
  return [
    ...shown.filter(isPinned).map((column) => ({ column, pinned: true })),
    ...shown.filter((c) => !isPinned(c)).map((column) => ({ column, pinned: false })),
  ];
}

const NAMED_WIDTHS = { small: 75, medium: 200, large: 400 } as const;
const CHAR_PX = 7.5; // average glyph width of the 14px grid font
const MIN_AUTO = 50;
const MAX_AUTO = 400;
const SAMPLE_ROWS = 50;

/** A column's width in px: the config's, else estimated from the label and the first rows. */
export function columnWidth(column: GridColumn, data: ColumnData | undefined, placeholder: string): number {
  const w = column.config.width;
  if (typeof w === "number") return w;
  if (w === "small" || w === "medium" || w === "large") return NAMED_WIDTHS[w];
  let longest = column.label.length + (column.config.help ? 2 : 0) + 2; // room for the sort arrow
  const rows = Math.min(data?.length ?? 0, SAMPLE_ROWS);
  for (let r = 0; r < rows; r++) {
    const value = data?.get(r);
    const text = value === null || value === undefined ? placeholder : cellText(value, column);
    longest = Math.max(longest, text.length);
  }
  return Math.round(Math.min(MAX_AUTO, Math.max(MIN_AUTO, longest * CHAR_PX + 24)));
}
