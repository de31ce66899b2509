/**
 * theme="streamlit" recolours the trace colours plotly express took from the
 * template's colorway; explicit colours and theme=None keep theirs. The
 * traces are shaped as plotly.io.to_json writes px.bar / px.line / px.scatter.
 */
import { describe, expect, test } from "vitest";
import { LIGHT_THEME } from "./theme-fixtures";
import { templateColorway, themedTraces } from "../../ui/src/charts/plotly-colors";
import { streamlitTemplate } from "../../ui/src/charts/plotly-figure";
import { categoryColors } from "../../ui/src/charts/vega-theme";

// Plotly's default template colorway (the "plotly" template), as in a px figure's JSON.
const PLOTLY = ["#636efa", "#EF553B", "#00cc96", "#ab63fa", "#FFA15A", "#19d3f3", "#FF6692", "#B6E880", "#FF97FF", "#FECB52"];
const LAYOUT = { template: { layout: { colorway: PLOTLY, font: { color: "#2a3f5f" } } }, barmode: "relative" };
const PALETTE = categoryColors(LIGHT_THEME);

describe("themedTraces", () => {
  test("px.bar with color=: each trace's template colour becomes the app's colour in order", () => {
    const data = [
      { type: "bar", marker: { color: "#636efa", pattern: { shape: "" } } },
      { type: "bar", marker: { color: "#EF553B", pattern: { shape: "" } } },
      { type: "bar", marker: { color: "#00cc96", pattern: { shape: "" } } },
    ];
    const themed = themedTraces(data, LAYOUT, "streamlit", PALETTE) as { marker: { color: string; pattern: unknown } }[];
    expect(themed.map((t) => t.marker.color)).toEqual(["#0068c9", "#83c9ff", "#ff2b2b"]);
    expect(themed[0]?.marker.pattern).toEqual({ shape: "" });
    expect(data[0]?.marker.color).toBe("#636efa"); // the parsed figure is not changed
  });

  test("px.line colours (line.color) and fills follow; the dark palette in a dark app", () => {
    const data = [
      { type: "scatter", mode: "lines", line: { color: "#636efa", dash: "solid" } },
      { type: "scatter", mode: "lines", line: { color: "#ef553b" }, fillcolor: "#EF553B" },
    ];
    const dark = categoryColors({ ...LIGHT_THEME, dark: true });
    const themed = themedTraces(data, LAYOUT, "streamlit", dark) as { line: { color: string; dash?: string }; fillcolor?: string }[];
    expect(themed.map((t) => t.line.color)).toEqual(["#83c9ff", "#0068c9"]);
    expect(themed[0]?.line.dash).toBe("solid");
    expect(themed[1]?.fillcolor).toBe("#0068c9");
  });

  test("colours the user chose, colour arrays and traces without colours are kept", () => {
    const data = [
      { type: "scatter", marker: { color: "red" } },
      { type: "bar", marker: { color: [1, 2, 3], coloraxis: "coloraxis" } },
      { type: "pie", values: [1, 2] },
    ];
    expect(themedTraces(data, LAYOUT, "streamlit", PALETTE)).toEqual(data);
  });

  test("theme=None, or a figure without a template colorway, keeps Plotly's colours", () => {
    const data = [{ type: "bar", marker: { color: "#636efa" } }];
    expect(themedTraces(data, LAYOUT, null, PALETTE)).toBe(data);
    expect(themedTraces(data, {}, "streamlit", PALETTE)).toBe(data);
    expect(templateColorway({ template: { layout: { colorway: ["#111", 3] } } })).toEqual(["#111"]);
  });

  test("the template the renderer draws with has the same palette", () => {
    const template = streamlitTemplate(LIGHT_THEME) as { layout: { colorway: string[] } };
    expect(template.layout.colorway).toEqual(PALETTE);
  });
});
