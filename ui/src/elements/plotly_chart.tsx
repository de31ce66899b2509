/** st.plotly_chart: plotly.js loads on first use (ui/src/charts/plotly-impl.tsx). */
import { lazyRenderer } from "./lazy";

export const plotly_chart = lazyRenderer<"plotly_chart">(() => import("../charts/plotly-impl").then((m) => m.render));
