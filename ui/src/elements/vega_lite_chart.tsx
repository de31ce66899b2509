/** vega_lite_chart (and the built-in charts): vega-embed loads on first use (ui/src/charts/vega-impl.tsx). */
import { lazyRenderer } from "./lazy";

export const vega_lite_chart = lazyRenderer<"vega_lite_chart">(() =>
  import("../charts/vega-impl").then((m) => m.render),
);
