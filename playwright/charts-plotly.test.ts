/**
 * st.pyplot and st.plotly_chart in real Chromium with real Pyodide: a
 * Matplotlib figure arrives as a PNG of figure size x 200 dpi; plotly.js (a
 * lazy chunk) draws a Plotly figure and a plain dict figure inside the shadow
 * root, themed from the app's CSS variables (a px.bar trace takes the app's
 * first categorical colour, and keeps Plotly's with theme=None; a numeric px
 * colour takes the app's sequential scale); a box drawn
 * with the mouse reaches the script as the selection's point indices.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const APP = `import json
import matplotlib.pyplot as plt
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

fig, ax = plt.subplots(figsize=(3, 2))
ax.plot([1, 2, 3], [2, 1, 3])
st.pyplot(fig, bbox_inches=None, width="content", alt="A line")

scatter = go.Figure(go.Scatter(x=[1, 2, 3, 4, 5], y=[1, 2, 3, 4, 5], mode="markers", marker={"size": 14}))
scatter.update_layout(height=360, margin={"l": 40, "r": 20, "t": 20, "b": 40})
event = st.plotly_chart(scatter, on_select="rerun", selection_mode="box", key="scatter")
st.text("picked: " + json.dumps(sorted(event.selection.point_indices)))
st.text("boxes: " + str(len(st.session_state.scatter.selection.box)))
if st.toggle("Show bars", value=True):
    st.plotly_chart({"data": [{"type": "bar", "y": [3, 1, 2]}], "layout": {"height": 300}}, key="bars")

sales = pd.DataFrame({"day": ["Mon", "Tue", "Wed"], "n": [3, 5, 2]})
st.plotly_chart(px.bar(sales, x="day", y="n", height=300), key="px_themed")
st.plotly_chart(px.bar(sales, x="day", y="n", height=300), theme=None, key="px_plain")
st.plotly_chart(px.scatter(sales, x="day", y="n", color="n", height=300), key="px_scale")
`;

const texts = async (t: AppUnderTest) =>
  (await t.app.locator('[data-testid="stText"]').allTextContents()).map((s) => s.trim());

describe("st.pyplot and st.plotly_chart", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => {
    await t?.close();
  });

  test("a pyplot figure is an image of figure size x 200 dpi", async () => {
    const img = t.app.locator('[data-testid="stImage"] img').first();
    await img.evaluate((el: HTMLImageElement) =>
      el.complete && el.naturalWidth ? undefined : new Promise((r) => el.addEventListener("load", r, { once: true })),
    );
    const natural = await img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight]);
    assert.deepEqual(natural, [600, 400]); // 3 x 2 inches at 200 dpi
    assert.equal(await img.getAttribute("alt"), "A line");
  });

  test("a Plotly figure and a dict figure render with plotly.js, themed from the app", async () => {
    const charts = t.app.locator('[data-testid="stPlotlyChart"]');
    await eventually(() => charts.locator(".js-plotly-plot").count(), 5, 30_000);
    await eventually(() => charts.nth(0).locator(".scatterlayer path.point").count(), 5);
    await eventually(() => charts.nth(1).locator(".barlayer path").count(), 3);
    // theme="streamlit": tick labels take the app's text colour (--st-text).
    const tickFill = await charts.nth(0).locator(".xtick text").first().evaluate((el) => getComputedStyle(el).fill);
    assert.equal(tickFill, "rgb(49, 51, 63)");
    // plotly.js's own CSS (modebar) is copied into the shadow root.
    const rules = await t.app.evaluate((el) => el.shadowRoot?.querySelector("style[data-plotly-styles]")?.textContent?.length ?? 0);
    assert.ok(rules > 0, "plotly styles adopted in the shadow root");
    assert.deepEqual(await texts(t), ["picked: []", "boxes: 0"]);
  });

  test('px.bar is drawn in the app\'s first categorical colour; theme=None keeps Plotly\'s', async () => {
    const charts = t.app.locator('[data-testid="stPlotlyChart"]');
    const barFills = (i: number) =>
      charts
        .nth(i)
        .locator(".barlayer .point path")
        .evaluateAll((paths) => paths.map((p) => getComputedStyle(p).fill));
    // #0068c9: Streamlit's first categorical colour (light theme); #636efa: Plotly's.
    await eventually(() => barFills(2), ["rgb(0, 104, 201)", "rgb(0, 104, 201)", "rgb(0, 104, 201)"], 30_000);
    await eventually(() => barFills(3), ["rgb(99, 110, 250)", "rgb(99, 110, 250)", "rgb(99, 110, 250)"]);
  });

  test("px.scatter with a numeric colour uses the app's sequential scale, on points and colorbar", async () => {
    const chart = t.app.locator('[data-testid="stPlotlyChart"]').nth(4);
    const fills = () =>
      chart.locator(".scatterlayer path.point").evaluateAll((paths) => paths.map((p) => getComputedStyle(p).fill));
    // n = 3, 5, 2: the lowest value takes the scale's first colour (#e4f5ff), the highest its last (#004280).
    await eventually(async () => {
      const [, tue, wed] = await fills();
      return [tue, wed];
    }, ["rgb(0, 66, 128)", "rgb(228, 245, 255)"], 30_000);
    const stops = await chart.locator(".colorbar .cbfill").first().evaluate((rect) => {
      const id = /url\("?#([^")]+)"?\)/.exec(rect.getAttribute("fill") ?? getComputedStyle(rect).fill)?.[1];
      const gradient = id ? (rect.getRootNode() as ShadowRoot | Document).getElementById(id) : null;
      return Array.from(gradient?.querySelectorAll("stop") ?? []).map((s) => s.getAttribute("stop-color"));
    });
    assert.ok(stops.length >= 2, `colorbar gradient stops: ${JSON.stringify(stops)}`);
    const norm = stops.map((c) => (c ?? "").replace(/\s/g, "").toLowerCase());
    assert.ok(norm.includes("rgb(228,245,255)") || norm.includes("#e4f5ff"), `light end in ${norm.join(" ")}`);
    assert.ok(norm.includes("rgb(0,66,128)") || norm.includes("#004280"), `dark end in ${norm.join(" ")}`);
  });

  test("a box drawn with the mouse reaches the script as point indices", async () => {
    const chart = t.app.locator('[data-testid="stPlotlyChart"]').first();
    await chart.scrollIntoViewIfNeeded(); // the mouse acts in the viewport
    const points = chart.locator(".scatterlayer path.point");
    const boxes = await Promise.all([1, 3].map((i) => points.nth(i).boundingBox()));
    const [second, fourth] = boxes;
    assert.ok(second && fourth);
    const left = second.x - 12;
    const bottom = second.y + second.height + 12;
    const right = fourth.x + fourth.width + 12;
    const top = fourth.y - 12;
    await rerunAfter(t.app, async () => {
      await t.page.mouse.move(left, bottom);
      await t.page.mouse.down();
      await t.page.mouse.move((left + right) / 2, (top + bottom) / 2, { steps: 5 });
      await t.page.mouse.move(right, top, { steps: 5 });
      await t.page.mouse.up();
    });
    await eventually(() => texts(t), ["picked: [1, 2, 3]", "boxes: 1"]);
  });

  test("a chart that goes away leaves no plot behind", async () => {
    await rerunAfter(t.app, () => t.app.getByText("Show bars").click());
    await eventually(() => t.app.locator(".js-plotly-plot").count(), 4);
  });
});
