/**
 * CSV of the shown columns in view order, built on the main thread from the
 * decoded data and saved as a UTF-8 file with a byte-order mark (so Excel
 * reads the encoding right, as Streamlit's download does). Like Streamlit's,
 * it holds the data, not the display: raw numbers, ISO datetimes, link URLs
 * (cellExportText).
 *
 *   downloadCsv(tableCsv({ rows, perm, columns, data }), "data.csv");
 */
import { saveFile } from "../elements/download";
import { cellExportText } from "./cells";
import type { SearchContext } from "./search";

const BOM = "\ufeff";

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text (no BOM): a header of labels, then one line per view row; missing values are empty. */
export function tableCsv(ctx: SearchContext): string {
  const lines: string[] = [ctx.columns.map((c) => csvField(c.label)).join(",")];
  const cols = ctx.columns.map((c) => ({ column: c, data: ctx.data.get(c.field) }));
  for (let viewRow = 0; viewRow < ctx.rows; viewRow++) {
    const row = ctx.perm[viewRow] as number;
    lines.push(
      cols
        .map(({ column, data }) => csvField(cellExportText(data?.get(row), column, "csv")))
        .join(","),
    );
  }
  return lines.join("\n") + "\n";
}

export function downloadCsv(csv: string, fileName: string): void {
  const bytes = new TextEncoder().encode(BOM + csv);
  saveFile(bytes.buffer as ArrayBuffer, fileName, "text/csv;charset=utf-8");
}

/** Streamlit's name: the UTC minute of the download, "2025-03-04T20-00_export.csv". */
export function csvFileName(now = new Date()): string {
  return `${now.toISOString().slice(0, 16).replace(":", "-")}_export.csv`;
}
