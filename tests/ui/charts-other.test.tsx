/**
 * Graphviz, Mermaid and ECharts pieces that run without a real browser: the
 * SVG sanitizer, the real Graphviz wasm (DOT -> SVG, errors), the ECharts
 * selection state and the theme read from the host's CSS variables.
 */
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { dotToSvg, ready, render as GraphvizChart } from "../../ui/src/charts/graphviz-impl";
import { brushSelection, clickedPoint, emptySelection, pointSelection, sameItem } from "../../ui/src/charts/echarts-selection";
import { streamlitTheme } from "../../ui/src/charts/echarts-theme";
import { luminance, readHostTheme } from "../../ui/src/charts/host-theme";
import { diagramName } from "../../ui/src/charts/mermaid-impl";
import { sanitizeSvg } from "../../ui/src/charts/svg";
import { el } from "./fixtures";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("sanitizeSvg", () => {
  it("keeps the drawing and drops scripts, handlers, javascript: links and the XML prologue", () => {
    const dirty =
      '<?xml version="1.0"?><!DOCTYPE svg><svg viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script>' +
      '<a href="javascript:alert(3)"><text x="1" y="5">node</text></a><foreignObject><div>html</div></foreignObject>' +
      '<g class="node"><ellipse rx="2" ry="1"/></g></svg>';
    const host = document.createElement("div");
    host.innerHTML = sanitizeSvg(dirty);
    const svg = host.querySelector("svg");
    expect(svg?.getAttribute("viewBox")).toBe("0 0 10 10");
    expect(svg?.hasAttribute("onload")).toBe(false);
    expect(host.querySelector("script, foreignObject")).toBeNull();
    expect(host.querySelector("a")?.getAttribute("href") ?? null).toBeNull();
    expect(host.querySelector("text")?.textContent).toBe("node");
    expect(host.querySelector("g.node ellipse")).not.toBeNull();
    expect(host.innerHTML.startsWith("<svg")).toBe(true);
  });
});

describe("graphviz (real Graphviz wasm)", () => {
  beforeAll(async () => {
    await ready();
  }, 30_000);

  it("lays out DOT into SVG with every node label and edge", async () => {
    const viz = await ready();
    const result = dotToSvg(viz, "digraph { run -> intr; intr -> run }", "dot");
    const host = document.createElement("div");
    host.innerHTML = result.svg ?? "";
    expect([...host.querySelectorAll("g.node text")].map((t) => t.textContent).sort()).toEqual(["intr", "run"]);
    expect(host.querySelectorAll("g.edge")).toHaveLength(2);
  });

  it("uses the graph's engine and falls back to dot for an unknown one", async () => {
    const viz = await ready();
    expect(dotToSvg(viz, "graph { a -- b }", "neato").svg).toContain("<svg");
    expect(dotToSvg(viz, "graph { a -- b }", "no-such-engine").svg).toContain("<svg");
  });

  it("returns Graphviz's message for invalid DOT and shows it in the slot", async () => {
    const viz = await ready();
    const bad = dotToSvg(viz, "digraph { a -> }", "dot");
    expect(bad.svg).toBeNull();
    expect(bad.error).toMatch(/syntax error/i);
    const root = document.body.appendChild(document.createElement("div"));
    act(() => render(<GraphvizChart node={el("graphviz_chart", { spec: "digraph { a -> }" })} />, root));
    expect(root.querySelector("[role=alert]")?.textContent).toMatch(/syntax error/i);
  });

  it("renders the element with its accessible name and size mode", () => {
    const root = document.body.appendChild(document.createElement("div"));
    const node = el("graphviz_chart", { spec: "digraph { x -> y }", alt: "Two steps", height: 120 });
    act(() => render(<GraphvizChart node={node} />, root));
    const chart = root.querySelector<HTMLElement>("[data-testid=stGraphVizChart]");
    expect(chart?.getAttribute("role")).toBe("img");
    expect(chart?.getAttribute("aria-label")).toBe("Two steps");
    expect(chart?.className).toBe("stGraphVizChart fixed-height");
    expect(chart?.style.height).toBe("120px");
    expect(chart?.querySelectorAll("g.node")).toHaveLength(2);
  });
});

describe("echarts selection state", () => {
  const click = { componentType: "series", seriesType: "bar", seriesIndex: 0, seriesName: "s", dataIndex: 2, name: "Wed", value: 5, data: { value: 5 } };

  it("a clicked item becomes Streamlit's point record", () => {
    const point = clickedPoint(click);
    expect(point).toEqual({
      component_type: "series",
      series_type: "bar",
      series_index: 0,
      series_name: "s",
      data_index: 2,
      name: "Wed",
      value: 5,
      data: { value: 5 },
    });
    expect(point && pointSelection(point)).toEqual({ selection: { points: [point], point_indices: [2], box: [], lasso: [] } });
    expect(clickedPoint({ componentType: "xAxis", dataIndex: 1 })).toBeNull();
    expect(sameItem(point, clickedPoint({ ...click, name: "other" }))).toBe(true);
    expect(sameItem(point, clickedPoint({ ...click, seriesIndex: 1 }))).toBe(false);
  });

  it("a brush selects the items inside it; rectangles are box, polygons lasso", () => {
    const state = brushSelection({
      areas: [
        { brushType: "rect", range: [[0, 10], [0, 10]], coordRange: [[0, 1], [2, 3]] },
        { brushType: "polygon", range: [[0, 0], [5, 5], [0, 5]], coordRange: [[0, 0], [1, 1], [0, 1]] },
      ],
      selected: [
        { seriesIndex: 0, dataIndex: [1, 3] },
        { seriesIndex: 1, dataIndex: [] },
      ],
    });
    expect(state.selection.point_indices).toEqual([1, 3]);
    expect(state.selection.points).toEqual([
      { component_type: "series", series_index: 0, data_index: 1 },
      { component_type: "series", series_index: 0, data_index: 3 },
    ]);
    expect(state.selection.box).toEqual([{ brush_type: "rect", range: [[0, 10], [0, 10]], coord_range: [[0, 1], [2, 3]] }]);
    expect(state.selection.lasso).toHaveLength(1);
    expect(emptySelection()).toEqual({ selection: { points: [], point_indices: [], box: [], lasso: [] } });
  });
});

describe("theme from the host's CSS variables", () => {
  it("reads the variables and tells light from dark", () => {
    const host = document.body.appendChild(document.createElement("div"));
    host.style.setProperty("--st-text", "#fafafa");
    host.style.setProperty("--st-bg", "#0e1117");
    host.style.setProperty("--st-font", "Inter");
    const child = host.appendChild(document.createElement("div"));
    const theme = readHostTheme(child);
    expect(theme).toMatchObject({ text: "#fafafa", bg: "#0e1117", font: "Inter", dark: true });
    expect(readHostTheme(null).dark).toBe(false);
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("rgb(0, 0, 0)")).toBe(0);
    expect(luminance("teal")).toBeNull();
  });

  it("the streamlit ECharts theme uses the app's text colour, font and palette order", () => {
    const light = streamlitTheme({ ...readHostTheme(null), text: "#111111", font: "Inter" });
    expect(light).toMatchObject({ backgroundColor: "transparent", textStyle: { color: "#111111", fontFamily: "Inter" } });
    expect((light.color as string[])[0]).toBe("#0068c9");
    const dark = streamlitTheme({ ...readHostTheme(null), dark: true });
    expect((dark.color as string[])[0]).toBe("#83c9ff");
  });

  it("names a mermaid diagram after its type when it has no title", () => {
    expect(diagramName("flowchart-v2")).toBe("Mermaid flowchart");
    expect(diagramName("sequence")).toBe("Mermaid sequence");
    expect(diagramName("classDiagram")).toBe("Mermaid class");
  });
});
