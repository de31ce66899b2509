/** The shared `width` prop ("stretch", "content" or pixels) as an inline style. */
import type { JSX } from "preact";

export type Width = "stretch" | "content" | number;

export function widthStyle(width: Width): JSX.CSSProperties {
  // Blocks already fill their container; buttons stretch through their full-width class.
  if (width === "stretch") return {};
  if (width === "content") return { width: "fit-content", maxWidth: "100%" };
  return { width: `${width}px`, maxWidth: "100%" };
}
