/**
 * st.echarts_chart's selection highlight with a real ECharts instance (SVG
 * renderer in jsdom): series get a selectedMode, the widget value's items are
 * put in ECharts' select state, and the element shows its value's items
 * selected when it is drawn (as after a rerun).
 */
import * as echarts from "echarts";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { shownSelection, showSelection, wantedSelection, withSelectedMode } from "../../ui/src/charts/echarts-highlight";
import { render as EChartsChart } from "../../ui/src/charts/echarts-impl";
import { el } from "./fixtures";

const BARS = {
  animation: false,
  xAxis: { type: "category", data: ["Mon", "Tue", "Wed"] },
  yAxis: { type: "value" },
  series: [{ type: "bar", data: [10, 90, 50] }],
};

const point = (series: number, index: number) => ({ component_type: "series", series_index: series, data_index: index });
const state = (...points: ReturnType<typeof point>[]) => ({
  selection: { points, point_indices: points.map((p) => p.data_index), box: [], lasso: [] },
});

/** The drawn states of one bar ("select" once it is drawn selected; ECharts applies them on its next frame). */
function statesOf(chart: echarts.ECharts, series: number, index: number): string[] {
  const model = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): { getItemGraphicEl(i: number): { currentStates?: string[] } | undefined } } } }).getModel();
  return model.getSeriesByIndex(series).getData().getItemGraphicEl(index)?.currentStates ?? [];
}

function newChart(): echarts.ECharts {
  const host = document.body.appendChild(document.createElement("div"));
  return echarts.init(host, undefined, { renderer: "svg", width: 400, height: 300 });
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("withSelectedMode", () => {
  it("gives each series without a selectedMode 'multiple' and keeps the option's own", () => {
    const option = { series: [{ type: "bar" }, { type: "line", selectedMode: "single" }] };
    expect(withSelectedMode(option)).toEqual({ series: [{ type: "bar", selectedMode: "multiple" }, { type: "line", selectedMode: "single" }] });
    expect(option.series[0]).toEqual({ type: "bar" }); // the parsed option is not changed
    expect(withSelectedMode({ series: { type: "pie" } })).toEqual({ series: { type: "pie", selectedMode: "multiple" } });
    expect(withSelectedMode({ title: { text: "none" } })).toEqual({ title: { text: "none" } });
  });
});

describe("wantedSelection", () => {
  it("groups the value's points by series, once each; null selects nothing", () => {
    const wanted = wantedSelection(state(point(0, 2), point(1, 0), point(0, 2), point(0, 1)));
    expect([...wanted]).toEqual([
      [0, [2, 1]],
      [1, [0]],
    ]);
    expect(wantedSelection(null).size).toBe(0);
    expect(wantedSelection({ selection: { points: [{ data_index: 3 }] } }).get(0)).toEqual([3]);
  });
});

describe("showSelection (real ECharts)", () => {
  it("puts exactly the wanted items in ECharts' select state", async () => {
    const chart = newChart();
    chart.setOption(withSelectedMode(BARS));
    showSelection(chart, wantedSelection(state(point(0, 1))));
    expect([...shownSelection(chart)]).toEqual([[0, [1]]]);
    await expect.poll(() => statesOf(chart, 0, 1)).toContain("select");
    await expect.poll(() => statesOf(chart, 0, 0)).not.toContain("select");

    showSelection(chart, wantedSelection(state(point(0, 0), point(0, 2))));
    expect([...shownSelection(chart)]).toEqual([[0, [0, 2]]]);
    await expect.poll(() => statesOf(chart, 0, 1)).not.toContain("select");

    showSelection(chart, wantedSelection(null));
    expect(shownSelection(chart).size).toBe(0);
    await expect.poll(() => statesOf(chart, 0, 2)).not.toContain("select");
    chart.dispose();
    showSelection(chart, wantedSelection(state(point(0, 1)))); // a disposed chart is left alone
  });

  it("undoes ECharts' own click toggle: a click selects one item", () => {
    const chart = newChart();
    chart.setOption(withSelectedMode(BARS));
    showSelection(chart, wantedSelection(state(point(0, 0))));
    chart.dispatchAction({ type: "select", seriesIndex: 0, dataIndex: [2] }); // what ECharts does on a click
    expect([...shownSelection(chart)]).toEqual([[0, [0, 2]]]);
    showSelection(chart, wantedSelection(state(point(0, 2))));
    expect([...shownSelection(chart)]).toEqual([[0, [2]]]);
    chart.dispose();
  });
});

describe("the echarts_chart element", () => {
  beforeEach(() => {
    vi.stubGlobal(
      "ResizeObserver",
      class {
        observe(): void {}
        disconnect(): void {}
      },
    );
    // jsdom has no layout: give the chart a size to draw in.
    for (const name of ["clientWidth", "clientHeight"]) {
      Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => 300 });
    }
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    for (const name of ["clientWidth", "clientHeight"]) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
  });

  const chartOf = (root: Element) =>
    (root.querySelector(".echarts-canvas") as (HTMLElement & { wasmlitChart?: echarts.ECharts }) | null)?.wasmlitChart;

  it("draws its value's items selected, and again when a rerun brings a new value", async () => {
    const root = document.body.appendChild(document.createElement("div"));
    const props = { spec: JSON.stringify(BARS), renderer: "svg" as const, selectable: true, value: state(point(0, 1)) };
    act(() => render(<EChartsChart node={{ ...el("echarts_chart", props), id: "w1" }} />, root));
    const chart = chartOf(root);
    expect(chart).toBeDefined();
    if (!chart) return;
    expect([...shownSelection(chart)]).toEqual([[0, [1]]]);
    await expect.poll(() => statesOf(chart, 0, 1)).toContain("select");
    // The rerun after a click: same spec, the value now names bar 2.
    act(() => render(<EChartsChart node={{ ...el("echarts_chart", { ...props, value: state(point(0, 2)) }), id: "w1" }} />, root));
    expect(chartOf(root)).toBe(chart);
    expect([...shownSelection(chart)]).toEqual([[0, [2]]]);
    act(() => render(<EChartsChart node={{ ...el("echarts_chart", { ...props, value: null }), id: "w1" }} />, root));
    expect(shownSelection(chart).size).toBe(0);
    act(() => render(<div />, root));
    expect(chart.isDisposed()).toBe(true);
  });

  it("leaves a chart without selections without a selectedMode", () => {
    const root = document.body.appendChild(document.createElement("div"));
    act(() => render(<EChartsChart node={el("echarts_chart", { spec: JSON.stringify(BARS), renderer: "svg" })} />, root));
    const option = chartOf(root)?.getOption() as { series?: { selectedMode?: unknown }[] } | undefined;
    expect(option?.series?.[0]?.selectedMode ?? null).toBeFalsy();
  });
});
