/** Wire tables for the grid tests, written by the real Python writer (wasmlit.data.wire_table + pyarrow). */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import type { ColumnInfo } from "../../ui/src/data/arrow";

const ROOT = resolve(__dirname, "..", "..");

export interface Wire {
  data: Uint8Array;
  columns: ColumnInfo[];
}

/** `frame` is a Python expression building a DataFrame (pd and np are imported). */
export function pyWire(frame: string): Wire {
  const script = [
    "import base64, json, numpy as np, pandas as pd",
    "from wasmlit.data import wire_table",
    `w = wire_table(${frame})`,
    "print(json.dumps({'data': base64.b64encode(w.data).decode(), 'columns': w.columns}))",
  ].join("\n");
  const out = execFileSync(resolve(ROOT, ".venv/bin/python"), ["-c", script], { cwd: ROOT, encoding: "utf8" });
  const parsed = JSON.parse(out) as { data: string; columns: ColumnInfo[] };
  return { data: new Uint8Array(Buffer.from(parsed.data, "base64")), columns: parsed.columns };
}
