/** st.dataframe: the data grid loads lazily, so apache-arrow and the grid stay out of the entry bundle. */
import { lazyRenderer } from "./lazy";

export const dataframe = lazyRenderer<"dataframe">(() => import("./dataframe-impl").then((m) => m.render));
