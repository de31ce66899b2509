/**
 * The Vega-Lite charts in real Chromium with real Pyodide: st.line_chart and
 * st.bar_chart draw one SVG mark per series / row from their Arrow dataset,
 * st.map draws its points offline, and a click on a point of an Altair chart
 * with a point selection reaches the script as event.selection.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const APP = `import json
import altair as alt
import pandas as pd
import streamlit as st

df = pd.DataFrame({"day": [1, 2, 3, 4], "sales in $": [3, 1, 4, 2], "costs.total": [1, 1, 2, 2]})
st.line_chart(df, x="day", y=["sales in $", "costs.total"])
st.bar_chart(df, x="day", y="sales in $", alt="Sales bars")
st.map(pd.DataFrame({"lat": [52.5, 52.52, 52.51], "lon": [13.4, 13.41, 13.39]}))

points = pd.DataFrame({"x": [1, 2, 3], "y": [1, 3, 2], "k": ["a", "b", "c"]})
pick = alt.selection_point(fields=["k"], name="pick")
chart = alt.Chart(points).mark_circle(size=600).encode(x="x:Q", y="y:Q").add_params(pick)
event = st.altair_chart(chart, on_select="rerun", key="picker")
st.text("selection: " + json.dumps(event.selection))
st.text("state: " + json.dumps(st.session_state.picker["selection"]))
`;

const texts = async (t: AppUnderTest) =>
  (await t.app.locator('[data-testid="stText"]').allTextContents()).map((s) => s.trim());

describe("Vega-Lite charts", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => {
    await t?.close();
  });

  test("a line chart draws one line per y column and a bar chart one bar per row", async () => {
    const charts = t.app.locator('[data-testid="stVegaLiteChart"]');
    await eventually(() => charts.count(), 4, 30_000);
    await eventually(() => charts.nth(0).locator("svg .mark-line path").count(), 2, 30_000);
    await eventually(() => charts.nth(1).locator("svg .mark-rect path").count(), 4);
    assert.equal(await charts.nth(1).getAttribute("aria-label"), "Sales bars");
    // theme="streamlit": axis labels use the app's muted text colour, not Vega's default.
    const label = charts.nth(1).locator("svg .role-axis-label text").first();
    assert.notEqual(await label.evaluate((el) => el.getAttribute("fill")), "#888");
    // Column names with spaces and dots are legend labels, not broken field paths.
    const legend = await charts.nth(0).locator("svg .role-legend-label text").allTextContents();
    assert.deepEqual(legend.sort(), ["costs.total", "sales in $"]);
    // The chart fills the column width (width="stretch").
    const [box, svg] = await Promise.all([charts.nth(1).boundingBox(), charts.nth(1).locator("svg").first().boundingBox()]);
    assert.ok(box && svg && Math.abs(box.width - svg.width) < 4, `svg ${svg?.width} fills ${box?.width}`);
  });

  test("st.map draws its points without network tiles", async () => {
    const map = t.app.locator('[data-testid="stVegaLiteChart"]').nth(2);
    await eventually(() => map.locator("svg .mark-symbol path").count(), 3, 30_000);
    const box = await map.boundingBox();
    assert.ok(box && Math.abs(box.height - 500) < 20, `map height ${box?.height}`);
  });

  test("clicking a point of an Altair chart sends the point selection to the script", async () => {
    assert.deepEqual(await texts(t), ['selection: {"pick": {}}', 'state: {"pick": {}}']);
    const chart = t.app.locator('[data-testid="stVegaLiteChart"]').nth(3);
    const circles = chart.locator("svg .mark-symbol path");
    await eventually(() => circles.count(), 3, 30_000);
    await chart.scrollIntoViewIfNeeded();
    await rerunAfter(t.app, async () => {
      await circles.nth(2).click();
    });
    await eventually(() => texts(t), ['selection: {"pick": [{"k": "c"}]}', 'state: {"pick": [{"k": "c"}]}'], 10_000);
  });
});
