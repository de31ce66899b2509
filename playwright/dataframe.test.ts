/**
 * st.dataframe in real Chromium with real Pyodide: cell values, header sort,
 * row selection reaching the script, CSV download, copy, search, and a
 * 1,000,000 x 10 frame scrolled to its last row.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const APP = `import pandas as pd
import streamlit as st

df = pd.DataFrame({"name": ["carol", "alice", "bob", "dave"], "age": [35, 29, 41, None], "city": ["Oslo", "Rome", "Lima", "Oslo"]})
# "age" is shown as "35.0" but copied and downloaded as its data, 35.
age = st.column_config.NumberColumn(format="%.1f")
event = st.dataframe(df, on_select="rerun", selection_mode="multi-row", key="people", column_config={"age": age})
st.text(f"rows={event.selection.rows}")
`;

const BIG_APP = `import numpy as np
import pandas as pd
import streamlit as st

n = 1_000_000
frame = pd.DataFrame({f"c{i}": np.arange(n, dtype="int64") * (i + 1) for i in range(10)})
st.dataframe(frame, key="big")
st.text("ready")
`;

type Opened = AppUnderTest & { appDir: string };

/** Texts of one column (aria-colindex) over the rendered data rows, in row order. */
async function columnTexts(t: Opened, colIndex: number): Promise<string[]> {
  return t.app.locator('[data-testid="stDataFrame"]').first().evaluate((root, col) => {
    const rows = [...root.querySelectorAll('[role="row"]')].filter((r) => r.getAttribute("aria-rowindex") !== "1");
    rows.sort((a, b) => Number(a.getAttribute("aria-rowindex")) - Number(b.getAttribute("aria-rowindex")));
    return rows.map((r) => r.querySelector(`[role="gridcell"][aria-colindex="${col}"]`)?.textContent ?? "");
  }, colIndex);
}

describe("st.dataframe", () => {
  let t: Opened;
  before(async () => {
    t = await openApp({ "app.py": APP });
    await t.app.locator('[data-testid="stDataFrame"] [role="grid"]').waitFor();
  });
  after(async () => {
    await t?.close();
  });

  const frame = () => t.app.locator('[data-testid="stDataFrame"]');
  const shownRows = async () => (await t.app.getByTestId("stText").last().textContent())?.trim();

  test("renders the DataFrame's cells with roles and the missing-value placeholder", async () => {
    assert.ok(await frame().getByTestId("stDataFrameResizable").isVisible());
    const headers = await frame().getByRole("columnheader").allTextContents();
    // Column 1 is the row-selection checkbox column, 2 the index.
    assert.deepEqual(headers.slice(2), ["name", "age", "city"]);
    await eventually(() => columnTexts(t, 3), ["carol", "alice", "bob", "dave"]);
    assert.deepEqual(await columnTexts(t, 2), ["0", "1", "2", "3"]);
    assert.deepEqual(await columnTexts(t, 4), ["35.0", "29.0", "41.0", "None"]);
  });

  test("clicking a header sorts ascending, then descending, then restores the order", async () => {
    const header = frame().locator('[role="columnheader"][data-field="c1"]');
    await header.getByRole("button", { name: "Sort by age" }).click();
    await eventually(() => columnTexts(t, 3), ["alice", "carol", "bob", "dave"]);
    assert.equal(await header.getAttribute("aria-sort"), "ascending");
    await header.getByRole("button", { name: "Sort by age" }).click();
    await eventually(() => columnTexts(t, 3), ["bob", "carol", "alice", "dave"]);
    await header.getByRole("button", { name: "Sort by age" }).click();
    await eventually(() => columnTexts(t, 3), ["carol", "alice", "bob", "dave"]);
  });

  test("selected rows reach the script as original positions, also after sorting", async () => {
    await rerunAfter(t.app, () => frame().getByRole("checkbox", { name: "Select row 3" }).click());
    assert.equal(await shownRows(), "rows=[2]");
    // Sort by name (alice, bob, carol, dave): view row 1 is alice = original row 1.
    await frame().getByRole("button", { name: "Sort by name" }).click();
    await eventually(() => columnTexts(t, 3), ["alice", "bob", "carol", "dave"]);
    await rerunAfter(t.app, () => frame().getByRole("checkbox", { name: "Select row 1" }).click());
    assert.equal(await shownRows(), "rows=[1, 2]");
    // Restore the original order for the tests below.
    await frame().getByRole("button", { name: "Sort by name" }).click();
    await frame().getByRole("button", { name: "Sort by name" }).click();
    await eventually(() => columnTexts(t, 3), ["carol", "alice", "bob", "dave"]);
  });

  test("dragging a header's right edge resizes the column", async () => {
    const header = frame().locator('[role="columnheader"][data-field="c0"]');
    const before = (await header.boundingBox())?.width ?? 0;
    const handle = await header.getByRole("separator").boundingBox();
    assert.ok(handle);
    await t.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await t.page.mouse.down();
    await t.page.mouse.move(handle.x + handle.width / 2 + 60, handle.y + handle.height / 2, { steps: 4 });
    await t.page.mouse.up();
    await eventually(async () => Math.round(((await header.boundingBox())?.width ?? 0) - before), 60);
    const cell = frame().getByRole("gridcell", { name: "carol" });
    assert.equal(Math.round((await cell.boundingBox())?.width ?? 0), Math.round(before + 60));
  });

  test("the toolbar downloads a UTF-8 CSV with a BOM, of the data rather than its display format", async () => {
    await frame().hover();
    const [download] = await Promise.all([
      t.page.waitForEvent("download"),
      frame().getByRole("button", { name: "Download as CSV" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}_export\.csv$/);
    const path = await download.path();
    const bytes = readFileSync(path);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    // "age" has format="%.1f" (cells show "35.0"): the CSV holds the raw numbers, as in Streamlit.
    assert.equal(
      bytes.subarray(3).toString("utf8"),
      ",name,age,city\n0,carol,35,Oslo\n1,alice,29,Rome\n2,bob,41,Lima\n3,dave,,Oslo\n",
    );
  });

  test("Ctrl+C copies selected rows as TSV, else the focused cell (moved by arrow keys)", async () => {
    await t.browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: t.server.url });
    const clipboard = () => t.page.evaluate(() => navigator.clipboard.readText());
    // Rows 1 and 2 are still selected by the test above.
    await frame().getByRole("gridcell", { name: "alice" }).click();
    await t.page.keyboard.press("Control+c");
    await eventually(clipboard, "1\talice\t29\tRome\n2\tbob\t41\tLima");
    await rerunAfter(t.app, () => frame().getByRole("checkbox", { name: "Select row 2" }).click());
    await rerunAfter(t.app, () => frame().getByRole("checkbox", { name: "Select row 3" }).click());
    assert.equal(await shownRows(), "rows=[]");
    await frame().getByRole("gridcell", { name: "alice" }).click();
    await t.page.keyboard.press("ArrowRight");
    await t.page.keyboard.press("Control+c");
    await eventually(clipboard, "29"); // the value, not the shown "29.0"
  });

  test("search highlights matches and Enter moves to the next", async () => {
    await frame().hover();
    await frame().getByRole("button", { name: "Search" }).click();
    const input = frame().getByTestId("stDataFrameSearch").getByRole("searchbox");
    await input.fill("oslo");
    await eventually(() => frame().locator(".dfMatch").allTextContents(), ["Oslo", "Oslo"]);
    await eventually(() => frame().locator(".dfMatchCurrent").textContent(), "Oslo");
    const current = () => frame().locator(".dfMatchCurrent").evaluate((c) => c.closest('[role="row"]')?.getAttribute("aria-rowindex"));
    assert.equal(await current(), "2");
    await input.press("Enter");
    await eventually(current, "5");
    assert.equal(await frame().locator(".dfSearchCount").textContent(), "2 of 2");
  });
});

describe("st.dataframe with 1,000,000 x 10", () => {
  let t: Opened;
  before(async () => {
    t = await openApp({ "app.py": BIG_APP });
  });
  after(async () => {
    await t?.close();
  });

  test("renders a window of rows and scrolls to the last row", async () => {
    const frame = t.app.locator('[data-testid="stDataFrame"]');
    await eventually(() => columnTexts(t, 1).then((c) => c.slice(0, 3)), ["0", "1", "2"], 30_000);
    const rendered = await frame.locator('[role="row"]').count();
    assert.ok(rendered < 60, `only a window of rows is in the DOM (${rendered})`);
    assert.equal(await frame.getByRole("grid").getAttribute("aria-rowcount"), "1000001");
    // Halfway down: the rows drawn are the middle ones, contiguous, and inside the viewport.
    await frame.getByRole("grid").evaluate((grid) => {
      grid.scrollTop = (grid.scrollHeight - grid.clientHeight) / 2;
    });
    await eventually(async () => Math.abs(Number((await columnTexts(t, 1))[5]) - 500_000) < 2_000, true, 10_000);
    const middle = (await columnTexts(t, 1)).map(Number);
    assert.deepEqual(middle, middle.map((_, i) => (middle[0] as number) + i));
    const onScreen = await frame.getByRole("grid").evaluate((grid) => {
      const box = grid.getBoundingClientRect();
      return [...grid.querySelectorAll('[role="row"]')].some((r) => {
        const b = r.getBoundingClientRect();
        return r.getAttribute("aria-rowindex") !== "1" && b.top >= box.top + 30 && b.bottom <= box.bottom;
      });
    });
    assert.ok(onScreen, "data rows are drawn inside the visible box");
    await frame.getByRole("grid").evaluate((grid) => {
      grid.scrollTop = grid.scrollHeight;
    });
    await eventually(async () => (await columnTexts(t, 1)).at(-1), "999999", 10_000);
    assert.equal((await columnTexts(t, 11)).at(-1), String(999_999 * 10));
    await frame.locator('[role="row"][aria-rowindex="1000001"]').waitFor();
  });
});
