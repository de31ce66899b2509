/** st.table; the renderer (and apache-arrow) load on first use, see table-impl.tsx. */
import { lazyRenderer } from "./lazy";

export const table = lazyRenderer<"table">(() => import("./table-impl").then((m) => m.render));
