/**
 * The grid's header row: labels, help, sort and resize.
 *
 * Clicking a label sorts (ascending, descending, off) unless the grid has
 * column selection, in which case the click selects the column and sorting
 * moves to a small arrow button beside the label. Dragging a header's right
 * edge resizes the column.
 */
import type { ComponentChildren, JSX } from "preact";
import { HelpIcon } from "../widgets/chrome";
import { cellAlign } from "./cells";
import type { SortState } from "./sort";
import type { GridColumn } from "./types";

export interface HeaderCellProps {
  column: GridColumn;
  colIndex: number; // aria-colindex
  width: number;
  pinnedLeft: number | null;
  sort: SortState | null;
  selectable: boolean; // column selection on
  selected: boolean;
  onActivate(field: string): void; // label click
  onSort(field: string): void;
  onResize(field: string, width: number): void;
}

const ARROWS = { asc: "↑", desc: "↓" } as const;

export function pinnedStyle(width: number, left: number | null): JSX.CSSProperties {
  return left === null ? { width: `${width}px` } : { width: `${width}px`, left: `${left}px` };
}

function startResize(e: PointerEvent, field: string, width: number, onResize: (f: string, w: number) => void) {
  e.preventDefault();
  e.stopPropagation();
  const handle = e.currentTarget as HTMLElement;
  const startX = e.clientX;
  handle.setPointerCapture?.(e.pointerId);
  const move = (ev: PointerEvent) => onResize(field, Math.max(40, Math.round(width + ev.clientX - startX)));
  const up = () => {
    handle.removeEventListener("pointermove", move);
    handle.removeEventListener("pointerup", up);
    handle.removeEventListener("pointercancel", up);
  };
  handle.addEventListener("pointermove", move);
  handle.addEventListener("pointerup", up);
  handle.addEventListener("pointercancel", up);
}

export function HeaderCell(p: HeaderCellProps) {
  const { column, sort } = p;
  const direction = sort?.field === column.field ? sort.direction : null;
  const ariaSort = direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none";
  const align = cellAlign(column);
  const sortLabel = `Sort by ${column.label}`;
  return (
    <div
      role="columnheader"
      aria-colindex={p.colIndex}
      aria-sort={ariaSort}
      aria-selected={p.selectable ? p.selected : undefined}
      data-field={column.field}
      class={`dfHeaderCell${p.pinnedLeft !== null ? " dfPinned" : ""}${p.selected ? " dfSelected" : ""}${column.index ? " dfIndex" : ""}`}
      style={pinnedStyle(p.width, p.pinnedLeft)}
    >
      <button
        type="button"
        class={`dfHeaderLabel align-${align}`}
        title={column.label}
        aria-label={p.selectable ? `Select column ${column.label}` : sortLabel}
        onClick={() => p.onActivate(column.field)}
      >
        <span class="dfHeaderText">{column.label}</span>
        {direction && !p.selectable ? (
          <span class="dfSortArrow" aria-hidden="true">
            {ARROWS[direction]}
          </span>
        ) : null}
      </button>
      {column.config.help ? <HelpIcon text={column.config.help} /> : null}
      {p.selectable ? (
        <button
          type="button"
          class={`dfSortButton${direction ? " active" : ""}`}
          aria-label={sortLabel}
          onClick={() => p.onSort(column.field)}
        >
          {direction ? ARROWS[direction] : "↕"}
        </button>
      ) : null}
      <div
        class="dfResize"
        role="separator"
        aria-orientation="vertical"
        aria-label={`Resize ${column.label}`}
        onPointerDown={(e) => startResize(e, column.field, p.width, p.onResize)}
      />
    </div>
  );
}

/** The row-selection checkbox column's header: select all (multi) or nothing (single). */
export function SelectAllCell({ multi, all, some, onToggle }: { multi: boolean; all: boolean; some: boolean; onToggle(): void }) {
  let box: ComponentChildren = null;
  if (multi) {
    box = (
      <input
        type="checkbox"
        aria-label="Select all rows"
        checked={all}
        ref={(el) => {
          if (el) el.indeterminate = some && !all;
        }}
        onChange={onToggle}
      />
    );
  }
  return (
    <div role="columnheader" aria-colindex={1} class="dfHeaderCell dfPinned dfCheckCell" style={pinnedStyle(CHECK_WIDTH, 0)}>
      {box}
    </div>
  );
}

export const CHECK_WIDTH = 36;
