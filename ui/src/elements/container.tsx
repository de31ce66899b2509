/** st.container: a vertical (or horizontal) group, optionally bordered and scrolling. */
import type { JSX } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { gapSize, keyClass, type BlockRenderer } from "./types";
import { widthStyle } from "./width";

const JUSTIFY = { left: "flex-start", right: "flex-end", top: "flex-start", bottom: "flex-end", center: "center", distribute: "space-between" } as const;
// Across the main axis "distribute" has no meaning; stretch is the natural default.
const ALIGN = { left: "stretch", right: "flex-end", top: "flex-start", bottom: "flex-end", center: "center", distribute: "stretch" } as const;

export const container: BlockRenderer<"container"> = ({ node, children }) => {
  const { props } = node;
  const style: JSX.CSSProperties = { gap: gapSize(props.gap) };
  const width = widthStyle(props.width);
  if (props.horizontal) {
    style.justifyContent = JUSTIFY[props.horizontal_alignment];
    style.alignItems = props.vertical_alignment === "distribute" ? "stretch" : ALIGN[props.vertical_alignment];
    // Children wrap onto new lines by default (styles/layout.ts); wrap=false keeps one line.
    if (!props.wrap) style.flexWrap = "nowrap";
  } else {
    style.justifyContent = JUSTIFY[props.vertical_alignment];
    style.alignItems = props.horizontal_alignment === "left" ? "stretch" : ALIGN[props.horizontal_alignment];
  }
  const testId = props.horizontal ? "stHorizontalBlock" : "stVerticalBlock";
  const block = (
    <div data-testid={testId} class={`${testId} ${keyClass(node.key)}`.trim()} style={style}>
      {children}
    </div>
  );
  // Streamlit's default: a border only when the height is fixed.
  const bordered = props.border ?? props.height !== null;
  const scroller = useAutoscroll(props.height !== null ? props.autoscroll : false);
  if (!bordered && props.height === null) {
    Object.assign(style, width);
    return block;
  }
  return (
    <div
      ref={scroller.ref}
      onScroll={scroller.onScroll}
      data-test-scroll-behavior={props.height !== null ? scroller.behavior : undefined}
      data-testid="stVerticalBlockBorderWrapper"
      class={`stVerticalBlockBorderWrapper${bordered ? " bordered" : ""}${props.height !== null ? " scrolling" : ""}`}
      style={props.height !== null ? { ...width, height: `${props.height}px` } : width}
    >
      {block}
    </div>
  );
};

/**
 * `autoscroll` of a fixed-height container: after each update the view goes to
 * the bottom, unless the user scrolled up to read. true: always; false: never;
 * null: only while the container holds chat messages (Streamlit's default).
 */
function useAutoscroll(autoscroll: boolean | null) {
  const ref = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const active = () =>
    autoscroll === true || (autoscroll === null && ref.current?.querySelector("[data-testid=stChatMessage]") != null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && pinned.current && active()) el.scrollTop = el.scrollHeight;
  });
  const onScroll = () => {
    const el = ref.current;
    if (el) pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 8;
  };
  const behavior = autoscroll === false ? "normal" : autoscroll === true ? "scroll-to-bottom" : "auto";
  return { ref, onScroll, behavior };
}
