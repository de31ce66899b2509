/**
 * The data grid behind st.dataframe (and st.data_editor): virtualised rows
 * and columns, sticky header and pinned columns, sort, resize, search,
 * copy, CSV download and row/column/cell selection.
 *
 *   <Grid table={decodeTable(bytes, columns, config)} layout={{ columnOrder: null, hideIndex: null }}
 *         height="auto" width="stretch" />
 *
 * Rows are addressed two ways: a VIEW row (position on screen, after sorting)
 * and an ORIGINAL row (position in the data); `perm[viewRow]` maps one to the
 * other. Selection, editing and values always use original rows.
 */
import type { ComponentChildren, JSX } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { DecodedTable } from "./arrow";
import type { CellButtonHandler } from "./buttonClicks";
import { cellAlign, cellContent, cellText } from "./cells";
import { copyText, selectionTsv } from "./clipboard";
import { csvFileName, downloadCsv, tableCsv } from "./csv";
import { CHECK_WIDTH, HeaderCell, pinnedStyle, SelectAllCell } from "./GridHeader";
import { columnWidth, visibleColumns, type LayoutOptions } from "./layout";
import { nextMatch, searchSteps, type CellPos, type SearchContext, type SearchResult } from "./search";
import {
  cellRange,
  EMPTY_SELECTION,
  selectCell,
  toggleAllRows,
  toggleColumn,
  toggleRow,
  type Selection,
  type SelectionModes,
} from "./selection";
import { identity, nextSort, sortPermutation, type SortState } from "./sort";
import { Toolbar } from "./Toolbar";
import { NO_STYLES } from "./styles";
import type { CellStyler, ColumnData, GridColumn } from "./types";
import { useGridVirtual } from "./virtual";

/**
 * Hooks for st.data_editor (the grid itself never edits). Added rows come in
 * as a longer `table`, deleted ones as a shorter one; the editor owns that.
 */
export interface GridEditing {
  /** Whether a cell (original row) may be edited; Enter, F2 or a double click opens its editor. */
  canEdit(row: number, column: GridColumn): boolean;
  /** Whether typing a printable character on an editable cell opens its editor with that text. */
  typeToEdit?(row: number, column: GridColumn): boolean;
  /** The value shown, searched, copied and downloaded (edits applied); default: the data's. */
  valueAt?(row: number, column: GridColumn, original: unknown): unknown;
  /**
   * The editor drawn in the cell. `done()` closes it; the editor commits through its own state.
   * `typed`: the character that opened it (type-to-edit), its text replacing the value's.
   */
  renderEditor(cell: { row: number; column: GridColumn; value: unknown; typed?: string; done(): void }): ComponentChildren;
  /** A one-step edit (a checkbox) on a click or Space, without an editor; true when it handled the cell. */
  toggle?(row: number, column: GridColumn): boolean;
  /** Pasted TSV, cell by cell from the focused cell down and right (rows past the end dropped). */
  paste?(cells: { row: number; column: GridColumn; text: string }[]): void;
}

export interface GridProps {
  table: DecodedTable;
  layout: LayoutOptions;
  height: "auto" | "content" | "stretch" | number;
  width: "stretch" | "content" | number;
  rowHeight?: number | null;
  placeholder?: string | null;
  /** pandas Styler output (./styles createStyler); none by default. */
  styles?: CellStyler | null;
  modes?: SelectionModes;
  selection?: Selection;
  onSelectionChange?(sel: Selection): void;
  editing?: GridEditing;
  /** Extra toolbar buttons (data_editor's add and delete row buttons). */
  actions?: ComponentChildren;
  /**
   * Clicks on button cells (keyed ButtonColumns, ./buttonClicks): called with the
   * cell's original row and its label on a click, Enter or Space; never selects or edits.
   */
  onCellButton?: CellButtonHandler;
  /** Focus (and scroll to) the first editable cell of this original row whenever `seq` changes. */
  focusRow?: { row: number; seq: number } | null;
  testId?: string;
  class?: string;
  alt?: string | null;
}

export const HEADER_HEIGHT = 35;
export const DEFAULT_ROW_HEIGHT = 35;
const AUTO_ROWS = 10;
const CONTENT_MAX_PX = 10_000;
const NO_MODES: SelectionModes = { rows: null, columns: null, cells: null };
let nextId = 0;

function boxHeight(height: GridProps["height"], rows: number, rowH: number): JSX.CSSProperties {
  const border = 2;
  const auto = HEADER_HEIGHT + Math.max(1, Math.min(rows, AUTO_ROWS)) * rowH + border;
  if (typeof height === "number") return { height: `${height}px` };
  if (height === "stretch") return { height: "100%", minHeight: `${auto}px` };
  if (height === "content") return { height: `${Math.min(CONTENT_MAX_PX, HEADER_HEIGHT + rows * rowH + border)}px` };
  return { height: `${auto}px` };
}

/** The data as the grid reads it: edits applied when an editor is attached. */
function useEditedData(table: DecodedTable, editing: GridEditing | undefined): ReadonlyMap<string, ColumnData> {
  return useMemo(() => {
    const valueAt = editing?.valueAt;
    if (!valueAt) return table.data;
    const out = new Map<string, ColumnData>();
    for (const column of table.columns) {
      const base = table.data.get(column.field);
      out.set(column.field, { length: table.rows, get: (row) => valueAt(row, column, base?.get(row)) });
    }
    return out;
  }, [table, editing]);
}

/** A key that types one character (not Enter, arrows, F-keys, ...). */
function isPrintable(key: string): boolean {
  return [...key].length === 1 && key !== " ";
}

const NO_MATCHES: SearchResult = { matches: [], keys: new Set(), truncated: false };
const SEARCH_SLICE_MS = 12;

/**
 * Search results for `query`, computed in slices of ~12 ms so a million-row
 * scan never blocks scrolling or typing; a new query cancels the old scan.
 */
function useSearch(query: string, ctx: SearchContext): SearchResult {
  const [found, setFound] = useState<SearchResult>(NO_MATCHES);
  useEffect(() => {
    const steps = searchSteps(query, ctx);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let shown = -1;
    let lastResult = NO_MATCHES;
    const run = () => {
      const until = performance.now() + SEARCH_SLICE_MS;
      let step = steps.next();
      while (!step.done) {
        lastResult = step.value;
        if (performance.now() >= until) break;
        step = steps.next();
      }
      // A fresh object when it grew, so the cells re-render with the new highlights.
      if (step.done || lastResult.matches.length !== shown) {
        shown = lastResult.matches.length;
        setFound({ ...lastResult });
      }
      if (!step.done) timer = setTimeout(run, 0);
    };
    run();
    return () => clearTimeout(timer);
  }, [query, ctx]);
  return found;
}

export function Grid(props: GridProps) {
  const { table, editing } = props;
  const modes = props.modes ?? NO_MODES;
  const selection = props.selection ?? EMPTY_SELECTION;
  const rowH = props.rowHeight ?? DEFAULT_ROW_HEIGHT;
  const placeholder = props.placeholder ?? "None";
  const styler = props.styles ?? NO_STYLES;
  const id = useMemo(() => `df${nextId++}`, []);
  const [scrollEl, setScrollEl] = useState<HTMLDivElement | null>(null);
  const [sort, setSort] = useState<SortState | null>(null);
  const [resized, setResized] = useState<Record<string, number>>({});
  const [focus, setFocus] = useState<CellPos | null>(null);
  const [anchor, setAnchor] = useState<CellPos | null>(null);
  const [editingCell, setEditingCell] = useState<(CellPos & { typed?: string }) | null>(null);
  const [search, setSearch] = useState({ open: false, query: "", current: -1 });
  const data = useEditedData(table, editing);

  const shown = useMemo(
    () => visibleColumns(table.columns, props.layout),
    [table.columns, props.layout.columnOrder, props.layout.hideIndex],
  );
  const columns = useMemo(() => shown.map((s) => s.column), [shown]);
  const autoWidths = useMemo(
    () => columns.map((c) => columnWidth(c, table.data.get(c.field), placeholder)),
    [columns, table.data, placeholder],
  );
  const widths = columns.map((c, i) => resized[c.field] ?? (autoWidths[i] as number));
  const pinnedCount = shown.filter((s) => s.pinned).length;
  const checkCol = modes.rows !== null;
  const pinnedLefts: number[] = [];
  let pinnedWidth = checkCol ? CHECK_WIDTH : 0;
  for (let i = 0; i < pinnedCount; i++) {
    pinnedLefts.push(pinnedWidth);
    pinnedWidth += widths[i] as number;
  }
  const scrolledWidths = widths.slice(pinnedCount);

  const perm = useMemo(() => {
    const column = sort ? table.data.get(sort.field) : undefined;
    return column && sort ? sortPermutation(column, sort.direction) : identity(table.rows);
  }, [table, sort]);
  const ctx: SearchContext = useMemo(() => ({ rows: table.rows, perm, columns, data }), [table.rows, perm, columns, data]);
  const found = useSearch(search.query, ctx);

  const v = useGridVirtual(scrollEl, {
    rows: table.rows,
    rowHeight: rowH,
    headerHeight: HEADER_HEIGHT,
    widths: scrolledWidths,
    pinnedWidth,
  });

  const aria = (col: number) => col + 1 + (checkCol ? 1 : 0);
  const selectedRows = useMemo(() => new Set(selection.rows), [selection.rows]);
  const selectedCols = useMemo(() => new Set(selection.columns), [selection.columns]);
  const selectedCells = useMemo(() => new Set(selection.cells.map(([r, f]) => `${r}:${f}`)), [selection.cells]);
  const change = (sel: Selection) => props.onSelectionChange?.(sel);

  const reveal = (pos: CellPos) => {
    v.scrollToRow(pos.viewRow);
    if (pos.col >= pinnedCount) v.scrollToColumn(pos.col - pinnedCount);
  };
  const moveFocus = (pos: CellPos) => {
    const clamped = {
      viewRow: Math.max(0, Math.min(table.rows - 1, pos.viewRow)),
      col: Math.max(0, Math.min(columns.length - 1, pos.col)),
    };
    setFocus(clamped);
    reveal(clamped);
    return clamped;
  };
  const goToMatch = (index: number) => {
    const match = found.matches[index];
    setSearch((s) => ({ ...s, current: index }));
    if (match) {
      setFocus(match);
      reveal(match);
    }
  };

  // A new query (or a re-sort) jumps to its first match.
  useEffect(() => {
    if (search.current === -1 && found.matches.length > 0) goToMatch(0);
  }, [found]);

  const onHeader = (field: string) => {
    if (modes.columns) change(toggleColumn(selection, field, modes.columns));
    else setSort((s) => nextSort(s, field));
  };

  /** A click, Enter or Space on an active button cell: true when it was one (nothing else happens then). */
  const pressButton = (pos: CellPos): boolean => {
    const column = columns[pos.col];
    const handler = props.onCellButton;
    if (!column || !handler?.handles(column)) return false;
    const row = perm[pos.viewRow] as number;
    const value = data.get(column.field)?.get(row);
    handler(row, column, cellText(value, column));
    return true;
  };

  const clickCell = (pos: CellPos, e: MouseEvent) => {
    setFocus(pos);
    scrollEl?.focus({ preventScroll: true });
    // Only the button itself clicks; the rest of its cell focuses (and selects) as any cell.
    if ((e.target as Element).closest(".stCellButton") && pressButton(pos)) return;
    const row = perm[pos.viewRow] as number;
    const field = columns[pos.col]?.field;
    if (!e.shiftKey && field !== undefined && editing?.toggle?.(row, columns[pos.col] as GridColumn)) return;
    if (!modes.cells || field === undefined) return;
    if (e.shiftKey && anchor && modes.cells === "multi") {
      change({ ...EMPTY_SELECTION, cells: cellRange(anchor, pos, perm, columns.map((c) => c.field)) });
      return;
    }
    setAnchor(pos);
    change(selectCell(selection, [row, field], modes.cells, e.ctrlKey || e.metaKey));
  };

  const startEdit = (pos: CellPos, typed?: string): boolean => {
    const column = columns[pos.col];
    const row = perm[pos.viewRow] as number;
    if (!editing || !column || !editing.canEdit(row, column)) return false;
    if (typed !== undefined && !editing.typeToEdit?.(row, column)) return false;
    setEditingCell({ ...pos, typed });
    return true;
  };

  // "Add row" (and the like) asks for a row: focus its first editable cell, scrolled into view.
  useEffect(() => {
    const want = props.focusRow;
    if (!want || want.row >= table.rows || columns.length === 0) return;
    const viewRow = perm.indexOf(want.row);
    if (viewRow === -1) return;
    const col = Math.max(0, editing ? columns.findIndex((c) => editing.canEdit(want.row, c)) : 0);
    setFocus({ viewRow, col });
    reveal({ viewRow, col });
    scrollEl?.focus({ preventScroll: true });
  }, [props.focusRow?.seq]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (editingCell) return; // the editor owns the keyboard
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === "c") {
      e.preventDefault();
      void copyText(selectionTsv(selection, focus, ctx));
      return;
    }
    if (mod && e.key.toLowerCase() === "f") {
      e.preventDefault();
      setSearch((s) => ({ ...s, open: true }));
      return;
    }
    const at = focus ?? { viewRow: 0, col: 0 };
    const page = Math.max(1, Math.floor(((scrollEl?.clientHeight ?? 0) - HEADER_HEIGHT) / rowH));
    const moves: Record<string, CellPos> = {
      ArrowDown: { viewRow: at.viewRow + 1, col: at.col },
      ArrowUp: { viewRow: at.viewRow - 1, col: at.col },
      ArrowRight: { viewRow: at.viewRow, col: at.col + 1 },
      ArrowLeft: { viewRow: at.viewRow, col: at.col - 1 },
      PageDown: { viewRow: at.viewRow + page, col: at.col },
      PageUp: { viewRow: at.viewRow - page, col: at.col },
      Home: mod ? { viewRow: 0, col: 0 } : { viewRow: at.viewRow, col: 0 },
      End: mod ? { viewRow: table.rows - 1, col: columns.length - 1 } : { viewRow: at.viewRow, col: columns.length - 1 },
    };
    const target = moves[e.key];
    if (target && table.rows > 0) {
      e.preventDefault();
      moveFocus(focus ? target : at);
    } else if ((e.key === "Enter" || e.key === " ") && focus && pressButton(focus)) {
      e.preventDefault();
    } else if ((e.key === "Enter" || e.key === "F2") && focus) {
      e.preventDefault();
      startEdit(focus);
    } else if (e.key === " " && focus && editing?.toggle?.(perm[focus.viewRow] as number, columns[focus.col] as GridColumn)) {
      e.preventDefault();
    } else if (e.key === " " && focus && modes.rows) {
      e.preventDefault();
      change(toggleRow(selection, perm[focus.viewRow] as number, modes.rows));
    } else if (focus && !mod && !e.altKey && !e.isComposing && isPrintable(e.key) && startEdit(focus, e.key)) {
      e.preventDefault(); // the editor starts with the character instead
    }
  };

  const onPaste = (e: ClipboardEvent) => {
    const text = e.clipboardData?.getData("text/plain");
    if (editingCell || !focus || !editing?.paste || !text) return;
    e.preventDefault();
    const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
    const cells = lines.flatMap((line, i) => {
      const viewRow = focus.viewRow + i;
      if (viewRow >= table.rows) return [];
      return line.split("\t").flatMap((cellText, j) => {
        const column = columns[focus.col + j];
        return column ? [{ row: perm[viewRow] as number, column, text: cellText }] : [];
      });
    });
    editing.paste(cells);
  };

  const onCanvasClick = (e: MouseEvent) => {
    const cell = (e.target as Element).closest<HTMLElement>("[data-vr]");
    if (!cell) return;
    const viewRow = Number(cell.dataset.vr);
    // Clicks inside the open editor belong to the editor (focus must stay in it).
    if (editingCell?.viewRow === viewRow && String(editingCell.col) === cell.dataset.c) return;
    if (cell.dataset.check !== undefined) {
      if (modes.rows) change(toggleRow(selection, perm[viewRow] as number, modes.rows));
      return;
    }
    clickCell({ viewRow, col: Number(cell.dataset.c) }, e);
  };
  const onCanvasDblClick = (e: MouseEvent) => {
    const cell = (e.target as Element).closest<HTMLElement>("[data-c]");
    if (cell?.dataset.vr !== undefined) startEdit({ viewRow: Number(cell.dataset.vr), col: Number(cell.dataset.c) });
  };

  const renderCell = (viewRow: number, col: number, left: number | null) => {
    const column = columns[col] as GridColumn;
    const row = perm[viewRow] as number;
    const value = data.get(column.field)?.get(row);
    const isFocus = focus?.viewRow === viewRow && focus.col === col;
    const selected =
      selectedCells.has(`${row}:${column.field}`) || selectedCols.has(column.field) || selectedRows.has(row);
    const key = viewRow * columns.length + col;
    const current = found.matches[search.current];
    const cls = [
      "dfCell",
      `align-${cellAlign(column)}`,
      left !== null ? "dfPinned" : "",
      column.index ? "dfIndex" : "",
      isFocus ? "dfFocus" : "",
      selected ? "dfSelected" : "",
      found.keys.has(key) ? (current?.viewRow === viewRow && current.col === col ? "dfMatch dfMatchCurrent" : "dfMatch") : "",
    ].join(" ");
    const style = { ...pinnedStyle(widths[col] as number, left), ...styler.cellStyle(row, column.field) };
    let content: ComponentChildren;
    if (editing && editingCell?.viewRow === viewRow && editingCell.col === col) {
      const done = () => (setEditingCell(null), scrollEl?.focus());
      content = editing.renderEditor({ row, column, value, typed: editingCell.typed, done });
    } else {
      const display = styler.displayText(row, column.field);
      const clickable = column.kind === "button" && props.onCellButton?.handles(column) === true;
      content = cellContent(value, column, { placeholder, display, clickable });
    }
    return (
      <div
        key={column.field}
        id={`${id}-r${viewRow}-c${col}`}
        role="gridcell"
        aria-colindex={aria(col)}
        aria-selected={selected || undefined}
        data-vr={viewRow}
        data-c={col}
        class={cls}
        style={style}
      >
        {content}
      </div>
    );
  };

  const firstCol = v.cols[0];
  const lead = firstCol ? firstCol.start - pinnedWidth : 0;
  const pinnedIdx = Array.from({ length: pinnedCount }, (_, i) => i);
  const rowCells = (viewRow: number) => [
    ...pinnedIdx.map((i) => renderCell(viewRow, i, pinnedLefts[i] as number)),
    <div key="_lead" class="dfLead" style={{ width: `${lead}px` }} />,
    ...v.cols.map((item) => renderCell(viewRow, item.index + pinnedCount, null)),
  ];

  const header = (
    <div role="row" aria-rowindex={1} class="dfHeader" style={{ height: `${HEADER_HEIGHT}px`, width: `${v.canvasWidth}px` }}>
      {checkCol ? (
        <SelectAllCell
          multi={modes.rows === "multi"}
          all={table.rows > 0 && selection.rows.length === table.rows}
          some={selection.rows.length > 0}
          onToggle={() => change(toggleAllRows(selection, table.rows))}
        />
      ) : null}
      {[...pinnedIdx, -1, ...v.cols.map((c) => c.index + pinnedCount)].map((col) => {
        if (col === -1) return <div key="_lead" class="dfLead" style={{ width: `${lead}px` }} />;
        const column = columns[col] as GridColumn;
        return (
          <HeaderCell
            key={column.field}
            column={column}
            colIndex={aria(col)}
            width={widths[col] as number}
            pinnedLeft={col < pinnedCount ? (pinnedLefts[col] as number) : null}
            sort={sort}
            selectable={modes.columns !== null && !column.index}
            selected={selectedCols.has(column.field)}
            onActivate={column.index && modes.columns ? (f) => setSort((s) => nextSort(s, f)) : onHeader}
            onSort={(f) => setSort((s) => nextSort(s, f))}
            onResize={(f, w) => setResized((r) => ({ ...r, [f]: w }))}
          />
        );
      })}
    </div>
  );

  const boxWidth: JSX.CSSProperties =
    props.width === "stretch" ? { width: "100%" } : { width: `${typeof props.width === "number" ? props.width : v.canvasWidth + 2}px`, maxWidth: "100%" };
  const focusId = focus && scrollEl ? `${id}-r${focus.viewRow}-c${focus.col}` : undefined;

  return (
    <div data-testid={props.testId ?? "stDataFrame"} class={`stDataFrame dfRoot ${props.class ?? ""}`} style={boxWidth}>
      <Toolbar
        actions={props.actions}
        search={{ ...search, count: found.matches.length, truncated: found.truncated }}
        onSearchOpen={(open) => {
          setSearch((s) => ({ ...s, open, query: open ? s.query : "", current: -1 }));
          if (!open) scrollEl?.focus();
        }}
        onQuery={(query) => {
          setSearch((s) => ({ ...s, query, current: -1 }));
        }}
        onStep={(backwards) => goToMatch(nextMatch(found.matches, search.current, backwards))}
        onDownload={() => downloadCsv(tableCsv(ctx), csvFileName())}
      />
      <div data-testid="stDataFrameResizable" class="dfBox" style={boxHeight(props.height, table.rows, rowH)}>
        <div
          ref={setScrollEl}
          class="dfScroll"
          role="grid"
          tabIndex={0}
          aria-label={props.alt ?? undefined}
          aria-rowcount={table.rows + 1}
          aria-colcount={columns.length + (checkCol ? 1 : 0)}
          aria-multiselectable={modes.rows === "multi" || modes.columns === "multi" || modes.cells === "multi" || undefined}
          aria-activedescendant={focusId}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        >
          <div
            class="dfCanvas"
            style={{ height: `${v.canvasHeight}px`, width: `${v.canvasWidth}px` }}
            onClick={onCanvasClick}
            onDblClick={onCanvasDblClick}
          >
            {header}
            {v.rows.map((item) => {
              const viewRow = item.index;
              const row = perm[viewRow] as number;
              return (
                <div
                  key={viewRow}
                  role="row"
                  aria-rowindex={viewRow + 2}
                  aria-selected={modes.rows ? selectedRows.has(row) : undefined}
                  class={`dfRow${selectedRows.has(row) ? " dfRowSelected" : ""}`}
                  style={{ transform: `translateY(${v.rowTop(item.start)}px)`, height: `${rowH}px`, width: `${v.canvasWidth}px` }}
                >
                  {checkCol ? (
                    <div role="gridcell" aria-colindex={1} class="dfCell dfPinned dfCheckCell" data-vr={viewRow} data-check="" style={pinnedStyle(CHECK_WIDTH, 0)}>
                      <input type="checkbox" tabIndex={-1} aria-label={`Select row ${viewRow + 1}`} checked={selectedRows.has(row)} />
                    </div>
                  ) : null}
                  {rowCells(viewRow)}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
