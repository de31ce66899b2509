/**
 * st.data_editor in real Chromium with real Pyodide: number and text edits,
 * a refused value, a disabled column, a checkbox toggle, a selectbox edit, an
 * added and a deleted row; each checked in the DataFrame the script gets back
 * and in st.session_state[key]. Then a categorical column edited with a select
 * of its categories, the returned column still categorical.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const APP = `import json
import pandas as pd
import streamlit as st

df = pd.DataFrame({
    "name": ["apple", "pear", "fig"],
    "price": [1.5, 2.0, 3.25],
    "qty": [1, 2, 3],
    "fresh": [True, False, True],
    "kind": ["a", "b", "a"],
    "id": [10, 20, 30],
})
edited = st.data_editor(
    df,
    num_rows="dynamic",
    disabled=["id"],
    key="ed",
    column_config={
        "kind": st.column_config.SelectboxColumn(options=["a", "b", "c"], format_func=lambda v: v.upper()),
        "qty": st.column_config.NumberColumn(min_value=0, max_value=100, default=5),
    },
)
st.text("result=" + json.dumps(edited.astype(object).where(edited.notna(), None).to_dict("list")))
st.text("index=" + json.dumps([int(i) for i in edited.index]))
st.text("state=" + json.dumps(st.session_state["ed"], sort_keys=True))
`;

type Opened = AppUnderTest & { appDir: string };

// Columns: 1 row checkbox, 2 index, 3 name, 4 price, 5 qty, 6 fresh, 7 kind, 8 id.
const COL = { name: 3, price: 4, qty: 5, fresh: 6, kind: 7, id: 8 } as const;

describe("st.data_editor", () => {
  let t: Opened;
  before(async () => {
    t = await openApp({ "app.py": APP });
    await t.app.locator('[data-testid="stDataFrame"] [role="grid"]').waitFor();
  });
  after(async () => {
    await t?.close();
  });

  const editor = () => t.app.locator('[data-testid="stDataFrame"].stDataEditor');
  const cell = (viewRow: number, col: number) =>
    editor().locator(`[role="row"][aria-rowindex="${viewRow + 2}"] [role="gridcell"][aria-colindex="${col}"]`);
  const input = () => editor().getByTestId("stDataEditorCellInput");
  const shown = async (label: string): Promise<unknown> => {
    const texts = await t.app.getByTestId("stText").allTextContents();
    const line = texts.map((s) => s.trim()).find((s) => s.startsWith(`${label}=`));
    return line === undefined ? undefined : JSON.parse(line.slice(label.length + 1));
  };
  const result = async () => (await shown("result")) as Record<string, unknown[]>;

  async function typeIn(viewRow: number, col: number, text: string) {
    await cell(viewRow, col).dblclick();
    await input().fill(text);
    await rerunAfter(t.app, () => input().press("Enter"));
  }

  test("editing a number and a text cell reaches the returned DataFrame and session_state", async () => {
    await typeIn(0, COL.price, "9.75");
    await typeIn(1, COL.name, "plum");
    const r = await result();
    assert.deepEqual(r.price, [9.75, 2.0, 3.25]);
    assert.deepEqual(r.name, ["apple", "plum", "fig"]);
    assert.deepEqual(await shown("state"), {
      added_rows: [],
      deleted_rows: [],
      edited_rows: { "0": { price: 9.75 }, "1": { name: "plum" } },
    });
    await eventually(async () => ((await cell(0, COL.price).textContent()) ?? "").startsWith("9.75"), true);
  });

  test("a value outside min/max is refused with a message and the typed text kept", async () => {
    await cell(2, COL.qty).dblclick();
    await input().fill("500");
    await input().press("Enter");
    const alert = t.page.getByTestId("stDataEditorCellError");
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? "", /at most 100/);
    assert.equal(await input().inputValue(), "500");
    await input().fill("42");
    await rerunAfter(t.app, () => input().press("Enter"));
    assert.deepEqual((await result()).qty, [1, 2, 42]);
  });

  test("a disabled column opens no editor", async () => {
    await cell(0, COL.id).dblclick();
    await cell(0, COL.id).press("Enter");
    assert.equal(await input().count(), 0);
    await cell(0, COL.name).dblclick();
    await input().waitFor(); // an editable cell next to it does open
    await input().press("Escape");
    await eventually(() => input().count(), 0);
  });

  test("a checkbox cell toggles on click", async () => {
    await rerunAfter(t.app, () => cell(1, COL.fresh).click());
    assert.deepEqual((await result()).fresh, [true, true, true]);
  });

  test("a selectbox cell offers the formatted options and saves the raw value", async () => {
    await cell(2, COL.kind).dblclick();
    const select = editor().getByTestId("stDataEditorCellSelect");
    assert.deepEqual(await select.locator("option").allTextContents(), ["(empty)", "A", "B", "C"]);
    await rerunAfter(t.app, () => select.selectOption({ label: "C" }).then(() => undefined));
    assert.deepEqual((await result()).kind, ["a", "b", "c"]);
    await eventually(() => cell(2, COL.kind).textContent(), "C");
  });

  test("adding a row appends it with the column defaults; its cells can be edited", async () => {
    await rerunAfter(t.app, () => t.app.getByTestId("stDataFrameAddRowButton").click());
    let r = await result();
    assert.equal(r.name?.length, 4);
    assert.equal(r.qty?.[3], 5);
    await typeIn(3, COL.name, "kiwi");
    r = await result();
    assert.deepEqual(r.name, ["apple", "plum", "fig", "kiwi"]);
    assert.deepEqual(await shown("index"), [0, 1, 2, 3]);
    const state = (await shown("state")) as { added_rows: unknown[] };
    assert.deepEqual(state.added_rows, [{ name: "kiwi", qty: 5 }]);
  });

  test("selecting a row and deleting it removes it from the result", async () => {
    await editor().getByRole("checkbox", { name: "Select row 1" }).click();
    await rerunAfter(t.app, () => editor().getByRole("button", { name: "Delete rows" }).click());
    const r = await result();
    assert.deepEqual(r.name, ["plum", "fig", "kiwi"]);
    assert.deepEqual(await shown("index"), [1, 2, 3]);
    const state = (await shown("state")) as { deleted_rows: number[]; edited_rows: Record<string, unknown> };
    assert.deepEqual(state.deleted_rows, [0]);
    assert.equal(await editor().locator('[role="row"]:not([aria-rowindex="1"])').count(), 3);
  });
});

const CATEGORICAL_APP = `import pandas as pd
import streamlit as st

df = pd.DataFrame({"size": pd.Categorical(["M", "S"], categories=["S", "M", "L", "XL"]), "n": [1, 2]})
edited = st.data_editor(df, key="cat")
st.text("sizes=" + ",".join(str(v) for v in edited["size"]))
st.text("dtype=" + str(edited["size"].dtype) + ":" + ",".join(edited["size"].cat.categories))
`;

describe("st.data_editor with a categorical column", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": CATEGORICAL_APP });
    await t.app.locator('[data-testid="stDataFrame"] [role="grid"]').waitFor();
  });
  after(async () => {
    await t?.close();
  });

  test("a categorical cell is a select of its categories; the script gets the choice, dtype kept", async () => {
    const editor = t.app.locator('[data-testid="stDataFrame"].stDataEditor');
    // Columns (num_rows="fixed": no row checkboxes): 1 index, 2 size, 3 n.
    const cell = editor.locator('[role="row"][aria-rowindex="3"] [role="gridcell"][aria-colindex="2"]');
    await eventually(() => cell.textContent(), "S");
    await cell.dblclick();
    const select = editor.getByTestId("stDataEditorCellSelect");
    assert.deepEqual(await select.locator("option").allTextContents(), ["(empty)", "S", "M", "L", "XL"]);
    assert.equal(await editor.getByTestId("stDataEditorCellInput").count(), 0); // no free text
    await rerunAfter(t.app, () => select.selectOption({ label: "XL" }).then(() => undefined));
    const texts = async () => (await t.app.getByTestId("stText").allTextContents()).map((s) => s.trim());
    await eventually(texts, ["sizes=M,XL", "dtype=category:S,M,L,XL"]);
    await eventually(() => cell.textContent(), "XL");
  });
});
