/**
 * st.table in real Chromium with real Pyodide: a pandas DataFrame becomes a
 * real <table> with its header, index and cells; hide_index, hide_header and
 * border change it; a Styler's formats and background colours reach the cells
 * (read back as computed styles).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const APP = `import pandas as pd
import streamlit as st

df = pd.DataFrame({"city": ["Oslo", "**Rome**"], "temp": [3.5, 18.25], "n": [1, 22]}, index=["a", "b"])
st.table(df)
bare = st.toggle("Bare")
st.table(df, hide_index=bare, hide_header=bare, border="horizontal" if bare else False)
styled = df.style.format({"temp": "{:.1f} C"}).map(lambda v: "background-color: yellow" if v == 22 else "", subset=["n"])
st.table(styled)
`;

type Grid = { header: string[]; rows: string[][] };

async function readTable(t: AppUnderTest, nth: number): Promise<Grid> {
  return t.app
    .locator('table[data-testid="stTable"]')
    .nth(nth)
    .evaluate((table) => ({
      header: [...table.querySelectorAll("thead th")].map((th) => (th.textContent ?? "").trim()),
      rows: [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())),
    }));
}

describe("st.table", () => {
  let t: AppUnderTest;
  before(async () => {
    // No requirements.txt: the worker loads jinja2 itself for a pandas app using .style.
    t = await openApp({ "app.py": APP });
  });
  after(async () => t?.close());

  test("a DataFrame shows its header, index and cells, with Markdown in text cells", async () => {
    await t.app.locator('table[data-testid="stTable"]').nth(2).waitFor();
    assert.deepEqual(await readTable(t, 0), {
      header: ["", "city", "temp", "n"],
      rows: [
        ["a", "Oslo", "3.5", "1"],
        ["b", "Rome", "18.25", "22"],
      ],
    });
    assert.equal(await t.app.locator('table[data-testid="stTable"]').first().locator("td strong").textContent(), "Rome");
    const align = await t.app.locator('table[data-testid="stTable"]').first().locator("tbody td").nth(1).evaluate((td) => getComputedStyle(td).textAlign);
    assert.equal(align, "right");
  });

  test("border, hide_index and hide_header change the table", async () => {
    const second = t.app.locator('table[data-testid="stTable"]').nth(1);
    const borderWidth = () => second.locator("tbody td").first().evaluate((td) => getComputedStyle(td).borderLeftWidth);
    assert.equal(await borderWidth(), "0px"); // border=False
    const first = t.app.locator('table[data-testid="stTable"]').first();
    assert.equal(await first.locator("tbody td").first().evaluate((td) => getComputedStyle(td).borderLeftWidth), "1px");

    await rerunAfter(t.app, () => t.app.getByText("Bare").click());
    await eventually(() => readTable(t, 1), {
      header: [],
      rows: [
        ["Oslo", "3.5", "1"],
        ["Rome", "18.25", "22"],
      ],
    });
    const horizontal = await second.locator("tbody tr").first().locator("td").first().evaluate((td) => {
      const s = getComputedStyle(td);
      return [s.borderLeftWidth, s.borderBottomWidth];
    });
    assert.deepEqual(horizontal, ["0px", "1px"]);
  });

  test("a Styler's formats and background colours reach the cells", async () => {
    const styled = t.app.locator('table[data-testid="stTable"]').nth(2);
    assert.deepEqual((await readTable(t, 2)).rows, [
      ["a", "Oslo", "3.5 C", "1"],
      ["b", "Rome", "18.2 C", "22"],
    ]);
    const colours = await styled.locator("tbody tr").evaluateAll((rows) => rows.map((tr) => getComputedStyle(tr.querySelectorAll("td")[2]!).backgroundColor));
    assert.deepEqual(colours, ["rgba(0, 0, 0, 0)", "rgb(255, 255, 0)"]);
  });
});
