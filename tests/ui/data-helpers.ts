/**
 * Shared set-up of the grid tests: wire tables written by the real Python
 * writer (wasmlit.data.wire_table), with the resolved column config, and a
 * fixed jsdom layout so the virtualised grid renders rows.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { afterAll, beforeAll, vi } from "vitest";
import type { ColumnInfo } from "../../ui/src/data/arrow";
import type { DataEditorProps } from "../../ui/src/protocol/generated";

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

export interface PyGrid extends Wire {
  column_config: DataEditorProps["column_config"];
}

/** The wire table and resolved column config Python sends for `frame` (a pandas expression). */
export function pyGrid(frame: string): PyGrid {
  const script = [
    "import base64, json, numpy as np, pandas as pd",
    "from wasmlit.data import wire_table",
    "from wasmlit.data.column_config import resolve_column_config",
    `f = ${frame}`,
    "w = wire_table(f)",
    "c = resolve_column_config({}, f, w.columns)",
    "print(json.dumps({'data': base64.b64encode(w.data).decode(), 'columns': w.columns, 'config': c}))",
  ].join("\n");
  const out = execFileSync(resolve(ROOT, ".venv/bin/python"), ["-c", script], { cwd: ROOT, encoding: "utf8" });
  const parsed = JSON.parse(out) as { data: string; columns: ColumnInfo[]; config: DataEditorProps["column_config"] };
  return { data: new Uint8Array(Buffer.from(parsed.data, "base64")), columns: parsed.columns, column_config: parsed.config };
}

/**
 * jsdom has no layout: for the tests of the calling file, every element is
 * 800x400 (so the grid's virtualizer renders rows) and scrollTo({top}) moves
 * scrollTop and fires "scroll" like a browser. Call it at the top level of a
 * test file; it restores the prototypes after the file's tests.
 */
export function useFixedGridLayout(): void {
  const saved: [string, PropertyDescriptor | undefined][] = [];
  const savedScrollTo = Object.getOwnPropertyDescriptor(Element.prototype, "scrollTo");
  beforeAll(() => {
    for (const [prop, value] of [
      ["clientHeight", 400],
      ["clientWidth", 800],
      ["offsetHeight", 400],
      ["offsetWidth", 800],
    ] as const) {
      saved.push([prop, Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop)]);
      Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
    }
    vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(
      () => ({ x: 0, y: 0, top: 0, left: 0, right: 800, bottom: 400, width: 800, height: 400, toJSON: () => ({}) }) as DOMRect,
    );
    Element.prototype.scrollTo = function (this: Element, opts?: ScrollToOptions | number) {
      if (typeof opts === "object" && opts.top !== undefined) {
        this.scrollTop = opts.top;
        this.dispatchEvent(new Event("scroll"));
      }
    };
  });
  afterAll(() => {
    for (const [prop, desc] of saved) if (desc) Object.defineProperty(HTMLElement.prototype, prop, desc);
    if (savedScrollTo) Object.defineProperty(Element.prototype, "scrollTo", savedScrollTo);
    else delete (Element.prototype as { scrollTo?: unknown }).scrollTo;
    vi.restoreAllMocks();
  });
}
