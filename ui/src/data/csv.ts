/**
 * CSV of the shown columns in view order, built on the main thread from the
 * decoded data and saved as a UTF-8 file with a byte-order mark (so Excel
 * reads the encoding right, as Streamlit's download does).
 *
 *   downloadCsv(tableCsv({ rows, perm, columns, data }), "data.csv");
 */
import { saveFile } from "../elements/download";
import { cellText } from "./cells";
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
        .map(({ column, data }) => {
          const value = data?.get(row);
          return value === null || value === undefined ? "" : csvField(cellText(value, column));
        })
        .join(","),
    );
  }
  return lines.join("\n") + "\n";
}

export function downloadCsv(csv: string, fileName: string): void {
  const bytes = new TextEncoder().encode(BOM + csv);
  saveFile(bytes.buffer as ArrayBuffer, fileName, "text/csv;charset=utf-8");
}

/** Streamlit names the file after the time of the download. */
export function csvFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${date}_${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}_export.csv`;
}
