/**
 * Copy as TSV (tab-separated, one line per row), which spreadsheets paste
 * into cells. Tabs and newlines inside values become spaces so the shape holds.
 * Cells are copied as their data (cellExportText), not their display, like
 * Streamlit's grid: 1234.5678 under format="dollar" copies as 1234.5678.
 *
 *   await copyText(selectionTsv(selection, focus, ctx));
 */
import { cellExportText } from "./cells";
import type { CellPos, SearchContext } from "./search";
import type { Selection } from "./selection";

export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map((v) => v.replace(/[\t\r\n]+/g, " ")).join("\t")).join("\n");
}

function textAt(ctx: SearchContext, row: number, col: number): string {
  const column = ctx.columns[col];
  if (!column) return "";
  return cellExportText(ctx.data.get(column.field)?.get(row), column, "copy");
}

/** view row of each original row, for ordering selected rows as shown */
function viewOrder(perm: Uint32Array, originals: Iterable<number>): number[] {
  const wanted = new Set(originals);
  const out: number[] = [];
  for (let v = 0; v < perm.length && out.length < wanted.size; v++) {
    if (wanted.has(perm[v] as number)) out.push(perm[v] as number);
  }
  return out;
}

/**
 * What Ctrl/Cmd+C copies: selected cells (as the rectangle they span, blanks
 * elsewhere), else selected rows (all shown columns), else selected columns
 * (all rows), else the focused cell.
 */
export function selectionTsv(sel: Selection, focus: CellPos | null, ctx: SearchContext): string {
  const colOf = new Map(ctx.columns.map((c, i) => [c.field, i]));
  if (sel.cells.length > 0) {
    const cols = [...new Set(sel.cells.map(([, f]) => colOf.get(f) ?? -1))].filter((c) => c >= 0).sort((a, b) => a - b);
    const rows = viewOrder(ctx.perm, sel.cells.map(([r]) => r));
    const picked = new Set(sel.cells.map(([r, f]) => `${r}:${f}`));
    return toTsv(
      rows.map((r) => cols.map((c) => (picked.has(`${r}:${ctx.columns[c]?.field}`) ? textAt(ctx, r, c) : ""))),
    );
  }
  if (sel.rows.length > 0) {
    const all = ctx.columns.map((_, i) => i);
    return toTsv(viewOrder(ctx.perm, sel.rows).map((r) => all.map((c) => textAt(ctx, r, c))));
  }
  if (sel.columns.length > 0) {
    const cols = sel.columns.map((f) => colOf.get(f) ?? -1).filter((c) => c >= 0);
    const lines: string[][] = [];
    for (let v = 0; v < ctx.rows; v++) lines.push(cols.map((c) => textAt(ctx, ctx.perm[v] as number, c)));
    return toTsv(lines);
  }
  if (focus) return toTsv([[textAt(ctx, ctx.perm[focus.viewRow] as number, focus.col)]]);
  return "";
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard denied (no permission, insecure context): nothing else to do.
    return false;
  }
}
