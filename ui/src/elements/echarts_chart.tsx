/** st.echarts_chart: Apache ECharts is a lazy chunk (ui/src/charts/echarts-impl.tsx). */
import { lazyRenderer } from "./lazy";

export const echarts_chart = lazyRenderer<"echarts_chart">(() => import("../charts/echarts-impl").then((m) => m.render));
