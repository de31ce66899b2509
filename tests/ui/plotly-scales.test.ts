/**
 * theme="streamlit" gives Plotly's continuous colour scales the app's
 * sequential and diverging colours: colour axes and trace scales plotly
 * express copied from the figure's template, and the template defaults go
 * figures fall back on. Scales the user chose, and theme=None, keep theirs.
 * The figures are shaped as plotly.io.to_json writes them (plotly 5).
 */
import { describe, expect, test } from "vitest";
import { DARK_THEME, LIGHT_THEME } from "./theme-fixtures";
import { streamlitTemplate, themedLayout } from "../../ui/src/charts/plotly-figure";
import { evenScale, streamlitScales, themedColorAxes, themedTraceScales } from "../../ui/src/charts/plotly-scales";
import { divergingColors, sequentialColors, vegaConfig } from "../../ui/src/charts/vega-theme";

const PLASMA = evenScale(["#0d0887", "#46039f", "#7201a8", "#9c179e", "#bd3786", "#d8576b", "#ed7953", "#fb9f3a", "#fdca26", "#f0f921"]);
const PIYG = [[0, "#8e0152"], [0.5, "#f7f7f7"], [1, "#276419"]];
const VIRIDIS = [[0, "#440154"], [0.5, "#21918c"], [1, "#fde725"]];
const TEMPLATE = { layout: { colorscale: { sequential: PLASMA, sequentialminus: PLASMA, diverging: PIYG }, colorway: ["#636efa"] } };
const BLUES = evenScale(sequentialColors(LIGHT_THEME));

/** px.scatter(df, x=..., y=..., color=<numeric column>): the scale sits in layout.coloraxis. */
function pxScatterLayout(colorscale: unknown): Record<string, unknown> {
  return { template: TEMPLATE, coloraxis: { colorbar: { title: { text: "z" } }, colorscale }, legend: { tracegroupgap: 0 } };
}

describe("continuous colour scales", () => {
  test("the app's scales: ten colours over 0..1, blue light to dark; reversed in a dark app", () => {
    const light = streamlitScales(LIGHT_THEME);
    expect(light.sequential).toHaveLength(10);
    expect(light.sequential[0]).toEqual([0, "#e4f5ff"]);
    expect(light.sequential[9]).toEqual([1, "#004280"]);
    expect(streamlitScales(DARK_THEME).sequential[0]).toEqual([0, "#004280"]);
    expect(light.diverging.map(([, c]) => c)).toEqual(divergingColors(LIGHT_THEME));
  });

  test("px.scatter with a numeric colour: the template's Plasma in coloraxis becomes the app's scale", () => {
    const layout = pxScatterLayout(PLASMA);
    const themed = themedLayout(layout, "streamlit", LIGHT_THEME) as { coloraxis: { colorscale: unknown; colorbar: unknown } };
    expect(themed.coloraxis.colorscale).toEqual(BLUES);
    expect(themed.coloraxis.colorbar).toEqual({ title: { text: "z" } });
    const dark = themedLayout(layout, "streamlit", DARK_THEME) as { coloraxis: { colorscale: Array<[number, string]> } };
    expect(dark.coloraxis.colorscale[0]).toEqual([0, "#004280"]);
    expect((layout.coloraxis as { colorscale: unknown }).colorscale).toBe(PLASMA); // the parsed figure is not changed
  });

  test("px.imshow / density_heatmap (coloraxis, coloraxis2) and a diverging template scale follow", () => {
    const layout = { template: TEMPLATE, coloraxis: { colorscale: PLASMA }, coloraxis2: { colorscale: PIYG, cmid: 0 } };
    const themed = themedColorAxes(layout, streamlitScales(LIGHT_THEME)) as Record<string, { colorscale: unknown; cmid?: number }>;
    expect(themed.coloraxis?.colorscale).toEqual(BLUES);
    expect(themed.coloraxis2?.colorscale).toEqual(evenScale(divergingColors(LIGHT_THEME)));
    expect(themed.coloraxis2?.cmid).toBe(0);
  });

  test("scales the user chose are kept: color_continuous_scale lists, names, another template's", () => {
    for (const colorscale of [VIRIDIS, "Viridis", [...PLASMA].reverse()]) {
      const themed = themedLayout(pxScatterLayout(colorscale), "streamlit", LIGHT_THEME) as { coloraxis: { colorscale: unknown } };
      expect(themed.coloraxis.colorscale).toEqual(colorscale);
    }
  });

  test("theme=None keeps Plotly's scale and template; a figure without template scales is left alone", () => {
    const layout = pxScatterLayout(PLASMA);
    expect(themedLayout(layout, null, LIGHT_THEME)).toBe(layout);
    const bare = { coloraxis: { colorscale: PLASMA } };
    expect(themedColorAxes(bare, streamlitScales(LIGHT_THEME))).toBe(bare);
  });

  test("trace scales copied from the template are swapped; explicit ones and other fields are kept", () => {
    const data = [
      { type: "heatmap", z: [[1, 2]], colorscale: PLASMA },
      { type: "scatter", marker: { color: [1, 2], colorscale: PIYG, size: 9 }, line: { colorscale: VIRIDIS } },
      { type: "contour", colorscale: "Viridis" },
      { type: "bar", y: [1] },
    ];
    const themed = themedTraceScales(data, { template: TEMPLATE }, streamlitScales(LIGHT_THEME)) as Array<Record<string, Record<string, unknown>>>;
    expect(themed[0]?.colorscale).toEqual(BLUES);
    expect(themed[1]?.marker).toEqual({ color: [1, 2], colorscale: evenScale(divergingColors(LIGHT_THEME)), size: 9 });
    expect(themed[1]?.line).toEqual({ colorscale: VIRIDIS });
    expect(themed[2]).toEqual(data[2]);
    expect(themed[3]).toEqual(data[3]);
    expect(data[0]?.colorscale).toBe(PLASMA);
  });

  test("the app's template gives go figures the app's scales (heatmap defaults, autocolorscale)", () => {
    const template = streamlitTemplate(LIGHT_THEME) as {
      layout: { colorscale: Record<string, unknown> };
      data: Record<string, Array<{ colorscale: unknown }>>;
    };
    expect(template.layout.colorscale.sequential).toEqual(BLUES);
    expect(template.layout.colorscale.diverging).toEqual(evenScale(divergingColors(LIGHT_THEME)));
    for (const type of ["heatmap", "histogram2d", "contour", "surface"]) expect(template.data[type]?.[0]?.colorscale).toEqual(BLUES);
  });

  test("Vega-Lite uses the same sequential and diverging colours", () => {
    const config = vegaConfig(DARK_THEME) as { range: { ramp: string[]; heatmap: string[]; diverging: string[] } };
    expect(config.range.ramp).toEqual(sequentialColors(DARK_THEME));
    expect(config.range.heatmap).toEqual(sequentialColors(DARK_THEME));
    expect(config.range.diverging).toEqual(divergingColors(DARK_THEME));
  });
});
