/** st.space: empty space of a named size or a number of pixels. */
import type { ElementRenderer } from "./types";

const SIZES = { small: "0.75rem", medium: "2.5rem", large: "4.25rem" } as const;

export const space: ElementRenderer<"space"> = ({ node }) => {
  const { size } = node.props;
  if (size === "stretch") return <div data-testid="stSpace" class="stSpace stretch" />;
  const length = typeof size === "number" ? `${size}px` : SIZES[size];
  return <div data-testid="stSpace" class="stSpace" style={{ height: length, minWidth: length }} />;
};
