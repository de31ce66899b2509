/**
 * The grid's pure parts against real wire bytes from Python: Arrow decode,
 * sort permutations, selection mapping, CSV, TSV and search.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { decodeTable, type DecodedTable } from "../../ui/src/data/arrow";
import { selectionTsv, toTsv } from "../../ui/src/data/clipboard";
import { csvField, tableCsv } from "../../ui/src/data/csv";
import { visibleColumns, columnWidth } from "../../ui/src/data/layout";
import { nextMatch, searchCells, type SearchContext } from "../../ui/src/data/search";
import {
  cellRange,
  EMPTY_SELECTION,
  fromWire,
  parseModes,
  selectCell,
  toggleAllRows,
  toggleColumn,
  toggleRow,
  toWire,
} from "../../ui/src/data/selection";
import { identity, nextSort, sortPermutation } from "../../ui/src/data/sort";
import { pyWire } from "./data-helpers";

let table: DecodedTable;
const FRAME = `pd.DataFrame({
  "num": [3, 1, 2, 10],
  "flt": [1.5, None, -2.0, 0.0],
  "txt": ["pear", None, "Apple", "fig, dried"],
  "when": pd.to_datetime(["2024-01-02", "2023-05-06", None, "2025-01-01"]),
  "flag": [True, False, True, False],
}, index=pd.Index(["a", "b", "c", "d"], name="key"))`;

beforeAll(() => {
  const wire = pyWire(FRAME);
  table = decodeTable(wire.data, wire.columns, { c1: { label: "Float", help: "a float" }, c4: { hidden: true } });
});

const ctxOf = (t: DecodedTable, perm = identity(t.rows)): SearchContext => ({
  rows: t.rows,
  perm,
  columns: visibleColumns(t.columns, { columnOrder: null, hideIndex: null }).map((s) => s.column),
  data: t.data,
});

describe("decodeTable", () => {
  it("reads every field of the wire table and joins the column config", () => {
    expect(table.rows).toBe(4);
    expect(table.columns.map((c) => [c.field, c.name, c.label, c.index, c.kind])).toEqual([
      ["_index", "key", "key", true, "text"],
      ["c0", "num", "num", false, "number"],
      ["c1", "flt", "Float", false, "number"],
      ["c2", "txt", "txt", false, "text"],
      ["c3", "when", "when", false, "datetime"],
      ["c4", "flag", "flag", false, "checkbox"],
    ]);
    const get = (field: string) => [0, 1, 2, 3].map((r) => table.data.get(field)?.get(r));
    expect(get("_index")).toEqual(["a", "b", "c", "d"]);
    expect(get("c0")).toEqual([3n, 1n, 2n, 10n]);
    expect(get("c1")).toEqual([1.5, null, -2, 0]);
    expect(get("c2")).toEqual(["pear", null, "Apple", "fig, dried"]);
    expect(get("c3")[2]).toBeNull();
    expect(get("c4")).toEqual([true, false, true, false]);
  });

  it("gives numeric sort keys with NaN for missing values, and none for text", () => {
    expect(Array.from(table.data.get("c1")?.numericKeys() ?? [])).toEqual([1.5, NaN, -2, 0]);
    expect(table.data.get("c2")?.numericKeys()).toBeNull();
  });

  it("decodes an empty payload to zero rows", () => {
    const empty = decodeTable(new ArrayBuffer(0), [{ field: "_index", name: "", index: true, dtype: "int64" }]);
    expect(empty.rows).toBe(0);
  });
});

describe("visibleColumns", () => {
  it("puts the pinned index first and drops hidden columns", () => {
    const shown = visibleColumns(table.columns, { columnOrder: null, hideIndex: null });
    expect(shown.map((s) => [s.column.field, s.pinned])).toEqual([
      ["_index", true],
      ["c0", false],
      ["c1", false],
      ["c2", false],
      ["c3", false],
    ]);
  });

  it("follows column_order and hide_index; config pins move a column left", () => {
    const cols = table.columns.map((c) => (c.field === "c2" ? { ...c, config: { pinned: true } } : c));
    const shown = visibleColumns(cols, { columnOrder: ["c1", "c2", "c0"], hideIndex: true });
    expect(shown.map((s) => [s.column.field, s.pinned])).toEqual([
      ["c2", true],
      ["c1", false],
      ["c0", false],
    ]);
  });

  it("uses config widths and estimates the rest", () => {
    const c0 = table.columns[1]!;
    expect(columnWidth({ ...c0, config: { width: "small" } }, undefined, "None")).toBe(75);
    expect(columnWidth({ ...c0, config: { width: 123 } }, undefined, "None")).toBe(123);
    expect(columnWidth(c0, table.data.get("c0"), "None")).toBeGreaterThanOrEqual(50);
  });
});

describe("sortPermutation", () => {
  it("sorts int64 ascending and descending through typed keys", () => {
    const col = table.data.get("c0")!;
    expect(Array.from(sortPermutation(col, "asc"))).toEqual([1, 2, 0, 3]);
    expect(Array.from(sortPermutation(col, "desc"))).toEqual([3, 0, 2, 1]);
  });

  it("puts missing values last in both directions", () => {
    const col = table.data.get("c1")!;
    expect(Array.from(sortPermutation(col, "asc"))).toEqual([2, 3, 0, 1]);
    expect(Array.from(sortPermutation(col, "desc"))).toEqual([0, 3, 2, 1]);
    expect(Array.from(sortPermutation(table.data.get("c2")!, "asc"))).toEqual([2, 3, 0, 1]);
    expect(Array.from(sortPermutation(table.data.get("c3")!, "asc"))).toEqual([1, 0, 3, 2]);
  });

  it("is stable for ties and cycles asc -> desc -> off", () => {
    const wire = pyWire(`pd.DataFrame({"k": [1, 0, 1, 0, 1]})`);
    const t = decodeTable(wire.data, wire.columns);
    expect(Array.from(sortPermutation(t.data.get("c0")!, "asc"))).toEqual([1, 3, 0, 2, 4]);
    let s = nextSort(null, "c0");
    expect(s).toEqual({ field: "c0", direction: "asc" });
    s = nextSort(s, "c0");
    expect(s).toEqual({ field: "c0", direction: "desc" });
    expect(nextSort(s, "c0")).toBeNull();
    expect(nextSort(s, "c1")).toEqual({ field: "c1", direction: "asc" });
  });

  it("sorts a million numeric rows into a Uint32Array", () => {
    const n = 1_000_000;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (i * 7919) % n;
    const perm = sortPermutation({ length: n, get: (r) => keys[r], numericKeys: () => keys }, "desc");
    expect(perm).toBeInstanceOf(Uint32Array);
    expect(keys[perm[0]!]).toBe(n - 1);
    expect(keys[perm[n - 1]!]).toBe(0);
  });
});

describe("selection", () => {
  it("parses modes, and nothing when not selectable", () => {
    expect(parseModes(["multi-row", "single-cell"], true)).toEqual({ rows: "multi", columns: null, cells: "single" });
    expect(parseModes(["multi-row"], false)).toEqual({ rows: null, columns: null, cells: null });
  });

  it("maps to the widget value with sorted original rows and column names", () => {
    let sel = toggleRow(EMPTY_SELECTION, 3, "multi");
    sel = toggleRow(sel, 0, "multi");
    expect(toWire(sel, table.columns)).toEqual({ selection: { rows: [0, 3], columns: [], cells: [] } });
    expect(toWire(toggleRow(sel, 3, "multi"), table.columns).selection.rows).toEqual([0]);
    expect(toggleRow(toggleRow(EMPTY_SELECTION, 1, "single"), 2, "single").rows).toEqual([2]);
    const cols = toggleColumn(EMPTY_SELECTION, "c1", "multi");
    expect(toWire(cols, table.columns).selection.columns).toEqual(["flt"]);
    const cell = selectCell(EMPTY_SELECTION, [2, "c2"], "single", false);
    expect(toWire(cell, table.columns).selection.cells).toEqual([[2, "txt"]]);
  });

  it("reads Python's value back into fields", () => {
    const sel = fromWire({ selection: { rows: [1], columns: ["num", "nope"], cells: [[0, "txt"]] } }, table.columns);
    expect(sel).toEqual({ rows: [1], columns: ["c0"], cells: [[0, "c2"]] });
    expect(fromWire(null, table.columns)).toEqual(EMPTY_SELECTION);
  });

  it("maps a shift-click range through the sort permutation", () => {
    const perm = sortPermutation(table.data.get("c0")!, "asc"); // view 0..3 -> original 1,2,0,3
    expect(cellRange({ viewRow: 0, col: 1 }, { viewRow: 1, col: 0 }, perm, ["c0", "c1"])).toEqual([
      [1, "c0"],
      [1, "c1"],
      [2, "c0"],
      [2, "c1"],
    ]);
    expect(toggleAllRows(EMPTY_SELECTION, 3).rows).toEqual([0, 1, 2]);
    expect(toggleAllRows({ ...EMPTY_SELECTION, rows: [0, 1, 2] }, 3)).toEqual(EMPTY_SELECTION);
  });
});

describe("CSV and TSV", () => {
  it("writes labels, view order, quoting and empty missing values", () => {
    const perm = sortPermutation(table.data.get("c0")!, "asc");
    const lines = tableCsv(ctxOf(table, perm)).split("\n");
    expect(lines[0]).toBe("key,num,Float,txt,when");
    expect(lines.slice(1, 5).map((l) => l.split(",").slice(0, 3).join(","))).toEqual(["b,1,", "c,2,-2", "a,3,1.5", "d,10,0"]);
    expect(lines[4]).toContain('"fig, dried"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it("copies selected rows in view order, cells as a rectangle, else the focused cell", () => {
    const perm = sortPermutation(table.data.get("c0")!, "desc"); // 3,0,2,1
    const ctx = ctxOf(table, perm);
    const rows = selectionTsv({ ...EMPTY_SELECTION, rows: [0, 3] }, null, ctx).split("\n");
    expect(rows.map((r) => r.split("\t").slice(0, 2))).toEqual([
      ["d", "10"],
      ["a", "3"],
    ]);
    const cells = selectionTsv({ ...EMPTY_SELECTION, cells: [[0, "c0"], [2, "c2"]] }, null, ctx);
    expect(cells).toBe("3\t\n\tApple");
    expect(selectionTsv(EMPTY_SELECTION, { viewRow: 0, col: 3 }, ctx)).toBe("fig, dried");
    expect(toTsv([["a\tb", "c\nd"]])).toBe("a b\tc d");
  });
});

describe("CSV and TSV write the data, not its display format", () => {
  it("raw numbers, ISO datetimes (CSV) or the default format (copy), URLs, true/false, lists", () => {
    const wire = pyWire(`pd.DataFrame({
      "price": [1234.5678, 0.1],
      "at": pd.to_datetime(["2025-03-04 20:00:00", "2025-01-01 08:30:15"]).tz_localize("UTC").tz_convert("Europe/Berlin"),
      "url": ["https://a.example.com/x", "https://b.example.com"],
      "ok": [True, False],
      "tags": [["a", "b"], []],
    })`);
    const formatted = decodeTable(wire.data, wire.columns, {
      c0: { type_config: { type: "number", format: "dollar" } },
      c1: { type_config: { type: "datetime", format: "ddd ha" } },
      c2: { type_config: { type: "link", display_text: "Open" } },
    });
    const ctx = ctxOf(formatted);
    expect(tableCsv(ctx).split("\n")).toEqual([
      ",price,at,url,ok,tags",
      '0,1234.5678,2025-03-04T20:00:00.000Z,https://a.example.com/x,true,"a,b"',
      "1,0.1,2025-01-01T08:30:15.000Z,https://b.example.com,false,",
      "",
    ]);
    expect(selectionTsv({ ...EMPTY_SELECTION, rows: [0] }, null, ctx)).toBe(
      "0\t1234.5678\t2025-03-04 21:00:00+01:00\thttps://a.example.com/x\ttrue\ta,b",
    );
    expect(selectionTsv(EMPTY_SELECTION, { viewRow: 1, col: 1 }, ctx)).toBe("0.1");
  });
});

describe("search", () => {
  it("finds case-insensitive matches in view order and steps through them", () => {
    const ctx = ctxOf(table);
    const hits = searchCells("A", ctx);
    expect(hits.matches).toEqual([
      { viewRow: 0, col: 0 },
      { viewRow: 0, col: 3 },
      { viewRow: 2, col: 3 },
    ]);
    expect(hits.keys.has(2 * ctx.columns.length + 3)).toBe(true);
    expect(nextMatch(hits.matches, 2)).toBe(0);
    expect(nextMatch(hits.matches, 0, true)).toBe(2);
    expect(searchCells("  ", ctx).matches).toEqual([]);
    expect(searchCells("a", ctx, 1).truncated).toBe(true);
  });
});
