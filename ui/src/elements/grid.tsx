/**
 * st.grid: a CSS grid; every direct child (element container or cell block)
 * is one cell. An int `columns` is a maximum that wraps to fewer columns when
 * cells would fall below min_column_width (unless wrap is off).
 */
import type { JSX } from "preact";
import { gapSize, keyClass, type BlockRenderer } from "./types";
import { widthStyle } from "./width";

const DEFAULT_MIN_WIDTH = 192; // px: three columns fit the centered layout, four do not
const ALIGN = { top: "start", center: "center", bottom: "end", stretch: "stretch" } as const;

export function gridTemplate(columns: number | null, minWidth: number | null, wrap: boolean, gap: string): string {
  const min = `${minWidth ?? DEFAULT_MIN_WIDTH}px`;
  if (columns === null) return `repeat(auto-fill, minmax(min(${min}, 100%), 1fr))`;
  if (!wrap) return `repeat(${columns}, minmax(0, 1fr))`;
  // Each track is at least 1/columns of the row, so there are never more than `columns`.
  const share = `calc((100% - ${columns - 1} * ${gap}) / ${columns})`;
  return `repeat(auto-fill, minmax(max(min(${min}, 100%), ${share}), 1fr))`;
}

export const grid: BlockRenderer<"grid"> = ({ node, children }) => {
  const { props } = node;
  const gap = gapSize(props.gap);
  const style: JSX.CSSProperties = {
    ...widthStyle(props.width),
    gap,
    gridTemplateColumns: gridTemplate(props.columns, props.min_column_width, props.wrap, gap),
    gridAutoRows: props.row_height === null ? "auto" : `${props.row_height}px`,
    gridAutoFlow: props.dense ? "row dense" : "row",
    alignItems: ALIGN[props.vertical_alignment],
  };
  if (props.height !== null) Object.assign(style, { height: `${props.height}px`, overflowY: "auto" });
  return (
    <div data-testid="stGrid" class={`stGrid${props.border ? " bordered" : ""} ${keyClass(node.key)}`.trim()} style={style}>
      {children}
    </div>
  );
};
