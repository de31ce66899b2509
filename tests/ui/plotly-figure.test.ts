/** st.plotly_chart's pure parts: figure parsing, theme, selection switches and PlotlyState. */
import { describe, expect, test } from "vitest";
import { LIGHT_THEME } from "./theme-fixtures";
import {
  chartConfig,
  clickState,
  interactiveLayout,
  naturalSize,
  parseFigure,
  parseLassoPath,
  selectionState,
  themedLayout,
} from "../../ui/src/charts/plotly-figure";


describe("figure and layout", () => {
  test("parseFigure keeps data, layout and frames; tolerates missing parts", () => {
    expect(parseFigure('{"data":[{"y":[1]}],"layout":{"height":300},"frames":[{"name":"a"}]}')).toEqual({
      data: [{ y: [1] }],
      layout: { height: 300 },
      frames: [{ name: "a" }],
    });
    expect(parseFigure("[1]")).toEqual({ data: [], layout: {}, frames: undefined });
  });

  test("natural size falls back to plotly.js's 700 x 450", () => {
    expect(naturalSize({})).toEqual({ width: 700, height: 450 });
    expect(naturalSize({ width: 500, height: 200 })).toEqual({ width: 500, height: 200 });
  });

  test('theme="streamlit" swaps the template for the app\'s colours; None keeps the figure', () => {
    const layout = { title: { text: "T" }, template: { layout: { paper_bgcolor: "white" } } };
    const themed = themedLayout(layout, "streamlit", LIGHT_THEME);
    const template = themed.template as { layout: Record<string, unknown> };
    expect(template.layout.paper_bgcolor).toBe("rgba(0,0,0,0)");
    expect(template.layout.font).toEqual({ family: "Inter", color: "#31333f", size: 12 });
    expect((template.layout.colorway as string[])[0]).toBe("#0068c9");
    expect(themed.title).toEqual({ text: "T" });
    expect(themedLayout(layout, null, LIGHT_THEME)).toBe(layout);
    const dark = themedLayout({}, "streamlit", { ...LIGHT_THEME, dark: true }).template as { layout: { colorway: string[] } };
    expect(dark.layout.colorway[0]).toBe("#83c9ff");
  });

  test("selections set click and drag modes unless the figure chose a drag mode", () => {
    expect(interactiveLayout({}, false, ["points", "box"])).toEqual({});
    expect(interactiveLayout({}, true, ["points", "box", "lasso"])).toEqual({
      clickmode: "event+select",
      hovermode: "closest",
      dragmode: "select",
    });
    expect(interactiveLayout({ hovermode: "x" }, true, ["lasso"])).toEqual({
      clickmode: "event",
      hovermode: "x",
      dragmode: "lasso",
    });
    expect(interactiveLayout({ dragmode: "pan" }, true, ["box"]).dragmode).toBe("pan");
  });

  test("config hides the logo and the tools of selections that are off", () => {
    expect(chartConfig("{}", false, ["points", "box", "lasso"])).toEqual({
      displaylogo: false,
      modeBarButtonsToRemove: ["select2d", "lasso2d"],
    });
    expect(chartConfig('{"displaylogo":true,"modeBarButtonsToRemove":["zoom2d"]}', true, ["box"])).toEqual({
      displaylogo: true,
      modeBarButtonsToRemove: ["zoom2d", "lasso2d"],
    });
  });
});

describe("PlotlyState from plotly.js events", () => {
  const trace = { legendgroup: "g1", x: [1, 2, 3] };
  const point = (i: number) => ({ curveNumber: 0, pointNumber: i, pointIndex: i, x: i + 1, y: 10 * i, data: trace, fullData: trace, xaxis: {} });

  test("a box selection: points in snake_case, indices, the box's corners", () => {
    const state = selectionState(
      { points: [point(1), point(2)], selections: [{ type: "rect", xref: "x", yref: "y", x0: 1.5, x1: 3.5, y0: 5, y1: 25 }] },
      ["box"],
    );
    expect(state).toEqual({
      selection: {
        points: [
          { curve_number: 0, point_number: 1, point_index: 1, x: 2, y: 10, legendgroup: "g1" },
          { curve_number: 0, point_number: 2, point_index: 2, x: 3, y: 20, legendgroup: "g1" },
        ],
        point_indices: [1, 2],
        box: [{ xref: "x", yref: "y", x: [1.5, 3.5], y: [5, 25] }],
        lasso: [],
      },
    });
  });

  test("a lasso outline becomes its x and y lists; histogram bins add their point indices", () => {
    const state = selectionState(
      { points: [{ pointIndices: [4, 5], curveNumber: 0 }], selections: [{ type: "path", xref: "x", yref: "y", path: "M1,2L3,4L5,0Z" }] },
      ["lasso"],
    );
    expect(state?.selection.lasso).toEqual([{ xref: "x", yref: "y", x: [1, 3, 5], y: [2, 4, 0] }]);
    expect(state?.selection.point_indices).toEqual([4, 5]);
    expect(parseLassoPath("")).toEqual({ x: [], y: [] });
  });

  test("a selection kind that is off sends nothing; a cleared selection is empty", () => {
    expect(selectionState({ points: [], selections: [{ type: "rect", x0: 0, x1: 1, y0: 0, y1: 1 }] }, ["points"])).toBeNull();
    expect(selectionState(undefined, ["box"])).toEqual({ selection: { points: [], point_indices: [], box: [], lasso: [] } });
  });

  test("treemap clicks select their sector; other clicks are left to plotly_selected", () => {
    const sector = { id: "a/b", parent: "a", label: "b", value: 3, pointNumber: 2, curveNumber: 0, currentPath: "a/" };
    expect(clickState({ points: [sector] })).toEqual({
      selection: {
        points: [{ id: "a/b", parent: "a", label: "b", value: 3, point_number: 2, curve_number: 0, current_path: "a/" }],
        point_indices: [2],
        box: [],
        lasso: [],
      },
    });
    expect(clickState({ points: [point(0)] })).toBeNull();
  });
});
