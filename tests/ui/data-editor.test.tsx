/**
 * st.data_editor in jsdom: the edit state operations and their JSON (the
 * committed fixture Python's parse_state/apply_edits reads in
 * tests/py/test_data_editor_ui_state.py), input validation per column kind,
 * the overlay view, and the renderer: an invalid edit refused with the typed
 * text kept, a valid one sent, checkbox toggles, add and delete rows.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { decodeTable } from "../../ui/src/data/arrow";
import { checkOptions, initialText, parseCell } from "../../ui/src/data/editInput";
import { addRow, deleteRows, emptyState, normalize, rowDefaults, setCell, toWire, viewRows } from "../../ui/src/data/editState";
import { missingRequired, overlayTable } from "../../ui/src/data/overlay";
import type { ColumnConfig, GridColumn, TypeConfig } from "../../ui/src/data/types";
import type { DataEditorProps } from "../../ui/src/protocol/generated";
import { pyWire, useFixedGridLayout, type Wire } from "./data-helpers";
import { mountDataEditor } from "./data-mount";
import { fire, key, typeInto } from "./fixtures";

const FIXTURE = resolve(__dirname, "fixtures", "data-editor-state.json");

function col(kind: TypeConfig["type"], dtype: string, type_config: Record<string, unknown> = {}, extra: ColumnConfig = {}): GridColumn {
  return { field: "c0", name: "x", label: "x", index: false, dtype, kind, config: { ...extra, type_config: { type: kind, ...type_config } } };
}

describe("edit state operations", () => {
  const orig = (row: number) => ({ kind: "original" as const, row });
  const added = (index: number) => ({ kind: "added" as const, index });

  it("edits original rows by position and column name", () => {
    let s = setCell(emptyState(), orig(2), "price", 9.5);
    s = setCell(s, orig(2), "name", "z");
    s = setCell(s, orig(0), "_index", "k");
    expect(toWire(s)).toEqual({ edited_rows: { "2": { price: 9.5, name: "z" }, "0": { _index: "k" } }, added_rows: [], deleted_rows: [] });
  });

  it("adds rows with column defaults and edits them in place", () => {
    const columns = [col("number", "int64", {}, { default: 1 }), { ...col("text", "object"), name: "y", field: "c1" }];
    let s = addRow(emptyState(), rowDefaults(columns));
    s = setCell(s, added(0), "y", "new");
    s = addRow(s);
    expect(s.added_rows).toEqual([{ x: 1, y: "new" }, {}]);
    expect(setCell(s, added(5), "y", "ignored")).toBe(s);
  });

  it("deletes original rows (sorted, edits dropped) and removes added rows", () => {
    let s = setCell(emptyState(), { kind: "original", row: 3 }, "a", 1);
    s = addRow(addRow(s, { a: 1 }), { a: 2 });
    s = deleteRows(s, [orig(3), orig(1), added(0)]);
    s = deleteRows(s, [orig(1)]);
    expect(toWire(s)).toEqual({ edited_rows: {}, added_rows: [{ a: 2 }], deleted_rows: [1, 3] });
    expect(viewRows(5, s)).toEqual([orig(0), orig(2), orig(4), added(0)]);
  });

  it("normalizes what Python sends, dropping malformed parts", () => {
    expect(normalize(null)).toEqual(emptyState());
    expect(normalize({ edited_rows: { "1": { a: 2 }, "2": 5 }, added_rows: [{ b: 1 }, 3], deleted_rows: [4, 2, 4, "x"] })).toEqual({
      edited_rows: { "1": { a: 2 } },
      added_rows: [{ b: 1 }],
      deleted_rows: [2, 4],
    });
  });

  it("builds exactly the committed fixture Python checks", () => {
    const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as { state: unknown };
    let s = emptyState();
    s = setCell(s, orig(0), "price", 9.5);
    s = setCell(s, orig(1), "qty", 7);
    s = setCell(s, orig(0), "ok", false);
    s = addRow(s, { qty: 1 });
    s = setCell(s, added(0), "name", "new");
    s = setCell(s, added(0), "price", 4.25);
    s = addRow(s);
    s = deleteRows(s, [added(1), orig(2)]);
    expect(JSON.parse(JSON.stringify(toWire(s)))).toEqual(fixture.state);
  });
});

describe("cell input rules", () => {
  it("numbers: int columns stay whole, min/max refused, float step rounds", () => {
    const int = col("number", "int64", { min_value: 0, max_value: 10 });
    expect(parseCell(int, "7")).toEqual({ ok: true, value: 7 });
    expect(parseCell(int, "4.5")).toEqual({ ok: false, error: "Enter a whole number." });
    expect(parseCell(int, "11")).toEqual({ ok: false, error: "Must be at most 10." });
    expect(parseCell(int, "-1")).toEqual({ ok: false, error: "Must be at least 0." });
    expect(parseCell(int, "abc")).toEqual({ ok: false, error: "Enter a number." });
    expect(parseCell(int, "")).toEqual({ ok: true, value: null });
    expect(parseCell(col("number", "float64", { step: 0.05 }), "1.234")).toEqual({ ok: true, value: 1.25 });
    expect(parseCell(col("number", "float64", {}, { required: true }), " ")).toEqual({ ok: false, error: "A value is required." });
  });

  it("text and links: max_chars and validate", () => {
    expect(parseCell(col("text", "object", { max_chars: 3 }), "abcd")).toEqual({ ok: false, error: "At most 3 characters (4 typed)." });
    const link = col("link", "object", { validate: "^https://" });
    expect(parseCell(link, "http://x").ok).toBe(false);
    expect(parseCell(link, "https://x")).toEqual({ ok: true, value: "https://x" });
    expect(parseCell(col("text", "object"), "")).toEqual({ ok: true, value: "" });
    expect(parseCell(col("text", "object", { validate: "([" }), "anything").ok).toBe(true); // a broken pattern validates nothing
  });

  it("dates, times and datetimes: ISO out, bounds refused, tz-aware as UTC instants", () => {
    const date = col("date", "object", { min_value: "2024-01-01" });
    expect(parseCell(date, "2024-05-01")).toEqual({ ok: true, value: "2024-05-01" });
    expect(parseCell(date, "2023-12-31")).toEqual({ ok: false, error: "Must be 2024-01-01 or later." });
    expect(parseCell(col("time", "object", { max_value: "12:00:00" }), "13:00")).toEqual({ ok: false, error: "Must be 12:00:00 or earlier." });
    expect(parseCell(col("time", "object"), "9:05")).toEqual({ ok: true, value: "09:05:00" });
    expect(parseCell(col("datetime", "datetime64[ns]"), "2024-05-01T10:30")).toEqual({ ok: true, value: "2024-05-01T10:30:00" });
    const paris = col("datetime", "datetime64[ns, Europe/Paris]");
    expect(parseCell(paris, "2024-05-01T10:30")).toEqual({ ok: true, value: "2024-05-01T08:30:00.000Z" });
    expect(initialText(paris, Date.UTC(2024, 4, 1, 8, 30))).toBe("2024-05-01T10:30:00");
    expect(initialText(col("date", "object"), Date.UTC(2024, 4, 1))).toBe("2024-05-01");
    expect(initialText(col("number", "int64"), 12n)).toBe("12");
    expect(parseCell(col("date", "object"), "May 1").ok).toBe(false);
  });

  it("lists and options", () => {
    expect(parseCell(col("list", "object"), "a, b ,c")).toEqual({ ok: true, value: ["a", "b", "c"] });
    expect(parseCell(col("list", "object"), "1, 2")).toEqual({ ok: true, value: [1, 2] });
    const select = col("selectbox", "object", { options: ["a", "b"] }, { required: true });
    expect(checkOptions(select, ["b"])).toEqual({ ok: true, value: "b" });
    expect(checkOptions(select, ["z"]).ok).toBe(false);
    expect(checkOptions(select, [])).toEqual({ ok: false, error: "A value is required." });
    const multi = col("multiselect", "object", { options: ["a", "b"] });
    expect(checkOptions(multi, ["a", "z"])).toEqual({ ok: false, error: "Not among the options: z." });
    expect(checkOptions(col("multiselect", "object", { options: ["a"], accept_new_options: true }), ["a", "z"])).toEqual({ ok: true, value: ["a", "z"] });
  });
});

useFixedGridLayout();
afterEach(() => {
  document.body.innerHTML = "";
});

let wire: Wire;
beforeAll(() => {
  wire = pyWire(`pd.DataFrame({"name": ["a", "b", "c"], "qty": [1, 2, 3], "ok": [True, False, True]})`);
});

describe("overlay view", () => {
  it("hides deleted rows, appends added ones and reads edits", () => {
    const base = decodeTable(wire.data, wire.columns);
    let s = setCell(emptyState(), { kind: "original", row: 2 }, "qty", 30);
    s = deleteRows(addRow(s, { name: "new" }), [{ kind: "original", row: 0 }]);
    const view = overlayTable(base, s);
    expect(view.table.rows).toBe(3);
    const qty = view.table.data.get("c1")!;
    const name = view.table.data.get("c0")!;
    expect([0, 1, 2].map((r) => name.get(r))).toEqual(["b", "c", "new"]);
    expect([0, 1, 2].map((r) => qty.get(r))).toEqual([2n, 30, null]);
    const required = { ...view.table.columns[2]!, config: { required: true } };
    expect(missingRequired(view, 2, required)).toBe(true);
    expect(missingRequired(view, 0, required)).toBe(false);
  });
});

function mountEditor(props: Partial<DataEditorProps> = {}) {
  return mountDataEditor({ data: wire.data.buffer as ArrayBuffer, columns: wire.columns, ...props });
}

describe("data_editor renderer", () => {
  it("refuses a non-integer in an int column, keeps the typed text, then sends the fixed value", () => {
    const { root, sent, cell, dbl } = mountEditor();
    expect(root.querySelector('[data-testid="stDataFrame"]')?.classList.contains("stDataEditor")).toBe(true);
    dbl(cell(0, 3)); // qty of row 0 (col 1 index, 2 name, 3 qty)
    const input = root.querySelector<HTMLInputElement>('[data-testid="stDataEditorCellInput"]')!;
    expect(input.value).toBe("1");
    typeInto(input, "2.5");
    key(input, "keydown", "Enter");
    expect(document.querySelector('[role="alert"]')?.textContent).toContain("Enter a whole number.");
    expect(input.value).toBe("2.5");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(sent).toEqual([]);
    typeInto(input, "12");
    expect(document.querySelector('[role="alert"]')).toBeNull();
    key(input, "keydown", "Enter");
    expect(sent.at(-1)?.value).toEqual({ edited_rows: { "0": { qty: 12 } }, added_rows: [], deleted_rows: [] });
    expect(root.querySelector('[data-testid="stDataEditorCellInput"]')).toBeNull();
    expect(cell(0, 3).textContent).toBe("12");
  });

  it("Escape cancels an edit; disabled columns and the index of original rows never open", () => {
    const { root, sent, cell, dbl } = mountEditor({ disabled: ["c1"] });
    dbl(cell(0, 3));
    expect(root.querySelector("input.stDataEditorInput")).toBeNull();
    dbl(cell(0, 1));
    expect(root.querySelector("input.stDataEditorInput")).toBeNull();
    dbl(cell(1, 2));
    const input = root.querySelector<HTMLInputElement>("input.stDataEditorInput")!;
    typeInto(input, "zzz");
    key(input, "keydown", "Escape");
    expect(root.querySelector("input.stDataEditorInput")).toBeNull();
    expect(sent).toEqual([]);
  });

  it("toggles a checkbox cell on click, without an editor", () => {
    const { sent, cell } = mountEditor();
    fire(cell(1, 4), new MouseEvent("click", { bubbles: true }));
    expect(sent.at(-1)?.value).toEqual({ edited_rows: { "1": { ok: true } }, added_rows: [], deleted_rows: [] });
  });

  it("adds rows with defaults and deletes selected rows (toolbar button and Delete key)", () => {
    const config = { c1: { default: 5, required: true } } as DataEditorProps["column_config"];
    const { root, sent, draw } = mountEditor({ num_rows: "dynamic", column_config: config });
    fire(root.querySelector('[data-testid="stDataFrameAddRowButton"]')!, new MouseEvent("click", { bubbles: true }));
    expect(sent.at(-1)?.value).toEqual({ edited_rows: {}, added_rows: [{ qty: 5 }], deleted_rows: [] });
    // Python echoes the state back; the view then has 4 rows.
    draw({ value: sent.at(-1)!.value as DataEditorProps["value"] });
    const rows = () => root.querySelectorAll('[role="row"]:not([aria-rowindex="1"])').length;
    expect(rows()).toBe(4);
    const check = (viewRow: number) => root.querySelector<HTMLElement>(`[role="row"][aria-rowindex="${viewRow + 2}"] .dfCheckCell`)!;
    fire(check(1), new MouseEvent("click", { bubbles: true }));
    fire(check(3), new MouseEvent("click", { bubbles: true }));
    fire(root.querySelector('[aria-label="Delete rows"]')!, new MouseEvent("click", { bubbles: true }));
    expect(sent.at(-1)?.value).toEqual({ edited_rows: {}, added_rows: [], deleted_rows: [1] });
    draw({ value: sent.at(-1)!.value as DataEditorProps["value"] });
    expect(rows()).toBe(2);
    fire(check(0), new MouseEvent("click", { bubbles: true }));
    key(root.querySelector('[role="grid"]')!, "keydown", "Delete");
    expect(sent.at(-1)?.value).toEqual({ edited_rows: {}, added_rows: [], deleted_rows: [0, 1] });
  });

  it("pastes TSV from the focused cell, skipping values the config refuses", () => {
    const config = { c1: { type_config: { type: "number", max_value: 10 } } } as DataEditorProps["column_config"];
    const { root, sent, cell } = mountEditor({ column_config: config });
    fire(cell(0, 2), new MouseEvent("click", { bubbles: true })); // focus name of row 0
    const paste = Object.assign(new Event("paste", { bubbles: true, cancelable: true }), {
      clipboardData: { getData: () => "x\t7\tfalse\ny\t99\tyes\nz\t1\ttrue\nbeyond\t1\ttrue\n" },
    });
    fire(root.querySelector('[role="grid"]')!, paste);
    expect(sent.at(-1)?.value).toEqual({
      edited_rows: { "0": { name: "x", qty: 7, ok: false }, "1": { name: "y", ok: true }, "2": { name: "z", qty: 1, ok: true } },
      added_rows: [],
      deleted_rows: [],
    });
    expect(root.querySelector('[data-testid="stDataEditorNotice"]')?.textContent).toContain("qty: Must be at most 10.");
  });

  it("outlines a required cell an added row leaves empty", () => {
    const config = { c0: { required: true } } as DataEditorProps["column_config"];
    const value = { edited_rows: {}, added_rows: [{ qty: 1 }], deleted_rows: [] };
    const { cell } = mountEditor({ num_rows: "add", column_config: config, value });
    expect(cell(3, 2).style.boxShadow).toContain("var(--st-red)");
    expect(cell(0, 2).style.boxShadow).toBe("");
  });

  it("edits a selectbox column with labelled options", () => {
    const config = { c0: { type_config: { type: "selectbox", options: ["a", "b", "z"], option_labels: ["A", "B", "Zed"] } } } as DataEditorProps["column_config"];
    const { root, sent, cell, dbl } = mountEditor({ column_config: config });
    dbl(cell(0, 2));
    const select = root.querySelector<HTMLSelectElement>('[data-testid="stDataEditorCellSelect"]')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(["(empty)", "A", "B", "Zed"]);
    select.value = "2";
    fire(select, new Event("change", { bubbles: true }));
    expect(sent.at(-1)?.value).toEqual({ edited_rows: { "0": { name: "z" } }, added_rows: [], deleted_rows: [] });
  });
});

describe("multiselect and date editors", () => {
  let listWire: Wire;
  beforeAll(() => {
    listWire = pyWire(`pd.DataFrame({"tags": [["a"], ["b", "c"]], "day": [__import__("datetime").date(2024, 5, 1), None]})`);
  });

  function mountList(config: DataEditorProps["column_config"]) {
    return mountDataEditor({ data: listWire.data.buffer as ArrayBuffer, columns: listWire.columns, column_config: config });
  }

  it("a multiselect checklist toggles options and refuses unknown ones, adding new ones only when allowed", () => {
    const config = { c0: { type_config: { type: "multiselect", options: ["a", "b", "c"], option_labels: ["A", "B", "C"], accept_new_options: true } } } as DataEditorProps["column_config"];
    const { sent, cell } = mountList(config);
    fire(cell(0, 2), new MouseEvent("dblclick", { bubbles: true }));
    const popup = document.querySelector<HTMLElement>('[data-testid="stDataEditorMultiselect"]')!;
    const boxes = [...popup.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.checked)).toEqual([true, false, false]);
    fire(boxes[2]!, new Event("change", { bubbles: true }));
    const input = document.querySelector<HTMLInputElement>('[data-testid="stDataEditorCellInput"]')!;
    typeInto(input, "zz");
    key(input, "keydown", "Enter"); // adds the new option
    key(input, "keydown", "Enter"); // applies
    expect(sent.at(-1)?.value).toEqual({ edited_rows: { "0": { tags: ["a", "c", "zz"] } }, added_rows: [], deleted_rows: [] });
  });

  it("a date cell uses a native date field and refuses dates before min_value", () => {
    const config = { c1: { type_config: { type: "date", min_value: "2024-01-01" } } } as DataEditorProps["column_config"];
    const { sent, cell } = mountList(config);
    fire(cell(1, 3), new MouseEvent("dblclick", { bubbles: true }));
    const input = document.querySelector<HTMLInputElement>('[data-testid="stDataEditorCellInput"]')!;
    expect(input.type).toBe("date");
    expect(input.min).toBe("2024-01-01");
    typeInto(input, "2023-02-03");
    key(input, "keydown", "Enter");
    expect(document.querySelector('[role="alert"]')?.textContent).toContain("Must be 2024-01-01 or later.");
    expect(sent).toEqual([]);
    typeInto(input, "2024-02-03");
    key(input, "keydown", "Enter");
    expect(sent.at(-1)?.value).toEqual({ edited_rows: { "1": { day: "2024-02-03" } }, added_rows: [], deleted_rows: [] });
  });
});
