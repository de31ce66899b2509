/** st.columns: a flex row whose children are `column` blocks. */
import { gapSize, keyClass, type BlockRenderer } from "./types";
import { widthStyle } from "./width";

const ALIGN = { top: "stretch", center: "center", bottom: "flex-end" } as const;

export const columns: BlockRenderer<"columns"> = ({ node, children }) => {
  const { props } = node;
  // wrap=false opts out of stacking the columns on narrow screens (styles/layout.ts).
  const cls = `stHorizontalBlock columns${props.border ? " bordered" : ""}${props.wrap ? "" : " nowrap"} ${keyClass(node.key)}`.trim();
  return (
    <div data-testid="stHorizontalBlock" class={cls} style={{ ...widthStyle(props.width), gap: gapSize(props.gap), alignItems: ALIGN[props.vertical_alignment] }}>
      {children}
    </div>
  );
};
