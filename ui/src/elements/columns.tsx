/** st.columns: a flex row whose children are `column` blocks. */
import { gapSize, keyClass, type BlockRenderer } from "./types";
import { widthStyle } from "./width";

const ALIGN = { top: "stretch", center: "center", bottom: "flex-end" } as const;

export const columns: BlockRenderer<"columns"> = ({ node, children }) => {
  const { props } = node;
  const cls = `stHorizontalBlock columns${props.border ? " bordered" : ""} ${keyClass(node.key)}`.trim();
  return (
    <div data-testid="stHorizontalBlock" class={cls} style={{ ...widthStyle(props.width), gap: gapSize(props.gap), alignItems: ALIGN[props.vertical_alignment] }}>
      {children}
    </div>
  );
};
