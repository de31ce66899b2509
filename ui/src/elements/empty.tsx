/** st.empty: a placeholder slot; the element container hides itself. */
import type { ElementRenderer } from "./types";

export const empty: ElementRenderer<"empty"> = () => <div data-testid="stEmpty" class="stEmpty" />;
