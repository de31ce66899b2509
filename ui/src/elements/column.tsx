/** One column: its weight is its share of the row (flex-grow over a 0 basis). */
import { keyClass, type BlockRenderer } from "./types";

const JUSTIFY = { top: "flex-start", center: "center", bottom: "flex-end" } as const;

export const column: BlockRenderer<"column"> = ({ node, children }) => {
  const { props } = node;
  return (
    <div
      data-testid="stColumn"
      class={`stColumn${props.border ? " bordered" : ""} ${keyClass(node.key)}`.trim()}
      style={{ flex: `${props.weight} 1 0%`, justifyContent: JUSTIFY[props.vertical_alignment] }}
    >
      <div data-testid="stVerticalBlock" class="stVerticalBlock">
        {children}
      </div>
    </div>
  );
};
