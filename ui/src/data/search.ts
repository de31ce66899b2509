/**
 * Search over the shown cells, case-insensitive, in view order (row by row,
 * left to right), so "next match" follows what the user sees.
 *
 *   const hits = searchCells("ber", { rows, perm, columns, data, placeholder });
 *   hits.matches[0]   // { viewRow: 3, col: 1 }
 */
import { cellText } from "./cells";
import type { ColumnData, GridColumn } from "./types";

export interface CellPos {
  viewRow: number;
  col: number;
}

export interface SearchContext {
  rows: number;
  perm: Uint32Array;
  columns: readonly GridColumn[];
  data: ReadonlyMap<string, ColumnData>;
}

export interface SearchResult {
  matches: CellPos[];
  /** `viewRow * columns + col` of every match, for highlighting rendered cells. */
  keys: Set<number>;
  truncated: boolean;
}

/** Past this many matches the search stops; the first ones are what navigation needs. */
export const MAX_MATCHES = 10_000;

export function searchCells(query: string, ctx: SearchContext, limit = MAX_MATCHES): SearchResult {
  let last: SearchResult = { matches: [], keys: new Set(), truncated: false };
  for (const partial of searchSteps(query, ctx, limit, Infinity)) last = partial;
  return last;
}

/**
 * The same search in steps of `chunkRows` rows: each yield is the result so
 * far (the same object, grown), so a caller can spread a million-row scan
 * over several tasks and show matches as they come.
 */
export function* searchSteps(query: string, ctx: SearchContext, limit = MAX_MATCHES, chunkRows = 5_000): Generator<SearchResult> {
  const needle = query.trim().toLowerCase();
  const result: SearchResult = { matches: [], keys: new Set(), truncated: false };
  if (needle === "") {
    yield result;
    return;
  }
  const cols = ctx.columns.map((c) => ({ column: c, data: ctx.data.get(c.field) }));
  const width = cols.length;
  for (let viewRow = 0; viewRow < ctx.rows; viewRow++) {
    if (viewRow > 0 && viewRow % chunkRows === 0) yield result;
    const row = ctx.perm[viewRow] as number;
    for (let col = 0; col < width; col++) {
      const { column, data } = cols[col] as (typeof cols)[number];
      const value = data?.get(row);
      if (value === null || value === undefined) continue;
      if (!cellText(value, column).toLowerCase().includes(needle)) continue;
      if (result.matches.length >= limit) {
        result.truncated = true;
        yield result;
        return;
      }
      result.matches.push({ viewRow, col });
      result.keys.add(viewRow * width + col);
    }
  }
  yield result;
}

/** The match after `current` (wrapping), for Enter in the search box. */
export function nextMatch(matches: readonly CellPos[], current: number, backwards = false): number {
  if (matches.length === 0) return -1;
  const step = backwards ? -1 : 1;
  return (current + step + matches.length) % matches.length;
}
