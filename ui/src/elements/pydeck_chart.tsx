/** st.pydeck_chart: deck.gl is a lazy chunk (ui/src/charts/deck-impl.tsx). */
import { lazyRenderer } from "./lazy";

export const pydeck_chart = lazyRenderer<"pydeck_chart">(() => import("../charts/deck-impl").then((m) => m.render));
