/** st.data_editor: the grid and its editors load lazily, like st.dataframe's grid. */
import { lazyRenderer } from "./lazy";

export const data_editor = lazyRenderer<"data_editor">(() => import("./data-editor-impl").then((m) => m.render));
