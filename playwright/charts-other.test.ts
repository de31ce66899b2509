/**
 * st.graphviz_chart, st.mermaid_chart and st.echarts_chart in
 * real Chromium with real Pyodide: DOT (a string and a graphviz.Digraph) is laid
 * out by Graphviz wasm into SVG with the node labels, a Mermaid flowchart shows
 * its node text, an ECharts bar chart draws on a canvas (and as SVG), a click on
 * a bar reaches the script as the selection and the bar stays drawn in ECharts'
 * select state after the rerun. (st.pydeck_chart: charts-pydeck.test.ts.)
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eventually, openApp, rerunAfter, type AppUnderTest } from "./harness.ts";

const APP = `import graphviz
import streamlit as st

st.graphviz_chart("""
    digraph {
        run -> intr
        intr -> runbl
        runbl -> run
    }
""", alt="Process states")
g = graphviz.Digraph()
g.edge("alpha", "beta")
st.graphviz_chart(g, use_container_width=True)
st.mermaid_chart("""
    graph LR
        A[Start here] --> B{Decide}
        B -->|Yes| C[Done]
""")
bars = {
    "xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]},
    "yAxis": {"type": "value", "max": 100},
    "series": [{"type": "bar", "data": [10, 90, 50]}],
}
event = st.echarts_chart(bars, key="sales", on_select="rerun", height=400)
st.text(f"selected: {event.selection.point_indices}")
st.echarts_chart(bars, renderer="svg", key="svgbars")
`;

describe("graphviz, mermaid and echarts", () => {
  let t: AppUnderTest;
  before(async () => {
    t = await openApp({ "app.py": APP });
  });
  after(async () => {
    await t?.close();
  });

  const texts = () => t.app.locator('[data-testid="stText"]').allInnerTexts();

  test("a DOT string and a graphviz.Digraph render as SVG with their node labels", async () => {
    const charts = t.app.locator('[data-testid="stGraphVizChart"]');
    const labels = (i: number) => charts.nth(i).locator("svg g.node text").allTextContents();
    await eventually(async () => (await labels(0)).sort(), ["intr", "run", "runbl"], 60_000);
    await eventually(async () => (await labels(1)).sort(), ["alpha", "beta"], 10_000);
    assert.equal(await charts.nth(0).getAttribute("aria-label"), "Process states");
    assert.equal(await charts.nth(0).locator("svg g.edge").count(), 3);
    // use_container_width=True: the drawing fills the column.
    const [box, svg] = await Promise.all([charts.nth(1).boundingBox(), charts.nth(1).locator("svg").boundingBox()]);
    assert.ok(box && svg && Math.abs(box.width - svg.width) < 2, `svg ${svg?.width} in ${box?.width}`);
  });

  test("a mermaid flowchart renders with its node text, sanitized", async () => {
    const chart = t.app.locator('[data-testid="stMermaidChart"]');
    const text = async () => {
      const all = await chart.locator("svg text, svg tspan").allTextContents();
      return ["Start here", "Decide", "Done"].every((label) => all.join(" ").includes(label));
    };
    await eventually(text, true, 60_000);
    assert.equal(await chart.locator("script, foreignObject").count(), 0);
    assert.equal(await chart.getAttribute("aria-label"), "Mermaid flowchart");
  });

  test("an echarts bar chart draws on a canvas and as SVG", async () => {
    const charts = t.app.locator('[data-testid="stEChartsChart"]');
    await charts.nth(0).locator("canvas").first().waitFor({ timeout: 60_000 });
    const box = await charts.nth(0).boundingBox();
    assert.ok(box && Math.round(box.height) === 400, `height ${box?.height}`);
    // The canvas has drawn pixels (bars), not just a blank surface.
    const painted = () =>
      charts
        .nth(0)
        .locator("canvas")
        .first()
        .evaluate((c: HTMLCanvasElement) => {
          const data = c.getContext("2d")?.getImageData(0, 0, c.width, c.height).data ?? [];
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
          return n > 1000;
        });
    await eventually(painted, true, 10_000);
    // The SVG renderer: three bars among the paths (plus axes).
    const bars = () => charts.nth(1).locator("svg path").count().then((n) => n >= 3);
    await eventually(bars, true, 10_000);
  });

  /** The bars of the first chart that ECharts draws in its "select" state (via the chart instance). */
  const selectedBars = () =>
    t.app
      .locator('[data-testid="stEChartsChart"] .echarts-canvas')
      .first()
      .evaluate((el) => {
        type Data = { count(): number; getItemGraphicEl(i: number): { currentStates?: string[] } | undefined };
        type Chart = { getModel(): { getSeriesByIndex(i: number): { getData(): Data } } };
        const chart = (el as HTMLElement & { wasmlitChart?: Chart }).wasmlitChart;
        const data = chart?.getModel().getSeriesByIndex(0).getData();
        const out: number[] = [];
        for (let i = 0; i < (data?.count() ?? 0); i++) {
          if (data?.getItemGraphicEl(i)?.currentStates?.includes("select")) out.push(i);
        }
        return chart ? out : null;
      });

  test("a click on a bar with on_select='rerun' reaches the script and stays highlighted", async () => {
    assert.ok((await texts()).includes("selected: []"));
    const chart = t.app.locator('[data-testid="stEChartsChart"]').nth(0);
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    assert.ok(box);
    // The middle category ("Tue", 90 of 100) is centred and nearly full height.
    const click = () => t.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    assert.deepEqual(await selectedBars(), []);
    await rerunAfter(t.app, click);
    await eventually(async () => (await texts()).includes("selected: [1]"), true);
    // The clicked bar is drawn selected, and still is once the rerun has redrawn the page.
    await t.page.mouse.move(box.x + 5, box.y + 5); // away from the bar: no hover emphasis
    await eventually(selectedBars, [1]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(await selectedBars(), [1]);
    await rerunAfter(t.app, click); // the same bar again clears the selection
    await eventually(async () => (await texts()).includes("selected: []"), true);
    await eventually(selectedBars, []);
  });
});
