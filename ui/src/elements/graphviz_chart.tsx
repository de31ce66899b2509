/** st.graphviz_chart: the Graphviz wasm renderer is a lazy chunk (ui/src/charts/graphviz-impl.tsx). */
import { lazyRenderer } from "./lazy";

export const graphviz_chart = lazyRenderer<"graphviz_chart">(() =>
  import("../charts/graphviz-impl").then(async (m) => {
    await m.ready();
    return m.render;
  }),
);
