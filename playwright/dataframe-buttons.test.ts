/**
 * st.column_config.ButtonColumn clicks in real Chromium with real Pyodide:
 * a click on a button cell of a sorted st.dataframe and of st.data_editor
 * runs its on_click (with args/kwargs) before the script, which sees the
 * click ({row in the original data, label}) in st.session_state[key] for
 * exactly one run; an unrelated rerun shows None again. Also data_editor's
 * type-to-edit and "Add row" focusing the new row, with real key presses.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const APP = `import json
import pandas as pd
import streamlit as st

st.session_state.setdefault("log", [])

def clicked(source, *, tag):
    click = st.session_state[source]
    st.session_state.log.append([source, tag, click.row, click.label])

df = pd.DataFrame({"name": ["carol", "alice", "bob"], "action": ["Open c", "Open a", "Open b"]})
st.dataframe(df, column_config={
    "action": st.column_config.ButtonColumn("Act", on_click=clicked, args=("act",), kwargs={"tag": "df"}, key="act"),
})
edited = st.data_editor(df, key="ed", column_config={
    "action": st.column_config.ButtonColumn(on_click=clicked, args=("ed_act",), kwargs={"tag": "ed"}, key="ed_act"),
})

def seen(key):
    click = st.session_state[key]
    return None if click is None else [click.row, click.label]

st.text("df=" + json.dumps(seen("act")))
st.text("ed=" + json.dumps(seen("ed_act")))
st.text("log=" + json.dumps(st.session_state.log))
st.text("edits=" + json.dumps(st.session_state["ed"], sort_keys=True))
st.button("unrelated")
fruits = st.data_editor(pd.DataFrame({"fruit": ["apple", "pear"]}), num_rows="dynamic", hide_index=True, key="ed2")
st.text("fruits=" + json.dumps(fruits["fruit"].tolist()))
`;

type Opened = AppUnderTest & { appDir: string };

// Both grids, no row checkboxes: 1 index, 2 name, 3 action.
const ACTION = 3;

describe("ButtonColumn clicks", () => {
  let t: Opened;
  before(async () => {
    t = await openApp({ "app.py": APP });
    await t.app.locator('[data-testid="stDataFrame"] [role="grid"]').first().waitFor();
  });
  after(async () => {
    await t?.close();
  });

  const frame = () => t.app.locator('[data-testid="stDataFrame"]:not(.stDataEditor)');
  const editor = () => t.app.locator('[data-testid="stDataFrame"].stDataEditor').first();
  const fruitsEditor = () => t.app.locator('[data-testid="stDataFrame"].stDataEditor').nth(1);
  const cellIn = (grid: ReturnType<typeof frame>, viewRow: number, col: number) =>
    grid.locator(`[role="row"][aria-rowindex="${viewRow + 2}"] [role="gridcell"][aria-colindex="${col}"]`);
  const shown = async (label: string): Promise<unknown> => {
    const texts = await t.app.getByTestId("stText").allTextContents();
    const line = texts.map((s) => s.trim()).find((s) => s.startsWith(`${label}=`));
    return line === undefined ? undefined : JSON.parse(line.slice(label.length + 1));
  };

  test("a click in a sorted st.dataframe runs on_click and lasts one run", async () => {
    assert.equal(await shown("df"), null);
    await frame().locator('[role="columnheader"][data-field="c0"] button').first().click(); // sort by name
    await eventually(() => cellIn(frame(), 0, 2).textContent(), "alice");
    const button = cellIn(frame(), 0, ACTION).locator("button.stCellButton");
    assert.equal(await button.textContent(), "Open a");
    await rerunAfter(t.app, () => button.click());
    assert.deepEqual(await shown("df"), [1, "Open a"]); // alice is row 1 of the data
    assert.deepEqual(await shown("log"), [["act", "df", 1, "Open a"]]);
    assert.equal(await frame().locator(".dfSelected, .dfRowSelected").count(), 0);
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "unrelated" }).click());
    assert.equal(await shown("df"), null);
    assert.equal((await shown("log") as unknown[]).length, 1);
  });

  test("Enter on a focused button cell clicks it too", async () => {
    await cellIn(frame(), 2, 2).click(); // focus carol's name (view row 2 after the sort)
    await frame().locator('[role="grid"]').press("ArrowRight");
    await rerunAfter(t.app, () => frame().locator('[role="grid"]').press("Enter"));
    assert.deepEqual(await shown("df"), [0, "Open c"]);
    assert.equal((await shown("log") as unknown[]).length, 2);
  });

  test("a click in st.data_editor runs its callback, edits nothing and opens no editor", async () => {
    const button = cellIn(editor(), 2, ACTION).locator("button.stCellButton");
    await rerunAfter(t.app, () => button.click());
    assert.deepEqual(await shown("ed"), [2, "Open b"]);
    assert.equal(await shown("df"), null);
    assert.deepEqual((await shown("log") as unknown[]).at(-1), ["ed_act", "ed", 2, "Open b"]);
    assert.deepEqual(await shown("edits"), { added_rows: [], deleted_rows: [], edited_rows: {} });
    assert.equal(await editor().getByTestId("stDataEditorCellInput").count(), 0);
    await rerunAfter(t.app, () => t.app.getByRole("button", { name: "unrelated" }).click());
    assert.equal(await shown("ed"), null);
    assert.equal((await shown("log") as unknown[]).length, 3);
  });

  test("typing on a data_editor cell edits it; Add row focuses the new row for typing", async () => {
    const grid = fruitsEditor().locator('[role="grid"]');
    await cellIn(fruitsEditor(), 1, 2).click(); // pear (1 row checkbox, 2 fruit: the index is hidden)
    await t.page.keyboard.type("plum");
    assert.equal(await fruitsEditor().getByTestId("stDataEditorCellInput").inputValue(), "plum");
    await rerunAfter(t.app, () => t.page.keyboard.press("Enter"));
    assert.deepEqual(await shown("fruits"), ["apple", "plum"]);
    await rerunAfter(t.app, () => t.app.getByTestId("stDataFrameAddRowButton").click());
    // The new row (view row 2), its first cell, is the grid's focus, and the grid has the keyboard.
    await eventually(async () => /-r2-c0$/.test((await grid.getAttribute("aria-activedescendant")) ?? ""), true);
    assert.ok(await grid.evaluate((el) => el === (el.getRootNode() as Document | ShadowRoot).activeElement));
    await t.page.keyboard.type("kiwi");
    await rerunAfter(t.app, () => t.page.keyboard.press("Enter"));
    assert.deepEqual(await shown("fruits"), ["apple", "plum", "kiwi"]);
  });
});
