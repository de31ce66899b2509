/** st.mermaid_chart: mermaid is a lazy chunk (ui/src/charts/mermaid-impl.tsx). */
import { lazyRenderer } from "./lazy";

export const mermaid_chart = lazyRenderer<"mermaid_chart">(() => import("../charts/mermaid-impl").then((m) => m.render));
