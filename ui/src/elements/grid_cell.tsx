/** A spanning cell of st.grid, grouping its elements vertically. */
import type { BlockRenderer } from "./types";

export const grid_cell: BlockRenderer<"grid_cell"> = ({ node, children }) => (
  <div
    data-testid="stGridCell"
    class="stGridCell"
    style={{ gridColumn: `span ${node.props.column_span}`, gridRow: `span ${node.props.row_span}` }}
  >
    <div data-testid="stVerticalBlock" class="stVerticalBlock">
      {children}
    </div>
  </div>
);
