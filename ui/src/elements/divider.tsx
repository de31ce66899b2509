/** st.divider: Streamlit renders it as Markdown "---". */
import type { ElementRenderer } from "./types";

export const divider: ElementRenderer<"divider"> = () => (
  <div data-testid="stMarkdown" class="stMarkdown">
    <div data-testid="stMarkdownContainer" class="stMarkdownContainer">
      <hr data-testid="stDivider" class="stDivider" />
    </div>
  </div>
);
