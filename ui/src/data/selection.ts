/**
 * Row, column and cell selection of st.dataframe, kept in ORIGINAL row
 * positions (not view rows) so sorting never changes what is selected, and
 * converted to the widget value Python expects:
 *
 *   toWire(sel, columns)  // {"selection": {"rows": [2, 5], "columns": ["a"], "cells": [[0, "b"]]}}
 */
import type { GridColumn } from "./types";

export type SelectionMode =
  | "single-row"
  | "multi-row"
  | "single-column"
  | "multi-column"
  | "single-cell"
  | "multi-cell";
export type Multiplicity = "single" | "multi" | null;

export interface SelectionModes {
  rows: Multiplicity;
  columns: Multiplicity;
  cells: Multiplicity;
}

export function parseModes(modes: readonly SelectionMode[], selectable: boolean): SelectionModes {
  const pick = (kind: "row" | "column" | "cell"): Multiplicity => {
    if (!selectable) return null;
    if (modes.includes(`multi-${kind}`)) return "multi";
    return modes.includes(`single-${kind}`) ? "single" : null;
  };
  return { rows: pick("row"), columns: pick("column"), cells: pick("cell") };
}

/** Selection state: rows are original positions, columns and cells use fields. */
export interface Selection {
  rows: readonly number[];
  columns: readonly string[];
  cells: readonly (readonly [number, string])[];
}

export const EMPTY_SELECTION: Selection = { rows: [], columns: [], cells: [] };

export interface SelectionWire {
  selection: { rows: number[]; columns: string[]; cells: [number, string][] };
}

export function toWire(sel: Selection, columns: readonly GridColumn[]): SelectionWire {
  const name = new Map(columns.map((c) => [c.field, c.name]));
  return {
    selection: {
      rows: [...sel.rows].sort((a, b) => a - b),
      columns: sel.columns.map((f) => name.get(f) ?? f),
      cells: sel.cells.map(([r, f]) => [r, name.get(f) ?? f]),
    },
  };
}

/** The element's value (Python's selection state) back into fields; unknown names are dropped. */
export function fromWire(value: unknown, columns: readonly GridColumn[]): Selection {
  const raw = (value as { selection?: Partial<SelectionWire["selection"]> } | null)?.selection;
  if (!raw) return EMPTY_SELECTION;
  const field = new Map<string, string>();
  for (const c of columns) if (!field.has(c.name)) field.set(c.name, c.field);
  const rows = Array.isArray(raw.rows) ? raw.rows.filter((r): r is number => typeof r === "number") : [];
  const cols = Array.isArray(raw.columns) ? raw.columns.flatMap((n) => field.get(n) ?? []) : [];
  const cells = Array.isArray(raw.cells)
    ? raw.cells.flatMap((cell): [number, string][] => {
        const f = Array.isArray(cell) ? field.get(String(cell[1])) : undefined;
        return f !== undefined && typeof cell[0] === "number" ? [[cell[0], f]] : [];
      })
    : [];
  return { rows, columns: cols, cells };
}

function toggle<T>(list: readonly T[], item: T, mode: Multiplicity, same = (a: T, b: T) => a === b): T[] {
  const has = list.some((x) => same(x, item));
  if (mode === "single") return has ? [] : [item];
  return has ? list.filter((x) => !same(x, item)) : [...list, item];
}

/** Selecting one kind clears the others, as a click in Streamlit's grid does. */
export function toggleRow(sel: Selection, row: number, mode: Multiplicity): Selection {
  return { ...EMPTY_SELECTION, rows: toggle(sel.rows, row, mode) };
}

export function toggleColumn(sel: Selection, field: string, mode: Multiplicity): Selection {
  return { ...EMPTY_SELECTION, columns: toggle(sel.columns, field, mode) };
}

const sameCell = (a: readonly [number, string], b: readonly [number, string]) => a[0] === b[0] && a[1] === b[1];

/** A plain click selects one cell; with `additive` (Ctrl/Cmd) in multi mode it toggles. */
export function selectCell(sel: Selection, cell: readonly [number, string], mode: Multiplicity, additive: boolean): Selection {
  if (mode === "multi" && additive) return { ...EMPTY_SELECTION, cells: toggle(sel.cells, cell, mode, sameCell) };
  const only = sel.cells.length === 1 && sameCell(sel.cells[0] as readonly [number, string], cell);
  return { ...EMPTY_SELECTION, cells: only ? [] : [cell] };
}

/** Shift+click in multi-cell mode: the rectangle between two view positions. */
export function cellRange(
  from: { viewRow: number; col: number },
  to: { viewRow: number; col: number },
  perm: Uint32Array,
  fields: readonly string[],
): [number, string][] {
  const out: [number, string][] = [];
  const [r0, r1] = [Math.min(from.viewRow, to.viewRow), Math.max(from.viewRow, to.viewRow)];
  const [c0, c1] = [Math.min(from.col, to.col), Math.max(from.col, to.col)];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push([perm[r] as number, fields[c] as string]);
  return out;
}

/** Header checkbox: select every row, or none when all are selected. */
export function toggleAllRows(sel: Selection, rows: number): Selection {
  if (sel.rows.length === rows) return EMPTY_SELECTION;
  return { ...EMPTY_SELECTION, rows: Array.from({ length: rows }, (_, i) => i) };
}
